/** Side tab "match": labour and industry matching (loaded when first opened; the solver loads in its worker). */
import { MatchingPanel } from '../../panels/matching/matching-panel';

/** The matching tab. */
export default function MatchTab() {
  return <MatchingPanel />;
}
