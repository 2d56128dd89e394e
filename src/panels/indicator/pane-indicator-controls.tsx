/** Everything issue 3 adds to a map pane's toolbar: the provenance badge (示例数据 / 真实数据 / 公开事实), the indicator controls and the legend. */
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { useAppStore } from '../../store/app-store';
import { IndicatorPanel } from './indicator-panel';
import { LegendPanel } from '../legend/legend-panel';
import { findDataset } from '../../store/data-slice';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { PovertyFilterControl } from '../provenance/poverty-filter-control';

/** Props: the pane. */
export interface PaneIndicatorControlsProps {
  pane: number;
}

/** The pane's indicator controls, legend and provenance badge (sample, real or facts). */
export function PaneIndicatorControls({ pane }: PaneIndicatorControlsProps) {
  const { choropleth } = usePaneChoropleth(pane);
  const manifest = useAppStore((s) => (choropleth ? findDataset(s.data.datasets, choropleth.datasetId)?.manifest : undefined));
  // With several panes the pane title carries the badge.
  const several = useAppStore((s) => s.view.panes.length > 1);
  return (
    <div className="pane-feature-controls">
      {!several && <ProvenanceBadge source={manifest} form="full" testId={(kind) => `map-${kind}-badge-${pane}`} />}
      <IndicatorPanel pane={pane} />
      <LegendPanel pane={pane} />
      <PovertyFilterControl pane={pane} />
    </div>
  );
}
