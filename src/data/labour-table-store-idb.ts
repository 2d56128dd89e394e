/**
 * The user's imported matching tables kept in this browser's IndexedDB (database "tandem-labour-tables"): the
 * labour tables in one record and the industry (county endowment) tables in another beside it, so the matching
 * tab still solves with them after a reload. What is read back is validated before it reaches the worker; a
 * damaged record is reported and left in place (never overwritten unasked).
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { parseImportedLabourTables, type ImportedLabourTable } from '../model/matching/labour-imported';
import { parseImportedIndustryTables, type ImportedIndustryTable } from '../model/matching/industry-imported';

const LABOUR_KEY = 'tables';
const INDUSTRY_KEY = 'industry-tables';

/** Where one kind of table lives: IndexedDB in the app, memory in tests. */
export interface TableRecordStore<T> {
  /** The stored tables, validated; [] when none were ever saved. Throws naming what is wrong. */
  load(): Promise<T[]>;
  save(tables: T[]): Promise<void>;
}

/** Where the labour tables live. */
export type LabourTableStore = TableRecordStore<ImportedLabourTable>;
/** Where the industry tables live. */
export type IndustryTableStore = TableRecordStore<ImportedIndustryTable>;

// One connection per database and page, shared by its records (a connection per call is what leaked in the soak).
const opened = new Map<string, UseStore>();
function opener(dbName: string, storeName: string): () => UseStore {
  const id = `${dbName}/${storeName}`;
  // Opened on first use: a browser without IndexedDB fails the call, not the app start.
  return () => {
    let store = opened.get(id);
    if (!store) {
      store = createStore(dbName, storeName);
      opened.set(id, store);
    }
    return store;
  };
}

function idbRecord<T>(db: () => UseStore, key: string, parse: (json: unknown) => T[]): TableRecordStore<T> {
  return {
    load: async () => {
      const value = await get<unknown>(key, db());
      return value === undefined ? [] : parse(value);
    },
    save: (tables) => set(key, tables, db()),
  };
}

/** A labour table store in IndexedDB. */
export function createIdbLabourTableStore(dbName = 'tandem-labour-tables', storeName = 'tables'): LabourTableStore {
  return idbRecord(opener(dbName, storeName), LABOUR_KEY, (v) => parseImportedLabourTables(v));
}

/** An industry table store in IndexedDB, beside the labour tables. */
export function createIdbIndustryTableStore(dbName = 'tandem-labour-tables', storeName = 'tables'): IndustryTableStore {
  return idbRecord(opener(dbName, storeName), INDUSTRY_KEY, (v) => parseImportedIndustryTables(v));
}

function memoryRecord<T>(parse: (json: unknown) => T[]): TableRecordStore<T> & { value: unknown } {
  const box: TableRecordStore<T> & { value: unknown } = {
    value: undefined,
    load: async () => (box.value === undefined ? [] : parse(structuredClone(box.value))),
    save: async (tables) => {
      box.value = structuredClone(tables);
    },
  };
  return box;
}

/** A memory-backed labour table store with the same behaviour (tests, and browsers without IndexedDB). */
export function createMemoryLabourTableStore(): LabourTableStore & { value: unknown } {
  return memoryRecord((v) => parseImportedLabourTables(v));
}

/** A memory-backed industry table store with the same behaviour. */
export function createMemoryIndustryTableStore(): IndustryTableStore & { value: unknown } {
  return memoryRecord((v) => parseImportedIndustryTables(v));
}
