/**
 * The saved views at start-up: read from IndexedDB after the first map (they never delay it), with a notice for
 * records that could not be read. Opening one goes through the link path (url-sync.ts), so it is upgraded and
 * checked like a link, and a pane whose dataset is gone falls back with a notice (dataset-boot.ts).
 */
import { createIdbSavedViewStore, type SavedViewStore } from '../data/saved-view-store-idb';
import { loadSavedViews, type SavedViewDeps } from '../data/saved-view-library';
import { exportText } from '../panels/export/export-strings';
import { useAppStore } from '../store/app-store';

let store: SavedViewStore | null = null;

/** The saved-view library wired to the app store and this browser's IndexedDB. */
export function appSavedViewDeps(): SavedViewDeps {
  store ??= createIdbSavedViewStore();
  const state = () => useAppStore.getState();
  return {
    store,
    views: () => state().savedViews.views,
    put: (view) => state().savedViewActions.put(view),
    remove: (id) => state().savedViewActions.remove(id),
  };
}

let booted = false;

/** Reads the saved views once. */
export async function bootSavedViews(): Promise<void> {
  if (booted) return;
  booted = true;
  const actions = useAppStore.getState().savedViewActions;
  actions.setStatus('loading');
  const failed = await loadSavedViews(appSavedViewDeps());
  actions.setStatus('ready');
  if (failed.length > 0) {
    const lang = useAppStore.getState().view.lang;
    const detail = failed.map((f) => `${f.key}: ${f.reason}`).join('; ');
    useAppStore.getState().noticeActions.push('warning', exportText(lang, 'viewsUnreadable', { n: failed.length, detail }));
  }
}
