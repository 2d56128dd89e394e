/** Side tab "ranking": all counties ranked by an indicator (loaded when first opened). */
import { RankingPanel } from '../../panels/ranking/ranking-panel';
import { usePaneDataset } from '../../selectors/use-pane-dataset';

/** The ranking tab. */
export default function RankingTab() {
  const dataset = usePaneDataset(0);
  return <RankingPanel source={dataset?.loader ?? null} />;
}
