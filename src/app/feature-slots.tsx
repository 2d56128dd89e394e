/**
 * Where features mount their controls and panels in the shell. Each feature adds one line here, so App.tsx stays a
 * layout and features stay independent of each other.
 */

/** Controls in the header bar (indicator picker, layout switch, …). */
export function HeaderExtras() {
  return null;
}

/** Panels in the side column (profile, legend, scorecard, import, …). */
export function SidePanels() {
  return null;
}
