/** Everything issue 3 adds to a map pane's toolbar: the 示例数据 badge, the indicator controls and the legend. */
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { useAppStore } from '../../store/app-store';
import { IndicatorPanel } from './indicator-panel';
import { LegendPanel } from '../legend/legend-panel';
import { LEGEND_STRINGS } from '../legend/legend-strings';
import { pickText } from './indicator-strings';

/** Props: the pane. */
export interface PaneIndicatorControlsProps {
  pane: number;
}

/** The pane's indicator controls, legend and sample badge. */
export function PaneIndicatorControls({ pane }: PaneIndicatorControlsProps) {
  const lang = useAppStore((s) => s.view.lang);
  const { sample } = usePaneChoropleth(pane);
  return (
    <div className="pane-feature-controls">
      {sample && (
        <span className="map-sample-badge" title={pickText(lang, LEGEND_STRINGS.sampleTitle)} data-testid={`map-sample-badge-${pane}`}>
          示例数据 / Sample data
        </span>
      )}
      <IndicatorPanel pane={pane} />
      <LegendPanel pane={pane} />
    </div>
  );
}
