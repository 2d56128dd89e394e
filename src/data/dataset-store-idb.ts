/**
 * Imported datasets kept in this browser's IndexedDB (one record per dataset: manifest + column files), so they
 * survive a reload. Records are read back through the same validating loader as shipped datasets; a broken
 * record is reported and skipped, never passed to the app.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import type { DatasetManifest, LocalText } from '../model/indicators/dataset';
import { parseWithSchema } from '../lib/parse-with-schema';
import { loadDataset, type DatasetLoader } from './dataset-loader';

/** Version of the saved record shape (the manifest carries its own schema version). */
export const SAVED_DATASET_VERSION = 1;

/**
 * The record around a saved dataset. The manifest and column files inside it are validated by the dataset loader
 * (the same schemas as shipped datasets), so here they are only required to be present.
 */
const savedRecordSchema = v.object({
  v: v.literal(SAVED_DATASET_VERSION, (issue) => `expected saved-dataset version ${SAVED_DATASET_VERSION}, got version ${issue.received}`),
  id: v.string(),
  manifest: v.unknown(),
  /** Column files by manifest-relative path ("indicators/tap_water.json", "attributes.json"). */
  files: v.record(v.string(), v.unknown()),
  /** ISO time of the save (older records may lack it). */
  savedAt: v.optional(v.string(), ''),
});

/** One saved dataset: what the import built, as plain structured-cloneable data. */
export type SavedDataset = Omit<v.InferOutput<typeof savedRecordSchema>, 'manifest'> & { manifest: DatasetManifest };

/** What `rename` needs of a stored value (anything else in it is kept as it is). */
const renamableSchema = v.looseObject({ manifest: v.looseObject({}) });

/** Where saved datasets live: IndexedDB in the app, a Map in tests. */
export interface DatasetStore {
  /** Every stored record with its key, unvalidated. */
  list(): Promise<{ key: string; value: unknown }[]>;
  save(record: SavedDataset): Promise<void>;
  remove(id: string): Promise<void>;
  /** Changes the stored display name; resolves false when no record has this id. */
  rename(id: string, name: LocalText): Promise<boolean>;
}

/** A dataset store in IndexedDB (database "tandem-datasets", object store "datasets"). */
export function createIdbDatasetStore(dbName = 'tandem-datasets', storeName = 'datasets'): DatasetStore {
  let store: UseStore | null = null;
  // Opened on first use: a browser without IndexedDB (some private modes) fails the call, not the app start.
  const db = (): UseStore => (store ??= createStore(dbName, storeName));
  return {
    list: async () => (await entries<IDBValidKey, unknown>(db())).map(([key, value]) => ({ key: String(key), value })),
    save: (record) => set(record.id, record, db()),
    remove: (id) => del(id, db()),
    rename: async (id, name) => {
      const value = await get<unknown>(id, db());
      if (!v.is(renamableSchema, value)) return false;
      await set(id, { ...value, manifest: { ...value.manifest, name } }, db());
      return true;
    },
  };
}

const MANIFEST_PATH = 'manifest.json';

/**
 * A loader over column files held in memory: the shared loader with a `fetchJson` that reads the files map, so
 * imported and shipped datasets are validated by the same code.
 */
export function loadDatasetFromFiles(
  manifest: unknown,
  files: Readonly<Record<string, unknown>>,
  label = 'dataset',
): Promise<DatasetLoader> {
  return loadDataset(
    MANIFEST_PATH,
    async (path) => {
      if (path === MANIFEST_PATH) return manifest;
      if (!Object.prototype.hasOwnProperty.call(files, path)) throw new Error(`${label}: missing column file ${path}`);
      return files[path];
    },
    (path) => `${label}/${path}`,
  );
}

/** Loads every column once, so a damaged record fails here rather than later on the map. */
async function loadAll(loader: DatasetLoader): Promise<void> {
  for (const ind of loader.manifest.indicators) await loader.loadIndicator(ind.id);
  if (loader.manifest.attributes.length > 0) await loader.loadAttributes();
}

/** Validates a stored value and returns its loader with every column checked; throws with the reason. */
export async function openSavedDataset(value: unknown, label = 'saved dataset'): Promise<{ record: SavedDataset; loader: DatasetLoader }> {
  const saved = parseWithSchema(savedRecordSchema, value, label);
  const loader = await loadDatasetFromFiles(saved.manifest, saved.files, label);
  if (loader.manifest.id !== saved.id) throw new Error(`${label}: manifest id ${loader.manifest.id} differs from record id ${saved.id}`);
  await loadAll(loader);
  return { record: { ...saved, manifest: loader.manifest }, loader };
}

/** The outcome of a restore: datasets brought back and records skipped with the reason. */
export interface RestoreReport {
  restored: { id: string; manifest: DatasetManifest; loader: DatasetLoader; files: Record<string, unknown> }[];
  failed: { key: string; reason: string }[];
}

/** Reads every saved dataset; ids in `reserved` (shipped datasets) are skipped as failures. Never throws. */
export async function readSavedDatasets(store: DatasetStore, reserved: ReadonlySet<string>): Promise<RestoreReport> {
  const report: RestoreReport = { restored: [], failed: [] };
  let list: { key: string; value: unknown }[];
  try {
    list = await store.list();
  } catch (error) {
    report.failed.push({ key: '*', reason: error instanceof Error ? error.message : String(error) });
    return report;
  }
  for (const { key, value } of list) {
    try {
      const { record, loader } = await openSavedDataset(value, `saved dataset ${key}`);
      if (record.id !== key) throw new Error(`stored under key ${key}`);
      if (reserved.has(record.id)) throw new Error(`id ${record.id} is reserved`);
      report.restored.push({ id: record.id, manifest: loader.manifest, loader, files: record.files });
    } catch (error) {
      report.failed.push({ key, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  report.restored.sort((a, b) => a.manifest.provenance.createdAt.localeCompare(b.manifest.provenance.createdAt));
  return report;
}

/** A Map-backed store with the same behaviour (tests, and browsers without IndexedDB). */
export function createMemoryDatasetStore(): DatasetStore & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  return {
    records,
    list: async () => [...records].map(([key, value]) => ({ key, value: structuredClone(value) })),
    save: async (record) => void records.set(record.id, structuredClone(record)),
    remove: async (id) => void records.delete(id),
    rename: async (id, name) => {
      const value = records.get(id);
      if (!v.is(renamableSchema, value)) return false;
      records.set(id, { ...value, manifest: { ...value.manifest, name } });
      return true;
    },
  };
}
