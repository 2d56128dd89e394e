/**
 * The arc legend of a pane showing partnership arcs: colour = eastern partner, width = the measure (unit, square-root
 * scale, sample widths), the flow year beside the map year, and a note when county arcs are thinned at this zoom.
 */
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { useAppStore } from '../../store/app-store';
import { cachedArcsOf, widthMaxOf } from '../../selectors/partnership-arc-cache';
import { useCountyArcDetail } from '../../selectors/use-county-arc-detail';
import { findMeasure } from '../../model/partnership/measures';
import { countedArcs, nearestFlowYear } from '../../model/partnership/view';
import { effectivePlaceNames, placeName } from '../../model/geo/place-name';
import { localText } from '../../i18n/translate';
import { legendColours, legendYears, widthSamples } from './arc-legend-model';
import { formatMeasureValue } from './partnership-panel-model';
import { partnershipText } from './partnership-strings';
import './arc-map.css';

/** Props: the pane the legend belongs to. */
export interface ArcLegendProps {
  pane: number;
}

/** The legend; nothing while the pane shows no arcs or the partnership data is not loaded. */
export function ArcLegend({ pane }: ArcLegendProps) {
  const show = useAppStore((s) => s.view.panes[pane]?.layers.arcs ?? false);
  const lang = useAppStore((s) => s.view.lang);
  const names = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  const bundle = useAppStore((s) => s.partnershipData.bundle);
  const geoIndex = useAppStore((s) => s.geo.index);
  const pp = useAppStore((s) => s.view.partnership);
  const paneYear = useAppStore((s) => s.view.panes[pane]?.year ?? 0);
  const countyArcs = useCountyArcDetail(pane);
  if (!show || !bundle || !geoIndex) return null;
  const measure = findMeasure(bundle.registry, pp.measure) ?? bundle.registry.measures[0];
  if (!measure) return null;
  const cached = cachedArcsOf(bundle, geoIndex, pp);
  const drawn = countedArcs(cached.arcs, pp.eastFilter, countyArcs);
  const provinceName = (adcode: string) => {
    const p = geoIndex.provinces.find((x) => x.adcode === adcode);
    return p && placeName(p, names);
  };
  const colours = legendColours(drawn, provinceName);
  const widths = widthSamples(widthMaxOf(cached, bundle, measure.id));
  const years = legendYears(paneYear, nearestFlowYear(cached.years, paneYear));
  const maxWidthPx = Math.max(1, ...widths.map((w) => w.widthPx));
  const thinned = !countyArcs && cached.arcs.some((a) => a.level === 'county');
  return (
    <details className="arc-legend" open data-testid={`arc-legend-${pane}`}>
      <summary>
        {partnershipText(lang, 'legendTitle')}
        {bundle.flows.sample && <ProvenanceBadge source={{ kind: 'sample' }} title={partnershipText(lang, 'sampleNote')} />}
      </summary>
      <div className="arc-legend__row">{partnershipText(lang, 'legendColour')}</div>
      <ul className="arc-legend__colours">
        {colours.map((c) => (
          <li key={c.adcode}>
            <span className="arc-legend__swatch" style={{ background: `rgb(${c.rgb[0]},${c.rgb[1]},${c.rgb[2]})` }} />
            {c.label}
          </li>
        ))}
      </ul>
      <div className="arc-legend__row">
        {partnershipText(lang, 'legendWidth', { measure: localText(lang, measure.name), unit: localText(lang, measure.unitLabel) })}
      </div>
      <ul className="arc-legend__widths">
        {widths.map((w) => (
          <li key={w.value}>
            <svg width={36} height={Math.ceil(maxWidthPx) + 2} aria-hidden="true">
              <line x1={2} x2={34} y1={maxWidthPx / 2 + 1} y2={maxWidthPx / 2 + 1} strokeWidth={w.widthPx} />
            </svg>
            {formatMeasureValue(lang, w.value, measure)}
          </li>
        ))}
      </ul>
      <div className="arc-legend__row arc-legend__muted">{partnershipText(lang, measure.direction === 'east_to_west' ? 'legendFadeEastToWest' : 'legendFadeWestToEast')}</div>
      {years && (
        <div className={`arc-legend__row${years.same ? '' : ' arc-legend__warn'}`} data-testid={`arc-legend-years-${pane}`}>
          {years.same ? partnershipText(lang, 'legendSameYear', { year: years.flow }) : partnershipText(lang, 'legendYears', { flow: years.flow, map: years.map })}
        </div>
      )}
      {thinned && <div className="arc-legend__row arc-legend__muted">{partnershipText(lang, 'legendThinned')}</div>}
    </details>
  );
}
