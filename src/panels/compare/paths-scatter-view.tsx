/** The scatter tab: two indicators with trails, following pane 0's year, with play/pause stepping that year. */
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { repeatEvery } from '../../lib/clock';
import { localText } from '../../i18n/translate';
import { scatterTrails, trailExtents } from '../../model/compare/trails';
import { compareText } from './compare-strings';
import { IndicatorSelect } from './indicator-select';
import { TrailScatter } from './trail-scatter';
import { formatterFor } from './paths-panel-model';
import type { PathsContext } from './paths-context';
import { useIndicatorValues } from '../../selectors/use-indicator-values';

/** Props: the shared context, the x indicator (the panel's) and the initial y indicator. */
export interface PathsScatterViewProps {
  ctx: PathsContext;
  xIndicatorId: string;
  initialYIndicatorId: string;
}

const PLAY_STEP_MS = 900;

/** The y picker, the player and the scatter. */
export function PathsScatterView({ ctx, xIndicatorId, initialYIndicatorId }: PathsScatterViewProps) {
  const { source, positions, set, lang, year } = ctx;
  const [yId, setYId] = useState(initialYIndicatorId);
  const [playing, setPlaying] = useState(false);
  const setPaneYear = useAppStore((s) => s.viewActions.setPaneYear);
  const loaded = useIndicatorValues(source, [xIndicatorId, yId]);
  const xMeta = source.manifest.indicators.find((m) => m.id === xIndicatorId);
  const yMeta = source.manifest.indicators.find((m) => m.id === yId);
  const x = loaded.values.get(xIndicatorId);
  const y = loaded.values.get(yId);
  const years = source.manifest.years;
  const trails = useMemo(() => (x && y ? scatterTrails(x, y, positions, set, years, year) : []), [x, y, positions, set, years, year]);
  const extents = useMemo(() => (x && y ? trailExtents(x, y, positions, set, years) : null), [x, y, positions, set, years]);
  const formatX = useMemo(() => (xMeta ? formatterFor(lang, xMeta) : String), [lang, xMeta]);
  const formatY = useMemo(() => (yMeta ? formatterFor(lang, yMeta) : String), [lang, yMeta]);

  useEffect(() => {
    if (!playing) return;
    // On the app clock (src/lib/clock.ts), so tests and wall-display scenes can step or pause the player.
    return repeatEvery(() => {
      const current = useAppStore.getState().view.panes[0]?.year ?? years[0]!;
      const next = years.find((yr) => yr > current);
      if (next === undefined) setPlaying(false);
      else setPaneYear(0, next);
    }, PLAY_STEP_MS);
  }, [playing, years, setPaneYear]);

  if (!xMeta || !yMeta) return null;
  const missing = trails.filter((t) => t.current === null).map((t) => ctx.nameOf(t.adcode));
  return (
    <>
      <div className="compare-controls">
        <IndicatorSelect manifest={source.manifest} lang={lang} label={compareText(lang, 'yIndicator')} value={yId} onChange={setYId} />
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && year >= (years.at(-1) ?? year)) setPaneYear(0, years[0] ?? year);
            setPlaying(!playing);
          }}
        >
          {compareText(lang, playing ? 'pause' : 'play')}
        </button>
        <input
          type="range"
          aria-label={compareText(lang, 'year')}
          min={years[0]}
          max={years.at(-1)}
          step={1}
          value={year}
          onChange={(e) => setPaneYear(0, Number(e.target.value))}
        />
        <span>{year}</span>
      </div>
      {!x || !y ? (
        <p className="compare__hint">{compareText(lang, 'loading')}</p>
      ) : (
        <TrailScatter
          trails={trails}
          extents={extents}
          year={year}
          colorOf={ctx.colorOf}
          nameOf={ctx.nameOf}
          formatX={formatX}
          formatY={formatY}
          xLabel={`${localText(lang, xMeta.name)} (${localText(lang, xMeta.unitLabel)})`}
          yLabel={`${localText(lang, yMeta.name)} (${localText(lang, yMeta.unitLabel)})`}
          label={compareText(lang, 'chartLabel', { indicator: `${localText(lang, xMeta.name)} × ${localText(lang, yMeta.name)}`, kind: compareText(lang, 'tabScatter') })}
        />
      )}
      {missing.length > 0 && (
        <p className="compare-gaps" data-testid="compare-scatter-missing">
          {compareText(lang, 'noDataYears', { name: missing.join('、'), years: String(year) })}
        </p>
      )}
    </>
  );
}
