import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { commitImport, datasetFiles, removeDataset, renameDataset, restoreDatasets, type LibraryDeps } from '../../../src/data/dataset-library';
import { createMemoryDatasetStore, type DatasetStore } from '../../../src/data/dataset-store-idb';
import { bytesSource, runImport } from '../../../src/data/import/run-import';
import type { DatasetEntry } from '../../../src/store/data-slice';
import { createDataSlice, type DataSlice } from '../../../src/store/data-slice';
import { fixtureLookup } from '../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url))));
const importFile = (name: string, bytes: Uint8Array, takenIds: string[] = []) =>
  runImport(bytesSource(name, bytes), { lookup, takenIds, now: () => new Date('2024-05-06T07:08:09Z') });

/** The real data slice on a tiny store, so the library is tested against the actions the app uses. */
function appWith(store: DatasetStore) {
  let state: DataSlice;
  const set = (partial: DataSlice | Partial<DataSlice> | ((s: DataSlice) => DataSlice | Partial<DataSlice>)) => {
    const next = typeof partial === 'function' ? partial(state) : partial;
    state = { ...state, ...next };
  };
  state = (createDataSlice as unknown as (set: unknown, get: unknown, api: unknown) => DataSlice)(set, () => state, {});
  const deps: LibraryDeps = {
    store,
    datasets: () => state.data.datasets,
    add: (e) => state.dataActions.addDataset(e),
    remove: (id) => state.dataActions.removeDataset(id),
    rename: (id, name) => state.dataActions.renameDataset(id, name),
  };
  return { deps, datasets: () => state.data.datasets };
}

const sampleEntry = { id: 'sample', origin: 'shipped', manifest: { id: 'sample' }, loader: {} } as unknown as DatasetEntry;

