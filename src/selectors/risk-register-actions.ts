/**
 * The register's named actions: load once from IndexedDB, add / update / delete an entry, add a category, import
 * a file, and the project-file hooks `exportRiskRegister` / `importRiskRegister`. Each builds the whole next
 * register, validates it, saves it, and only then puts it in the store: a bad edit or file changes nothing.
 */
import { useAppStore } from '../store/app-store';
import { createIdbRiskStore, requestPersistentStorage, type RiskRegisterStore } from '../data/risk-store-idb';
import { mergeRiskRegisters, parseRiskRegister, riskRegisterFromCsv, riskRegisterFromJson } from '../model/risks/risk-files';
import { riskEntryFromWarning, type RiskCategory, type RiskDraft, type RiskEntry, type RiskRegister, type WarningLike } from '../model/risks/risk-entry';

let store: RiskRegisterStore = createIdbRiskStore();
let loading: Promise<void> | null = null;

/** Replaces the register store (tests). */
export function setRiskRegisterStore(next: RiskRegisterStore): void {
  store = next;
  loading = null;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Loads the stored register once (and asks for persistent storage); later calls return the same promise. */
export function ensureRiskRegister(): Promise<void> {
  if (loading) return loading;
  const { riskActions } = useAppStore.getState();
  riskActions.setLoading();
  loading = store.load().then(
    (register) => {
      if (register) useAppStore.getState().riskActions.setRegister(register);
      else useAppStore.getState().riskActions.setRegister(useAppStore.getState().risks.register);
      void requestPersistentStorage().then((p) => useAppStore.getState().riskActions.setPersisted(p));
    },
    (error: unknown) => useAppStore.getState().riskActions.setError(message(error)),
  );
  return loading;
}

/** Validates, saves and publishes a whole register; resolves the error message, or null on success. */
async function commit(next: unknown): Promise<string | null> {
  let register: RiskRegister;
  try {
    register = parseRiskRegister(next, 'risk register');
  } catch (error) {
    return message(error);
  }
  try {
    await store.save(register);
  } catch (error) {
    return `IndexedDB: ${message(error)}`;
  }
  useAppStore.getState().riskActions.setRegister(register);
  return null;
}

/** A fresh entry id (time + randomness; unique enough for one office's register). */
export function newRiskId(): string {
  const rand = typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `r${Date.now().toString(36)}${rand}`;
}

/** Adds an entry from a checked draft; resolves the new id, or an error. */
export async function addRiskEntry(draft: RiskDraft, now = new Date().toISOString()): Promise<{ id: string } | { error: string }> {
  const current = useAppStore.getState().risks.register;
  const entry: RiskEntry = { ...draft, id: newRiskId(), createdAt: now, updatedAt: now };
  const error = await commit({ ...current, entries: [...current.entries, entry] });
  return error === null ? { id: entry.id } : { error };
}

/** Replaces an entry's fields with a checked draft. */
export async function updateRiskEntry(id: string, draft: RiskDraft, now = new Date().toISOString()): Promise<string | null> {
  const current = useAppStore.getState().risks.register;
  return commit({ ...current, entries: current.entries.map((e) => (e.id === id ? { ...e, ...draft, id, updatedAt: now } : e)) });
}

/** Deletes an entry. */
export async function deleteRiskEntry(id: string): Promise<string | null> {
  const current = useAppStore.getState().risks.register;
  return commit({ ...current, entries: current.entries.filter((e) => e.id !== id) });
}

/** Adds (or renames) an office category. */
export async function addRiskCategory(category: RiskCategory): Promise<string | null> {
  const current = useAppStore.getState().risks.register;
  return commit({ ...current, categories: [...current.categories.filter((c) => c.id !== category.id), category] });
}

/** Turns a monitoring warning into an entry in one step (the monitoring tab's button calls this). */
export async function addRiskFromWarning(warning: WarningLike): Promise<{ id: string } | { error: string }> {
  const entry = riskEntryFromWarning(warning, { id: newRiskId(), now: new Date().toISOString() });
  const current = useAppStore.getState().risks.register;
  const error = await commit({ ...current, entries: [...current.entries, entry] });
  return error === null ? { id: entry.id } : { error };
}

/** Imports a JSON or CSV file's text, merged into the register (same ids replaced); nothing changes on error. */
export async function importRiskFile(text: string, fileName: string): Promise<{ count: number } | { error: string }> {
  try {
    const imported = /\.csv$/i.test(fileName) ? riskRegisterFromCsv(text, fileName) : riskRegisterFromJson(text, fileName);
    const error = await commit(mergeRiskRegisters(useAppStore.getState().risks.register, imported));
    return error === null ? { count: imported.entries.length } : { error };
  } catch (error) {
    return { error: message(error) };
  }
}

/** The register for the project file: a plain, JSON-safe copy. */
export function exportRiskRegister(): RiskRegister {
  return structuredClone(useAppStore.getState().risks.register);
}

/** Replaces the register from a project file's (parsed) JSON, validated; resolves null or what is wrong. */
export function importRiskRegister(json: unknown): Promise<string | null> {
  return commit(json);
}
