/** Side tab "monitor": the risk index, county deprivations, early warnings and rule sets (loaded when first opened). */
import { MonitorPanel } from '../../panels/monitor/monitor-panel';

/** The monitoring tab. */
export default function MonitorTab() {
  return <MonitorPanel />;
}
