/**
 * The user's saved datasets at start-up: restored from IndexedDB after the first map (so they never delay it),
 * then every pane is checked against the datasets this browser has — a link naming a dataset that is not here
 * falls back to the sample indicator with a notice, as does a pane whose dataset the user removes.
 */
import { createIdbDatasetStore, type DatasetStore } from '../data/dataset-store-idb';
import { restoreDatasets, type LibraryDeps } from '../data/dataset-library';
import { fallBackMissingIndicators, findMissingPaneIndicators } from '../model/indicators/pane-datasets';
import { importText } from '../panels/import/import-strings';
import { useAppStore } from '../store/app-store';

let store: DatasetStore | null = null;

/** The library's dependencies wired to the app store and this browser's IndexedDB. */
export function appLibraryDeps(): LibraryDeps {
  store ??= createIdbDatasetStore();
  const state = () => useAppStore.getState();
  return {
    store,
    datasets: () => state().data.datasets,
    add: (entry) => state().dataActions.addDataset(entry),
    remove: (id) => state().dataActions.removeDataset(id),
    rename: (id, name) => state().dataActions.renameDataset(id, name),
  };
}

/** Resolves once the geography is ready and the sample has settled (loaded or failed). */
function afterFirstMap(): Promise<void> {
  const settled = (): boolean => {
    const s = useAppStore.getState();
    return s.geo.status !== 'idle' && s.geo.status !== 'loading' && s.data.sampleStatus !== 'idle' && s.data.sampleStatus !== 'loading';
  };
  return new Promise((resolve) => {
    if (settled()) return resolve();
    const stop = useAppStore.subscribe(() => {
      if (!settled()) return;
      stop();
      resolve();
    });
  });
}

/** Replaces pane indicators this browser cannot show with the sample indicator, with one notice. */
export function checkPaneDatasets(): void {
  const { view, data, viewActions, noticeActions } = useAppStore.getState();
  const missing = findMissingPaneIndicators(view, data.datasets);
  if (missing.length === 0) return;
  viewActions.apply((v) => fallBackMissingIndicators(v, missing));
  const datasets = [...new Set(missing.filter((m) => m.datasetMissing).map((m) => m.indicator.split(':')[0] ?? m.indicator))];
  const indicators = missing.filter((m) => !m.datasetMissing).map((m) => m.indicator);
  if (datasets.length > 0) noticeActions.push('warning', importText(view.lang, 'missingDataset', { ids: datasets.join(', ') }));
  if (indicators.length > 0) noticeActions.push('warning', importText(view.lang, 'missingIndicator', { ids: indicators.join(', ') }));
}

let booted = false;

/** Restores saved datasets after the first map, then keeps panes pointing at datasets that exist. */
export async function bootSavedDatasets(): Promise<void> {
  if (booted) return;
  booted = true;
  await afterFirstMap();
  const report = await restoreDatasets(appLibraryDeps());
  if (report.failed.length > 0) {
    const lang = useAppStore.getState().view.lang;
    const detail = report.failed.map((f) => `${f.key}: ${f.reason}`).join('; ');
    useAppStore.getState().noticeActions.push('warning', importText(lang, 'restoreFailed', { n: report.failed.length, detail }));
  }
  checkPaneDatasets();
  useAppStore.subscribe((s, prev) => {
    if (s.view.panes !== prev.view.panes || s.data.datasets !== prev.data.datasets) checkPaneDatasets();
  });
}
