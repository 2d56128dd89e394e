/**
 * Where features mount their controls and panels in the shell. Each feature adds one line in the slot it belongs
 * to, so App.tsx stays a layout and features stay independent of each other.
 */
import { LayoutPanel } from '../panels/layout/layout-panel';
import { SelectionPanel } from '../panels/selection/selection-panel';
import { DevelopmentPathsPanel } from '../panels/compare/development-paths-panel';
import { RankingPanel } from '../panels/ranking/ranking-panel';
import { usePaneDataset } from './use-pane-dataset';
import { PartnershipPanel } from '../panels/partnership/partnership-panel';
import { ArcTooltip } from '../panels/partnership/arc-tooltip';
import { DataPanel } from '../panels/import/data-panel';
import { TimelinePanel } from '../panels/timeline/timeline-panel';
import { ProfilePanel } from '../panels/profile/profile-panel';
import { PaneIndicatorControls } from '../panels/indicator/pane-indicator-controls';

/** Controls in the header bar (layout switch, timeline, …). */
export function HeaderExtras() {
  return (
    <>
      <LayoutPanel />
      <TimelinePanel />
    </>
  );
}

/** Side tab "county": the selection and the focused county's profile. */
export function CountyTab() {
  return (
    <>
      <SelectionPanel />
      <ProfilePanel />
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
  return <PartnershipPanel />;
}

/** Side tab "data": datasets, import and export. */
export function DataTab() {
  return <DataPanel />;
}

/** Props of per-pane feature controls. */
export interface PaneSlotProps {
  pane: number;
}

/** Controls drawn on each map pane (indicator, year, legend, …). */
export function PaneControls({ pane }: PaneSlotProps) {
  return (
    <>
      <PaneIndicatorControls pane={pane} />
      <ArcTooltip pane={pane} />
    </>
  );
}
