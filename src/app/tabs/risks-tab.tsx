/** Side tab "risks": the editable risk register (loaded when first opened). */
import { RisksPanel } from '../../panels/risks/risks-panel';

/** The risk tab. */
export default function RisksTab() {
  return <RisksPanel />;
}
