/**
 * Lays out 1, 2 (side by side or stacked) or 4 map panes, or two panes on top of each other in swipe mode.
 * Presentation mode passes `rects` (the wall layout, model/present/wall-layout.ts) to place the panes absolutely,
 * and `keepMounted` so panes a later scene needs stay mounted, parked out of sight, instead of being created on a
 * scene change (no new WebGL context while the wall plays). Every pane sits in its own error boundary.
 */
import { useAppStore } from '../store/app-store';
import { paneCountOf } from '../model/view/view-state';
import { useT } from '../i18n/use-t';
import { MapPane, type PaneSlots } from './map-pane';
import { SwipeDivider } from './swipe-divider';
import { PaneErrorBoundary } from './pane-error-boundary';

/** A pane rectangle in CSS pixels within the grid. */
export interface PaneRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Props: what the app plugs into every pane, and the presentation placement. */
export interface PaneGridProps {
  slots: PaneSlots;
  /** Absolute pane rectangles (presentation mode); absent = the CSS grid of the layout. */
  rects?: readonly PaneRect[];
  /** Panes to keep mounted beyond the layout's (parked, hidden); presentation mode only. */
  keepMounted?: number;
}

/** The pane grid. */
export function PaneGrid({ slots, rects, keepMounted = 0 }: PaneGridProps) {
  const t = useT();
  const layout = useAppStore((s) => s.view.layout);
  const swipe = useAppStore((s) => s.view.swipe);
  const count = paneCountOf(layout);
  const pane = (i: number) => (
    <PaneErrorBoundary key={i} index={i} message={t('map.paneError')} retry={t('map.paneRetry')}>
      <MapPane index={i} slots={slots} />
    </PaneErrorBoundary>
  );
  if (swipe.enabled && count === 2) {
    return (
      // --swipe-at places each pane's toolbar (title, legend) at the top of its own half.
      <div className="pane-grid pane-grid--swipe" data-layout="swipe" style={{ ['--swipe-at' as string]: swipe.position }}>
        <div className="swipe-layer swipe-layer--under">{pane(1)}</div>
        <div className="swipe-layer swipe-layer--over" style={{ clipPath: `inset(0 ${(1 - swipe.position) * 100}% 0 0)` }}>
          {pane(0)}
        </div>
        <SwipeDivider />
      </div>
    );
  }
  // Each pane sits in a .pane-place box in both modes (display: contents on the desk), so entering or leaving
  // presentation mode re-places the panes without remounting them.
  const mounted = rects ? Math.max(count, Math.min(4, keepMounted)) : count;
  return (
    <div className={`pane-grid ${rects ? 'pane-grid--placed' : `pane-grid--${layout}`}`} data-layout={layout}>
      {Array.from({ length: mounted }, (_, i) => {
        const parked = i >= count;
        const r = rects ? (rects[parked ? 0 : i] ?? rects[0]) : undefined;
        return (
          <div
            key={i}
            className={`pane-place${parked ? ' pane-place--parked' : ''}`}
            aria-hidden={parked || undefined}
            style={r ? { left: r.x, top: r.y, width: r.width, height: r.height } : undefined}
          >
            {pane(i)}
          </div>
        );
      })}
    </div>
  );
}
