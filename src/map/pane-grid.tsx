/** Lays out 1, 2 (side by side or stacked) or 4 map panes, or two panes on top of each other in swipe mode. */
import { useAppStore } from '../store/app-store';
import { paneCountOf } from '../model/view/view-state';
import { MapPane, type PaneSlots } from './map-pane';
import { SwipeDivider } from './swipe-divider';

/** Props: what the app plugs into every pane. */
export interface PaneGridProps {
  slots: PaneSlots;
}

/** The pane grid. */
export function PaneGrid({ slots }: PaneGridProps) {
  const layout = useAppStore((s) => s.view.layout);
  const swipe = useAppStore((s) => s.view.swipe);
  const count = paneCountOf(layout);
  if (swipe.enabled && count === 2) {
    return (
      // --swipe-at places each pane's toolbar (title, legend) at the top of its own half.
      <div className="pane-grid pane-grid--swipe" data-layout="swipe" style={{ ['--swipe-at' as string]: swipe.position }}>
        <div className="swipe-layer swipe-layer--under">
          <MapPane index={1} slots={slots} />
        </div>
        <div className="swipe-layer swipe-layer--over" style={{ clipPath: `inset(0 ${(1 - swipe.position) * 100}% 0 0)` }}>
          <MapPane index={0} slots={slots} />
        </div>
        <SwipeDivider />
      </div>
    );
  }
  return (
    <div className={`pane-grid pane-grid--${layout}`} data-layout={layout}>
      {Array.from({ length: count }, (_, i) => (
        <MapPane key={i} index={i} slots={slots} />
      ))}
    </div>
  );
}
