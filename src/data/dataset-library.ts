/**
 * The user's own datasets as one small service over the data slice and the saved-dataset store: commit an import
 * (only a successful one, only after the user confirms), restore saved ones at start-up, rename, remove. Every
 * operation adds or changes exactly one dataset; a failed one changes nothing.
 */
import type { DatasetEntry } from '../model/indicators/dataset-entry';
import type { LocalText } from '../model/indicators/dataset';
import type { ImportResult } from './import/run-import';
import {
  loadDatasetFromFiles,
  readSavedDatasets,
  SAVED_DATASET_VERSION,
  type DatasetStore,
  type RestoreReport,
} from './dataset-store-idb';

/** What the library needs from the app: the store of saved records and the data slice's actions. */
export interface LibraryDeps {
  store: DatasetStore;
  datasets: () => readonly DatasetEntry[];
  add: (entry: DatasetEntry) => void;
  remove: (id: string) => void;
  rename: (id: string, name: LocalText) => void;
  now?: () => Date;
}

/** Result of a commit: rejected (nothing changed) or committed, saved in the browser or only for this session. */
export type CommitOutcome =
  | { status: 'rejected'; reason: string }
  | { status: 'committed'; id: string; saved: true }
  | { status: 'committed'; id: string; saved: false; saveError: string };

// Raw column files of this session's imported datasets, for exact re-export (loaders hold Float32 values).
const filesById = new Map<string, Readonly<Record<string, unknown>>>();

/** The raw column files of an imported dataset known this session, or undefined. */
export function datasetFiles(id: string): Readonly<Record<string, unknown>> | undefined {
  return filesById.get(id);
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Adds an import's dataset to the app and saves it; a failed or dataset-less result is rejected untouched. */
export async function commitImport(result: ImportResult, deps: LibraryDeps): Promise<CommitOutcome> {
  const built = result.dataset;
  if (!result.ok || result.error || !built) return { status: 'rejected', reason: result.error?.code ?? 'no dataset' };
  const id = built.manifest.id;
  if (deps.datasets().some((d) => d.id === id)) return { status: 'rejected', reason: `dataset id ${id} is already in use` };
  let loader;
  try {
    loader = await loadDatasetFromFiles(built.manifest, built.files);
  } catch (error) {
    return { status: 'rejected', reason: message(error) };
  }
  const savedAt = (deps.now?.() ?? new Date()).toISOString();
  let saveError: string | null = null;
  try {
    await deps.store.save({ v: SAVED_DATASET_VERSION, id, manifest: loader.manifest, files: built.files, savedAt });
  } catch (error) {
    // Quota or private mode: the dataset still works for this session; the caller tells the user it is not kept.
    saveError = message(error);
  }
  filesById.set(id, built.files);
  deps.add({ id, manifest: loader.manifest, loader, origin: 'imported' });
  return saveError === null ? { status: 'committed', id, saved: true } : { status: 'committed', id, saved: false, saveError };
}

/** Brings saved datasets back into the app (ids already present are left alone); reports skipped records. */
export async function restoreDatasets(deps: LibraryDeps): Promise<RestoreReport> {
  const present = new Set(deps.datasets().map((d) => d.id));
  const report = await readSavedDatasets(deps.store, present);
  for (const r of report.restored) {
    filesById.set(r.id, r.files);
    deps.add({ id: r.id, manifest: r.manifest, loader: r.loader, origin: 'imported' });
  }
  return report;
}

/** What a rename or remove did: done (screen and storage agree), or rolled back with the storage error. */
export type StorageOutcome = { status: 'done' } | { status: 'skipped' } | { status: 'rolled_back'; error: string };

/**
 * Renames an imported dataset on screen at once, then in the store; when the store write fails the old name comes
 * back on screen and the outcome says why (the caller shows a notice), so screen and storage never disagree.
 */
export async function renameDataset(id: string, name: LocalText, deps: LibraryDeps): Promise<StorageOutcome> {
  const entry = deps.datasets().find((d) => d.id === id);
  if (!entry || entry.origin !== 'imported') return { status: 'skipped' };
  const before = entry.manifest.name;
  deps.rename(id, name);
  try {
    await deps.store.rename(id, name);
    return { status: 'done' };
  } catch (error) {
    deps.rename(id, before);
    return { status: 'rolled_back', error: message(error) };
  }
}

/**
 * Removes an imported dataset from the store, then from the screen; when the store delete fails nothing on screen
 * changes (it would otherwise return after a reload) and the outcome says why. Shipped datasets are never removed.
 * Storage first: taking the dataset off the screen first would make every pane showing it fall back to the sample
 * (app/dataset-boot.ts), which re-adding the entry could not undo.
 */
export async function removeDataset(id: string, deps: LibraryDeps): Promise<StorageOutcome> {
  const entry = deps.datasets().find((d) => d.id === id);
  if (!entry || entry.origin !== 'imported') return { status: 'skipped' };
  try {
    await deps.store.remove(id);
  } catch (error) {
    return { status: 'rolled_back', error: message(error) };
  }
  deps.remove(id);
  filesById.delete(id);
  return { status: 'done' };
}

/**
 * Adds a dataset that arrives complete (from a project file: manifest and column files already validated by
 * `openSavedDataset`) and saves it, as `commitImport` does for an import; an id already in use is rejected.
 */
export async function commitSavedDataset(
  manifest: DatasetEntry['manifest'],
  files: Readonly<Record<string, unknown>>,
  deps: LibraryDeps,
): Promise<CommitOutcome> {
  const id = manifest.id;
  if (deps.datasets().some((d) => d.id === id)) return { status: 'rejected', reason: `dataset id ${id} is already in use` };
  let loader;
  try {
    loader = await loadDatasetFromFiles(manifest, files);
  } catch (error) {
    return { status: 'rejected', reason: message(error) };
  }
  let saveError: string | null = null;
  try {
    await deps.store.save({ v: SAVED_DATASET_VERSION, id, manifest: loader.manifest, files: { ...files }, savedAt: (deps.now?.() ?? new Date()).toISOString() });
  } catch (error) {
    saveError = message(error);
  }
  filesById.set(id, files);
  deps.add({ id, manifest: loader.manifest, loader, origin: 'imported' });
  return saveError === null ? { status: 'committed', id, saved: true } : { status: 'committed', id, saved: false, saveError };
}
