/**
 * The user's imported labour tables kept in this browser's IndexedDB (database "tandem-labour-tables", one
 * record), so the matching tab still solves with them after a reload. What is read back is validated before it
 * reaches the worker; a damaged record is reported and left in place (never overwritten unasked).
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { parseImportedLabourTables, type ImportedLabourTable } from '../model/matching/labour-imported';

const RECORD_KEY = 'tables';

/** Where the tables live: IndexedDB in the app, memory in tests. */
export interface LabourTableStore {
  /** The stored tables, validated; [] when none were ever saved. Throws naming what is wrong. */
  load(): Promise<ImportedLabourTable[]>;
  save(tables: ImportedLabourTable[]): Promise<void>;
}

/** A table store in IndexedDB. */
export function createIdbLabourTableStore(dbName = 'tandem-labour-tables', storeName = 'tables'): LabourTableStore {
  let store: UseStore | null = null;
  // Opened on first use: a browser without IndexedDB fails the call, not the app start.
  const db = (): UseStore => (store ??= createStore(dbName, storeName));
  return {
    load: async () => {
      const value = await get<unknown>(RECORD_KEY, db());
      return value === undefined ? [] : parseImportedLabourTables(value);
    },
    save: (tables) => set(RECORD_KEY, tables, db()),
  };
}

/** A memory-backed store with the same behaviour (tests, and browsers without IndexedDB). */
export function createMemoryLabourTableStore(): LabourTableStore & { value: unknown } {
  const box: LabourTableStore & { value: unknown } = {
    value: undefined,
    load: async () => (box.value === undefined ? [] : parseImportedLabourTables(structuredClone(box.value))),
    save: async (tables) => {
      box.value = structuredClone(tables);
    },
  };
  return box;
}
