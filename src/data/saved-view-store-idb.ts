/**
 * Saved views kept in this browser's IndexedDB (database "tandem-views"), one record per view. Records are checked
 * against the saved-view schema when read; a broken one is reported and skipped, never handed to the app.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { parseWithSchema } from '../lib/parse-with-schema';
import { savedViewSchema, type SavedView } from '../model/saved-views/saved-view';

/** Where saved views live: IndexedDB in the app, a Map in tests. */
export interface SavedViewStore {
  /** Every stored record with its key, unvalidated. */
  list(): Promise<{ key: string; value: unknown }[]>;
  save(view: SavedView): Promise<void>;
  remove(id: string): Promise<void>;
}

/** A saved-view store in IndexedDB. */
export function createIdbSavedViewStore(dbName = 'tandem-views', storeName = 'views'): SavedViewStore {
  let store: UseStore | null = null;
  // Opened on first use: a browser without IndexedDB fails the call, not the app start.
  const db = (): UseStore => (store ??= createStore(dbName, storeName));
  return {
    list: async () => (await entries<IDBValidKey, unknown>(db())).map(([key, value]) => ({ key: String(key), value })),
    save: (view) => set(view.id, view, db()),
    remove: (id) => del(id, db()),
  };
}

/** A Map-backed store with the same behaviour (tests, and browsers without IndexedDB). */
export function createMemorySavedViewStore(): SavedViewStore & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  return {
    records,
    list: async () => [...records].map(([key, value]) => ({ key, value: structuredClone(value) })),
    save: async (view) => void records.set(view.id, structuredClone(view)),
    remove: async (id) => void records.delete(id),
  };
}

/** What reading the store found: the valid views and the records skipped with the reason. */
export interface SavedViewsRead {
  views: SavedView[];
  failed: { key: string; reason: string }[];
}

/** Reads and checks every saved view; never throws (a failing store is one failure). */
export async function readSavedViews(store: SavedViewStore): Promise<SavedViewsRead> {
  const out: SavedViewsRead = { views: [], failed: [] };
  let list: { key: string; value: unknown }[];
  try {
    list = await store.list();
  } catch (error) {
    out.failed.push({ key: '*', reason: error instanceof Error ? error.message : String(error) });
    return out;
  }
  for (const { key, value } of list) {
    try {
      const view = parseWithSchema(savedViewSchema, value, `saved view ${key}`);
      if (view.id !== key) throw new Error(`saved view ${key}: stored under another key than its id ${view.id}`);
      out.views.push(view);
    } catch (error) {
      out.failed.push({ key, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}
