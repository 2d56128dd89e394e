/**
 * The risk register kept in this browser's IndexedDB (database "tandem-risks", one record), beside the user's
 * imported datasets, so it survives a reload. What is read back is validated by the register schema before it
 * reaches the app; a damaged record is reported and left in place (never overwritten by an empty register).
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { parseRiskRegister } from '../model/risks/risk-files';
import type { RiskRegister } from '../model/risks/risk-entry';

const RECORD_KEY = 'register';

/** Where the register lives: IndexedDB in the app, memory in tests. */
export interface RiskRegisterStore {
  /** The stored register, validated; null when none was ever saved. Throws naming what is wrong. */
  load(): Promise<RiskRegister | null>;
  save(register: RiskRegister): Promise<void>;
}

/** A register store in IndexedDB. */
export function createIdbRiskStore(dbName = 'tandem-risks', storeName = 'register'): RiskRegisterStore {
  let store: UseStore | null = null;
  // Opened on first use: a browser without IndexedDB fails the call, not the app start.
  const db = (): UseStore => (store ??= createStore(dbName, storeName));
  return {
    load: async () => {
      const value = await get<unknown>(RECORD_KEY, db());
      return value === undefined ? null : parseRiskRegister(value, 'saved risk register');
    },
    save: (register) => set(RECORD_KEY, register, db()),
  };
}

/** A memory-backed store with the same behaviour (tests, and browsers without IndexedDB). */
export function createMemoryRiskStore(): RiskRegisterStore & { value: unknown } {
  const box: RiskRegisterStore & { value: unknown } = {
    value: undefined,
    load: async () => (box.value === undefined ? null : parseRiskRegister(structuredClone(box.value), 'saved risk register')),
    save: async (register) => {
      box.value = structuredClone(register);
    },
  };
  return box;
}

/**
 * Asks the browser to keep this origin's storage under pressure (navigator.storage.persist). Resolves whether it
 * is persisted; false where the API is missing or the browser declines (the data is still stored, just evictable).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return false;
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
