/**
 * Start-up of the shipped real datasets beside the sample: the 2020 census (real) and the 832 poverty counties
 * (facts). Only manifests load here (a few tens of KB); columns load when first shown. One failing leaves the
 * others and the sample untouched and says so in a notice.
 */
import { loadDataset } from '../data/dataset-loader';
import { publicUrl } from '../data/load-geometry';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import type { DatasetEntry } from '../store/data-slice';

/** The shipped real datasets, in picker order after the sample. */
export const SHIPPED_REAL_DATASETS: readonly { id: string; manifest: string }[] = [
  { id: 'census2020', manifest: 'data/census2020/manifest.json' },
  { id: 'poverty_counties', manifest: 'data/poverty-counties/manifest.json' },
  // The monitoring sample (exit-assessment rates, monitored households by type): a sample, labelled so.
  { id: 'monitor_sample', manifest: 'data/monitor-sample/manifest.json' },
];

/** Loads every shipped real dataset's manifest (in parallel); the ones that loaded, in SHIPPED_REAL_DATASETS order. */
export async function loadRealDatasets(): Promise<DatasetEntry[]> {
  const loaded = await Promise.all(
    SHIPPED_REAL_DATASETS.map(async ({ manifest }): Promise<DatasetEntry | null> => {
      try {
        const loader = await loadDataset(publicUrl(manifest));
        return { id: loader.manifest.id, manifest: loader.manifest, loader, origin: 'shipped' };
      } catch (error) {
        const { noticeActions, view } = useAppStore.getState();
        noticeActions.push('warning', translate(view.lang, 'app.loadError', { detail: error instanceof Error ? error.message : String(error) }));
        return null;
      }
    }),
  );
  return loaded.filter((e): e is DatasetEntry => e !== null);
}
