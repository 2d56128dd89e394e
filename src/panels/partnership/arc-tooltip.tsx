/** Tooltip of the partnership arc under the pointer: pair, the measure's figure with unit, year and direction. */
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { useAppStore } from '../../store/app-store';
import { useArcHoverStore } from '../../store/partnership-hover-store';
import { cachedArcsOf } from '../../selectors/partnership-arc-cache';
import { findMeasure } from '../../model/partnership/measures';
import { nearestFlowYear } from '../../model/partnership/view';
import { describeArc } from './arc-tooltip-model';
import { partnershipText } from './partnership-strings';

/** Props: the pane the tooltip belongs to. */
export interface ArcTooltipProps {
  pane: number;
}

/** The tooltip, shown only in the pane under the pointer. */
export function ArcTooltip({ pane }: ArcTooltipProps) {
  const hover = useArcHoverStore();
  const lang = useAppStore((s) => s.view.lang);
  const bundle = useAppStore((s) => s.partnershipData.bundle);
  const geoIndex = useAppStore((s) => s.geo.index);
  const geoView = useAppStore((s) => s.geo.view);
  const pp = useAppStore((s) => s.view.partnership);
  const paneYear = useAppStore((s) => s.view.panes[pane]?.year ?? 0);
  if (hover.pane !== pane || !hover.arc || !bundle || !geoIndex) return null;
  const measure = findMeasure(bundle.registry, pp.measure) ?? bundle.registry.measures[0];
  const year = nearestFlowYear(cachedArcsOf(bundle, geoIndex, pp).years, paneYear);
  if (!measure || !year) return null;
  const lines = describeArc(lang, hover.arc, bundle, measure, year, (a) => geoView?.county(a)?.name);
  // The toolbar sits at the pane's top-left corner; its small offset does not matter for a tooltip.
  return (
    <div className="tooltip arc-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} data-testid="arc-tooltip">
      <div className="tooltip__name">{lines.title}</div>
      {lines.partOf && <div className="tooltip__row">{lines.partOf}</div>}
      <div className="arc-tooltip__value">
        {lines.measure}: <strong>{lines.value}</strong> ({lines.year})
      </div>
      <div className="tooltip__row">
        {partnershipText(lang, 'direction')}: {lines.direction}
      </div>
      {lines.sample && (
        <div className="tooltip__row arc-tooltip__sample">
          <ProvenanceBadge source={{ kind: 'sample' }} title={partnershipText(lang, 'sampleNote')} testId="arc-tooltip-sample-badge" />
        </div>
      )}
    </div>
  );
}
