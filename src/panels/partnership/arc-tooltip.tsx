/** Tooltip of the partnership arc under the pointer: pair, the measure's figure with unit, year and direction. */
import { useLayoutEffect, useRef } from 'react';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { useAppStore } from '../../store/app-store';
import { useArcHoverStore } from '../../store/partnership-hover-store';
import { cachedArcsOf } from '../../selectors/partnership-arc-cache';
import { findMeasure } from '../../model/partnership/measures';
import { nearestFlowYear } from '../../model/partnership/view';
import { describeArc } from './arc-tooltip-model';
import { placeTooltip, TOOLTIP_OFFSET_PX } from './tooltip-placement';
import { partnershipText } from './partnership-strings';
import './arc-map.css';

/** Props: the pane the tooltip belongs to. */
export interface ArcTooltipProps {
  pane: number;
}

/** The tooltip, shown only in the pane under the pointer, as a box that stays inside the pane. */
export function ArcTooltip({ pane }: ArcTooltipProps) {
  const hover = useArcHoverStore();
  const lang = useAppStore((s) => s.view.lang);
  const bundle = useAppStore((s) => s.partnershipData.bundle);
  const geoIndex = useAppStore((s) => s.geo.index);
  const geoView = useAppStore((s) => s.geo.view);
  const pp = useAppStore((s) => s.view.partnership);
  const paneYear = useAppStore((s) => s.view.panes[pane]?.year ?? 0);
  const box = useRef<HTMLDivElement>(null);
  // Placement needs the box's own size, known only once drawn: moved in the DOM before paint, no state involved.
  useLayoutEffect(() => {
    const el = box.current;
    const parent = el?.offsetParent as HTMLElement | null | undefined;
    if (!el || !parent) return;
    const at = placeTooltip(hover.x, hover.y, el.offsetWidth, el.offsetHeight, parent.clientWidth, parent.clientHeight);
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
  });
  if (hover.pane !== pane || !hover.arc || !bundle || !geoIndex) return null;
  const measure = findMeasure(bundle.registry, pp.measure) ?? bundle.registry.measures[0];
  const year = nearestFlowYear(cachedArcsOf(bundle, geoIndex, pp).years, paneYear);
  if (!measure || !year) return null;
  const lines = describeArc(lang, hover.arc, bundle, measure, year, (a) => geoView?.county(a)?.name);
  return (
    <div
      ref={box}
      className="tooltip arc-tooltip"
      role="tooltip"
      style={{ left: hover.x + TOOLTIP_OFFSET_PX, top: hover.y + TOOLTIP_OFFSET_PX }}
      data-testid="arc-tooltip"
    >
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
