/** Side tab "funds": fund flows (Sankey and table) and results per yuan (loaded when first opened). */
import { FundsPanel } from '../../panels/funds/funds-panel';

/** The fund tab. */
export default function FundsTab() {
  return <FundsPanel />;
}