describe('dataset library', () => {
  let store: ReturnType<typeof createMemoryDatasetStore>;
  let app: ReturnType<typeof appWith>;
  beforeEach(() => {
    store = createMemoryDatasetStore();
    app = appWith(store);
    app.deps.add(sampleEntry);
  });

  it('commits a successful import next to the sample, saves it, and restores it after a "reload"', async () => {
    const result = await importFile('long.tsv', fixture('long.tsv'), ['sample']);
    expect(result.error).toBeNull();
    const outcome = await commitImport(result, app.deps);
    expect(outcome).toMatchObject({ status: 'committed', saved: true });
    const id = (outcome as { id: string }).id;
    expect(app.datasets().map((d) => [d.id, d.origin])).toEqual([['sample', 'shipped'], [id, 'imported']]);
    const entry = app.datasets()[1]!;
    expect(entry.manifest.provenance.fileName).toBe('long.tsv');
    expect(entry.manifest.provenance.mapping).toBeDefined();
    expect(store.records.has(id)).toBe(true);
    expect(datasetFiles(id)).toBe(result.dataset?.files);

    const reloaded = appWith(store);
    reloaded.deps.add(sampleEntry);
    const report = await restoreDatasets(reloaded.deps);
    expect(report.failed).toEqual([]);
    expect(reloaded.datasets().map((d) => d.id)).toEqual(['sample', id]);
    const ind = reloaded.datasets()[1]!.manifest.indicators[0]!;
    const values = await reloaded.datasets()[1]!.loader.loadIndicator(ind.id);
    expect(values.years).toEqual(ind.years);
  });

  it('leaves every existing dataset untouched when an import fails', async () => {
    const first = await commitImport(await importFile('long.tsv', fixture('long.tsv'), ['sample']), app.deps);
    expect(first.status).toBe('committed');
    const before = app.datasets();
    const saved = new Map(store.records);

    const broken = [
      await importFile('broken.csv', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0])),
      await importFile('empty.csv', new Uint8Array()),
      await importFile('nocounty.csv', new TextEncoder().encode('a,b\n1,2\n3,4\n')),
    ];
    for (const result of broken) {
      expect(result.error).not.toBeNull();
      expect(await commitImport(result, app.deps)).toMatchObject({ status: 'rejected' });
    }
    expect(app.datasets()).toBe(before);
    expect(store.records).toEqual(saved);
  });

  it('rejects a dataset whose id is taken, changing nothing', async () => {
    const result = await importFile('long.tsv', fixture('long.tsv'), ['sample']);
    await commitImport(result, app.deps);
    const before = app.datasets();
    expect(await commitImport(result, app.deps)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/already in use/) });
    expect(app.datasets()).toBe(before);
  });

  it('keeps the dataset for the session and says so when the browser cannot save it', async () => {
    const full: DatasetStore = { ...store, save: () => Promise.reject(new Error('QuotaExceededError')) };
    const deps = { ...app.deps, store: full };
    const outcome = await commitImport(await importFile('long.tsv', fixture('long.tsv'), ['sample']), deps);
    expect(outcome).toMatchObject({ status: 'committed', saved: false, saveError: 'QuotaExceededError' });
    expect(app.datasets()).toHaveLength(2);
  });

  it('renames and removes imported datasets in the app and the store, never the sample', async () => {
    const outcome = await commitImport(await importFile('long.tsv', fixture('long.tsv'), ['sample']), app.deps);
    const id = (outcome as { id: string }).id;
    await renameDataset(id, { zh: '水', en: 'Water' }, app.deps);
    expect(app.datasets()[1]?.manifest.name.en).toBe('Water');
    expect((store.records.get(id) as { manifest: { name: { en: string } } }).manifest.name.en).toBe('Water');
    await removeDataset('sample', app.deps);
    await removeDataset(id, app.deps);
    expect(app.datasets().map((d) => d.id)).toEqual(['sample']);
    expect(store.records.size).toBe(0);
  });

  it('rolls a rename back on screen, and says why, when the store fails to write it', async () => {
    const outcome = await commitImport(await importFile('long.tsv', fixture('long.tsv'), ['sample']), app.deps);
    const id = (outcome as { id: string }).id;
    const before = app.datasets()[1]!.manifest.name;
    const failing: DatasetStore = { ...store, rename: () => Promise.reject(new Error('UnknownError: IndexedDB unavailable')) };
    const renamed = await renameDataset(id, { zh: '水', en: 'Water' }, { ...app.deps, store: failing });
    expect(renamed).toEqual({ status: 'rolled_back', error: 'UnknownError: IndexedDB unavailable' });
    expect(app.datasets()[1]?.manifest.name).toEqual(before);
    expect((store.records.get(id) as { manifest: { name: unknown } }).manifest.name).toEqual(before);
  });

  it('never takes a dataset off the screen before the store has deleted it (panes showing it keep it)', async () => {
    const outcome = await commitImport(await importFile('long.tsv', fixture('long.tsv'), ['sample']), app.deps);
    const id = (outcome as { id: string }).id;
    const seen: string[][] = [];
    const watching: LibraryDeps = { ...app.deps, remove: (x) => (seen.push(app.datasets().map((d) => d.id)), app.deps.remove(x)) };
    const failing: DatasetStore = { ...store, remove: () => Promise.reject(new Error('QuotaExceededError')) };
    expect((await removeDataset(id, { ...watching, store: failing })).status).toBe('rolled_back');
    expect(seen).toEqual([]); // the screen never lost it, so no pane fell back to the sample
    expect(await removeDataset(id, watching)).toEqual({ status: 'done' });
    expect(seen).toEqual([['sample', id]]);
  });

  it('brings a removed dataset back on screen, and says why, when the store fails to delete it', async () => {
    const outcome = await commitImport(await importFile('long.tsv', fixture('long.tsv'), ['sample']), app.deps);
    const id = (outcome as { id: string }).id;
    const files = datasetFiles(id);
    const failing: DatasetStore = { ...store, remove: () => Promise.reject(new Error('InvalidStateError')) };
    const removed = await removeDataset(id, { ...app.deps, store: failing });
    expect(removed).toEqual({ status: 'rolled_back', error: 'InvalidStateError' });
    expect(app.datasets().map((d) => d.id)).toEqual(['sample', id]);
    expect(store.records.has(id)).toBe(true); // screen and storage agree: it is still there after a reload
    expect(datasetFiles(id)).toBe(files); // still exportable
    expect(await removeDataset(id, app.deps)).toEqual({ status: 'done' });
    expect(app.datasets().map((d) => d.id)).toEqual(['sample']);
  });
});
