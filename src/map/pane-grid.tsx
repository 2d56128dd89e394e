/** Lays out 1, 2 (side by side or stacked) or 4 map panes. */
import { useAppStore } from '../store/app-store';
import { paneCountOf } from '../model/view-state';
import { MapPane } from './map-pane';

/** The pane grid. */
export function PaneGrid() {
  const layout = useAppStore((s) => s.view.layout);
  const count = paneCountOf(layout);
  return (
    <div className={`pane-grid pane-grid--${layout}`} data-layout={layout}>
      {Array.from({ length: count }, (_, i) => (
        <MapPane key={i} index={i} />
      ))}
    </div>
  );
}
