/**
 * The development paths panel: the comparison set (chips, search, smart sets) and its paths over the years as a
 * line chart, a slope chart or a scatter with trails. Thin view: data comes from `source`, maths from the models.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import type { Pairing } from '../../model/partnership/pairings';
import { createCountyPositions } from '../../model/compare/columns';
import { compareText, type CompareStringKey } from './compare-strings';
import { CompareSetBar } from './compare-set-bar';
import { CompareSearch } from './compare-search';
import { SmartSets } from './smart-sets';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { IndicatorSelect } from './indicator-select';
import { PathsLinesView } from './paths-lines-view';
import { PathsSlopeView } from './paths-slope-view';
import { PathsScatterView } from './paths-scatter-view';
import { compareColor, defaultIndicatorId, otherIndicatorId } from './paths-panel-model';
import type { PathsContext } from './paths-context';
import type { IndicatorSource } from '../../selectors/use-indicator-values';
import './compare-panel.css';

/** Props of the development paths panel. */
export interface DevelopmentPathsPanelProps {
  /** The dataset to chart (a DatasetLoader fits); null while none is loaded. */
  source: IndicatorSource | null;
  /** Partnership pairings (both structures) for the "pairing partners" smart set; omitted = no such set. */
  pairings?: readonly Pairing[];
}

type Tab = 'lines' | 'slope' | 'scatter';
const TABS: { id: Tab; label: CompareStringKey }[] = [
  { id: 'lines', label: 'tabLines' },
  { id: 'slope', label: 'tabSlope' },
  { id: 'scatter', label: 'tabScatter' },
];

/** The panel. */
export function DevelopmentPathsPanel({ source, pairings }: DevelopmentPathsPanelProps) {
  const lang = useAppStore((s) => s.view.lang);
  const set = useAppStore((s) => s.view.compare);
  const paneIndicator = useAppStore((s) => s.view.panes[0]?.indicator ?? null);
  const year = useAppStore((s) => s.view.panes[0]?.year ?? 0);
  const index = useAppStore((s) => s.geo.index);
  const geo = useAppStore((s) => s.geo.view);
  // The chart's choices are view state (view.briefing.paths), so a scene or a link replays them.
  const { tab, indicator: chosen } = useAppStore((s) => s.view.briefing.paths);
  const apply = useAppStore((s) => s.viewActions.apply);
  const choosePaths = (patch: { tab?: Tab; indicator?: string | null }): void =>
    apply((v) => ({ ...v, briefing: { ...v.briefing, paths: { ...v.briefing.paths, ...patch } } }));
  const setTab = (id: Tab): void => choosePaths({ tab: id });
  const setChosen = (indicator: string | null): void => choosePaths({ indicator });
  const manifest = source?.manifest ?? null;
  const positions = useMemo(() => createCountyPositions(manifest?.counties ?? []), [manifest]);
  const ctx = useMemo<PathsContext | null>(() => {
    if (!source || !index || !geo) return null;
    return {
      source, positions, set, lang, year,
      counties: index.counties,
      nameOf: (a) => geo.county(a)?.name ?? a,
      provinceName: (p) => geo.province.get(p)?.short ?? p,
      colorOf: (a) => compareColor(set.indexOf(a)),
    };
  }, [source, index, geo, positions, set, lang, year]);

  const title = compareText(lang, 'title');
  if (!manifest || !ctx) {
    return (
      <section className="panel compare-panel" aria-label={title}>
        <h2>{title}</h2>
        <p className="compare__hint">{compareText(lang, manifest ? 'loading' : 'noDataset')}</p>
      </section>
    );
  }
  const indicatorId = chosen && manifest.indicators.some((m) => m.id === chosen) ? chosen : defaultIndicatorId(manifest, paneIndicator);
  return (
    <section className="panel compare-panel" aria-label={title} data-testid="development-paths-panel">
      <header className="panel__header">
        <h2>{title}</h2>
        <ProvenanceBadge source={manifest} testId={(kind) => (kind === 'sample' ? 'sample-badge' : `paths-${kind}-badge`)} />
      </header>
      <CompareSetBar />
      <CompareSearch />
      {indicatorId && <SmartSets source={ctx.source} positions={positions} initialIndicator={indicatorId} year={year} {...(pairings ? { pairings } : {})} />}
      {set.length > 0 && indicatorId && (
        <>
          <div className="compare-tabs" role="tablist">
            {TABS.map((t) => (
              <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
                {compareText(lang, t.label)}
              </button>
            ))}
          </div>
          <div className="compare-controls">
            <IndicatorSelect
              manifest={manifest}
              lang={lang}
              label={compareText(lang, tab === 'scatter' ? 'xIndicator' : 'indicator')}
              value={indicatorId}
              onChange={setChosen}
            />
          </div>
          <div role="tabpanel">
            {tab === 'lines' && <PathsLinesView ctx={ctx} indicatorId={indicatorId} />}
            {tab === 'slope' && <PathsSlopeView ctx={ctx} indicatorId={indicatorId} />}
            {tab === 'scatter' && (
              <PathsScatterView ctx={ctx} xIndicatorId={indicatorId} initialYIndicatorId={otherIndicatorId(manifest, indicatorId) ?? indicatorId} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
