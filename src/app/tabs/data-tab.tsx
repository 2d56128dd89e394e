/** Side tab "data": datasets, import and export (loaded when first opened). */
import { DataPanel } from '../../panels/import/data-panel';
import { appLibraryDeps } from '../dataset-boot';
import { appImportClient } from '../import-client-boot';

/** The data tab. */
export default function DataTab() {
  return <DataPanel libraryDeps={appLibraryDeps} importClient={appImportClient} />;
}
