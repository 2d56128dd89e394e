/**
 * Where features mount their controls and panels in the shell. Each feature adds one line here, so App.tsx stays a
 * layout and features stay independent of each other.
 */

import { LayoutPanel } from '../panels/layout/layout-panel';

/** Controls in the header bar (layout switch, …). */
export function HeaderExtras() {
  return <LayoutPanel />;
}

/** Panels in the side column (profile, legend, scorecard, import, …). */
export function SidePanels() {
  return null;
}

/** Props of per-pane feature controls. */
export interface PaneSlotProps {
  pane: number;
}

/** Controls drawn on each map pane (indicator, year, legend, …). */
export function PaneControls(_props: PaneSlotProps) {
  return null;
}
