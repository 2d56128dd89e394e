/**
 * The user's storyboards in this browser's IndexedDB (database "tandem-storyboards"), one record per storyboard in
 * the storyboard file format, read back through the same validating parser as an imported file: a damaged record
 * is reported and skipped, never handed to the app. The last presentation position is kept too, so a wall resumes
 * at its scene after a restart.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Storyboard } from '../model/present/storyboard';
import { parseStoryboardJson, storyboardToJson } from '../model/present/storyboard-json';

/** Where storyboards live: IndexedDB in the app, a Map in tests. */
export interface StoryboardStore {
  /** Every stored storyboard that parses, plus the reasons for those that did not. */
  list(): Promise<{ boards: Storyboard[]; skipped: string[] }>;
  save(board: Storyboard): Promise<void>;
  remove(id: string): Promise<void>;
}

/** A storyboard store in IndexedDB. */
export function createIdbStoryboardStore(dbName = 'tandem-storyboards', storeName = 'storyboards'): StoryboardStore {
  let store: UseStore | null = null;
  // Opened on first use: a browser without IndexedDB fails the call, not the app start.
  const db = (): UseStore => (store ??= createStore(dbName, storeName));
  return {
    list: async () => {
      const boards: Storyboard[] = [];
      const skipped: string[] = [];
      for (const [key, value] of await entries<IDBValidKey, unknown>(db())) {
        const parsed = typeof value === 'string' ? parseStoryboardJson(value) : { ok: false as const, error: 'not a storyboard record' };
        if (parsed.ok) boards.push(parsed.storyboard);
        else skipped.push(`${String(key)}: ${parsed.error}`);
      }
      return { boards, skipped };
    },
    save: (board) => set(board.id, storyboardToJson(board), db()),
    remove: (id) => del(id, db()),
  };
}

let presentStateStore: UseStore | null = null;

/**
 * The store of the presentation position, opened once per page: idb-keyval's `createStore` opens a new database
 * connection on first use and keeps it open, so one per write (every scene change) left a live IDBDatabase with
 * its request and listeners behind each change (≈ 2 MB of heap per 1,000 changes in the soak).
 */
function presentState(): UseStore {
  return (presentStateStore ??= createStore('tandem-present', 'state'));
}

/** Reads a value kept beside the storyboards (the last presentation position); undefined when absent or failing. */
export async function readPresentResume(): Promise<unknown> {
  try {
    return await get<unknown>('resume', presentState());
  } catch {
    return undefined;
  }
}

/** Keeps the last presentation position (errors are ignored: resuming is a convenience). */
export async function writePresentResume(value: unknown): Promise<void> {
  try {
    await set('resume', value, presentState());
  } catch {
    /* IndexedDB unavailable (private mode): the URL still carries the position. */
  }
}
