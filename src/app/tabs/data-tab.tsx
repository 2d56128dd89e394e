/** Side tab "data": datasets, import and export (loaded when first opened). */
import { DataPanel } from '../../panels/import/data-panel';

/** The data tab. */
export default function DataTab() {
  return <DataPanel />;
}
