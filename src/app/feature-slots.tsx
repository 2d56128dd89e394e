/**
 * Where features mount their controls and panels in the shell. Each feature adds one line in the slot it belongs
 * to, so App.tsx stays a layout and features stay independent of each other.
 */
import { LayoutPanel } from '../panels/layout/layout-panel';
import { SelectionPanel } from '../panels/selection/selection-panel';
import { DevelopmentPathsPanel } from '../panels/compare/development-paths-panel';
import { RankingPanel } from '../panels/ranking/ranking-panel';
import { usePaneDataset } from './use-pane-dataset';

/** Controls in the header bar (layout switch, timeline, …). */
export function HeaderExtras() {
  return <LayoutPanel />;
}

/** Side tab "county": the selection and the focused county's profile. */
export function CountyTab() {
  return (
    <>
      <SelectionPanel />
    </>
  );
}

/** Side tab "compare": the comparison set and development paths. */
export function CompareTab() {
  const dataset = usePaneDataset(0);
  return <DevelopmentPathsPanel source={dataset?.loader ?? null} />;
}

/** Side tab "ranking": all counties ranked by an indicator. */
export function RankingTab() {
  const dataset = usePaneDataset(0);
  return <RankingPanel source={dataset?.loader ?? null} />;
}

/** Side tab "partnership": east–west pairings, filters and scorecards. */
export function PartnershipTab() {
  return null;
}

/** Side tab "data": datasets, import and export. */
export function DataTab() {
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
