/** Wires the store-free import client to the app: the county index it needs comes from the geo slice. */
import { getImportClient } from '../data/browser-import-client';
import type { ImportClient } from '../data/import-client';
import { useAppStore } from '../store/app-store';

/** The page's import client, reading the county index the app has loaded. */
export function appImportClient(): ImportClient {
  return getImportClient(() => useAppStore.getState().geo.index);
}
