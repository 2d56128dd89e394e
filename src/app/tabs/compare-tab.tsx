/** Side tab "compare": the comparison set and development paths (loaded when first opened). */
import { DevelopmentPathsPanel } from '../../panels/compare/development-paths-panel';
import { usePaneDataset } from '../../selectors/use-pane-dataset';

/** The compare tab. */
export default function CompareTab() {
  const dataset = usePaneDataset(0);
  return <DevelopmentPathsPanel source={dataset?.loader ?? null} />;
}
