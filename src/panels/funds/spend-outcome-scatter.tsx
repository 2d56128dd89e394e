/**
 * Spend against outcome, one dot per county, outliers coloured (spent much / moved little, spent little / moved
 * much). Linked to the map: hovering a dot lights the county on the map, clicking it opens its profile.
 */
import { useMemo } from 'react';
import type { Lang } from '../../model/view/view-state';
import type { IndicatorMeta, IndicatorValues } from '../../model/indicators/dataset';
import { useAppStore } from '../../store/app-store';
import { useHoverStore } from '../../store/hover-store';
import { setFocus } from '../../store/view-updaters';
import { scatterModel } from './funds-results-model';
import { fundsText } from './funds-strings';

const SIZE = { widthPx: 360, heightPx: 220, marginPx: 34 };
const FLAG_COLOURS = { much_little: '#c0392b', little_much: '#1e8449' } as const;

/** Props: the columns (dataset order), the counties shown and the outcome's metadata. */
export interface SpendOutcomeScatterProps {
  lang: Lang;
  counties: readonly string[];
  shown: ReadonlySet<string>;
  year: number;
  perResident: IndicatorValues | undefined;
  outcome: IndicatorValues | undefined;
  meta: IndicatorMeta;
  nameOf: (adcode: string) => string;
}

/** The scatter. */
export function SpendOutcomeScatter({ lang, counties, shown, year, perResident, outcome, meta, nameOf }: SpendOutcomeScatterProps) {
  const apply = useAppStore((s) => s.viewActions.apply);
  const hovered = useHoverStore((s) => s.adcode);
  const model = useMemo(() => scatterModel(counties, shown, year, perResident, outcome, meta.polarity, SIZE), [counties, shown, year, perResident, outcome, meta.polarity]);
  if (!model) return <p className="funds-muted">{fundsText(lang, 'noScatter')}</p>;
  const indicator = lang === 'en' ? meta.name.en : meta.name.zh;
  const flagged = model.points.filter((p) => p.flag !== null).length;
  return (
    <figure className="funds-scatter" data-testid="funds-scatter" data-flagged={flagged}>
      <svg viewBox={`0 0 ${SIZE.widthPx} ${SIZE.heightPx}`} width="100%" role="img" aria-label={fundsText(lang, 'scatterLabel', { indicator })}>
        {model.xTicks.map((t) => (
          <text key={`x${t}`} x={model.x(t)} y={SIZE.heightPx - SIZE.marginPx + 12} fontSize={8} textAnchor="middle">{t}</text>
        ))}
        {model.yTicks.map((t) => (
          <text key={`y${t}`} x={SIZE.marginPx - 3} y={model.y(t)} dy="0.3em" fontSize={8} textAnchor="end">{t}</text>
        ))}
        <line x1={SIZE.marginPx} x2={SIZE.widthPx - 6} y1={SIZE.heightPx - SIZE.marginPx} y2={SIZE.heightPx - SIZE.marginPx} stroke="#999" />
        <line x1={SIZE.marginPx} x2={SIZE.marginPx} y1={6} y2={SIZE.heightPx - SIZE.marginPx} stroke="#999" />
        <text x={SIZE.widthPx / 2} y={SIZE.heightPx - 4} fontSize={9} textAnchor="middle">{fundsText(lang, 'scatterX')}</text>
        {model.points.map((p) => (
          <circle
            key={p.county}
            cx={p.xPx}
            cy={p.yPx}
            r={hovered === p.county ? 5 : p.flag ? 3.5 : 2.2}
            fill={p.flag ? FLAG_COLOURS[p.flag] : '#5b7fa6'}
            fillOpacity={p.flag ? 0.95 : 0.55}
            data-county={p.county}
            data-flag={p.flag ?? ''}
            onMouseEnter={(e) => useHoverStore.getState().setHover(p.county, null, e.clientX, e.clientY)}
            onMouseLeave={() => useHoverStore.getState().setHover(null, null, 0, 0)}
            onClick={() => apply((v) => setFocus(v, p.county))}
          >
            <title>{fundsText(lang, 'pointTitle', { name: nameOf(p.county), spend: p.spend.toFixed(0), change: p.change.toFixed(2) })}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <span className="funds-key" style={{ color: FLAG_COLOURS.much_little }}>● {fundsText(lang, 'muchLittle')}</span>{' '}
        <span className="funds-key" style={{ color: FLAG_COLOURS.little_much }}>● {fundsText(lang, 'littleMuch')}</span>{' '}
        <span>{fundsText(lang, 'flagged', { n: flagged })} · {fundsText(lang, 'scatterY')}: {indicator}</span>
      </figcaption>
    </figure>
  );
}
