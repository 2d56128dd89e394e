/** Side tab "partnership": east–west pairings, filters and scorecards (loaded when first opened). */
import { PartnershipPanel } from '../../panels/partnership/partnership-panel';

/** The partnership tab. */
export default function PartnershipTab() {
  return <PartnershipPanel />;
}
