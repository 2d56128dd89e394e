import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createIdbDatasetStore,
  loadDatasetFromFiles,
  readSavedDatasets,
  SAVED_DATASET_VERSION,
  type SavedDataset,
} from '../../../src/data/dataset-store-idb';
import { DATASET_SCHEMA_VERSION, type DatasetManifest } from '../../../src/model/indicators/dataset';

let dbCount = 0;
const freshStore = () => createIdbDatasetStore(`test-db-${++dbCount}`);

/** A small valid saved dataset: two counties, one indicator over two years, one numeric attribute. */
function record(id: string, createdAt = '2024-01-01T00:00:00Z'): SavedDataset {
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION,
    id,
    name: { zh: `${id}.csv`, en: `${id}.csv` },
    sample: false,
    provenance: { source: `Imported file ${id}.csv`, createdAt, fileName: `${id}.csv`, mapping: { layout: 'long' } },
    geoVintage: '2016',
    counties: ['130631', '130924'],
    years: [2016, 2017],
    indicators: [
      {
        id: 'tap_water', name: { zh: '自来水普及率', en: 'Tap water' }, definition: { zh: '', en: '' }, unit: 'percent',
        unitLabel: { zh: '%', en: '%' }, theme: 'water', polarity: 'higher_better', years: [2016, 2017], level: 'county',
        aggregation: { method: 'mean' }, source: { zh: '导入', en: 'Imported' }, vintage: '2016–2017', file: 'indicators/tap_water.json',
      },
    ],
    attributes: [{ id: 'exit_year', name: { zh: '摘帽年份', en: 'Exit year' }, kind: 'number', file: 'attributes.json' }],
  };
  return {
    v: SAVED_DATASET_VERSION,
    id,
    manifest,
    files: {
      'indicators/tap_water.json': { schema: 1, indicators: [{ id: 'tap_water', years: [2016, 2017], values: [[81, 70], [86.5, null]] }] },
      'attributes.json': { schema: 1, attributes: [{ id: 'exit_year', values: [2018, null] }] },
    },
    savedAt: '2024-01-01T00:00:00Z',
  };
}

describe('loadDatasetFromFiles', () => {
  it('reads columns from the in-memory files through the shared validating loader', async () => {
    const r = record('mine');
    const loader = await loadDatasetFromFiles(r.manifest, r.files);
    const tap = await loader.loadIndicator('tap_water');
    expect([...tap.byYear.get(2017)!]).toEqual([86.5, Number.NaN]);
    const attrs = await loader.loadAttributes();
    expect(attrs.get('exit_year')?.kind).toBe('number');
  });

  it('fails clearly when a column file is missing', async () => {
    const r = record('mine');
    const loader = await loadDatasetFromFiles(r.manifest, {});
    await expect(loader.loadIndicator('tap_water')).rejects.toThrow(/missing column file indicators\/tap_water.json/);
  });
});

describe('IndexedDB dataset store', () => {
  it('saves, lists, renames and removes records', async () => {
    const store = freshStore();
    await store.save(record('a'));
    await store.save(record('b'));
    expect((await store.list()).map((e) => e.key).sort()).toEqual(['a', 'b']);
    expect(await store.rename('a', { zh: '我的数据', en: 'My data' })).toBe(true);
    expect(await store.rename('zzz', { zh: 'x', en: 'x' })).toBe(false);
    const a = (await store.list()).find((e) => e.key === 'a')?.value as SavedDataset;
    expect(a.manifest.name.zh).toBe('我的数据');
    await store.remove('b');
    expect((await store.list()).map((e) => e.key)).toEqual(['a']);
  });

  it('persists across store instances on the same database (a reload)', async () => {
    const name = `test-db-reload-${++dbCount}`;
    await createIdbDatasetStore(name).save(record('kept'));
    const again = await readSavedDatasets(createIdbDatasetStore(name), new Set(['sample']));
    expect(again.restored.map((r) => r.id)).toEqual(['kept']);
    expect(again.failed).toEqual([]);
  });
});

describe('readSavedDatasets', () => {
  it('restores good records in import order and reports every broken one without throwing', async () => {
    const store = freshStore();
    await store.save(record('late', '2024-03-01T00:00:00Z'));
    await store.save(record('early', '2024-02-01T00:00:00Z'));
    const badColumn = record('badcol');
    badColumn.files['indicators/tap_water.json'] = { schema: 1, indicators: [{ id: 'tap_water', years: [2016, 2017], values: [[1], [2]] }] };
    await store.save(badColumn);
    await store.save({ ...record('oldv'), v: 99 as 1 });
    await store.save({ ...record('sample') }); // an import may never shadow the shipped sample
    const badManifest = record('badman');
    (badManifest.manifest as unknown as Record<string, unknown>).counties = ['12'];
    await store.save(badManifest);

    const report = await readSavedDatasets(store, new Set(['sample']));
    expect(report.restored.map((r) => r.id)).toEqual(['early', 'late']);
    const reasons = Object.fromEntries(report.failed.map((f) => [f.key, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['badcol', 'badman', 'oldv', 'sample']);
    expect(reasons.badcol).toMatch(/expected 2 counties/);
    expect(reasons.badman).toMatch(/6-digit adcode/);
    expect(reasons.oldv).toMatch(/version 99/);
    expect(reasons.sample).toMatch(/reserved/);
  });

  it('reports an unreadable database as one failure', async () => {
    const report = await readSavedDatasets(
      { list: () => Promise.reject(new Error('IndexedDB is disabled')), save: async () => {}, remove: async () => {}, rename: async () => false },
      new Set(),
    );
    expect(report).toEqual({ restored: [], failed: [{ key: '*', reason: 'IndexedDB is disabled' }] });
  });
});

describe('saved-dataset records', () => {
  it('name the record and the path inside it when a manifest or record field is bad', async () => {
    const store = createIdbDatasetStore(`test-db-${++dbCount}`);
    const good = record('good');
    await store.save(good);
    await store.save({ ...record('noid'), id: 5 } as unknown as SavedDataset);
    const badTheme = record('theme');
    await store.save({ ...badTheme, manifest: { ...badTheme.manifest, indicators: [{ ...badTheme.manifest.indicators[0]!, theme: 'weather' as 'water' }] } });
    const report = await readSavedDatasets(store, new Set());
    expect(report.restored.map((r) => r.id)).toEqual(['good']);
    const reasons = Object.fromEntries(report.failed.map((f) => [f.key, f.reason]));
    expect(reasons['5']).toBe('saved dataset 5: id: expected a string, got 5'); // stored under the key 5
    expect(reasons.theme).toMatch(/^saved dataset theme\/manifest\.json: indicators\[0\]\.theme: expected one of "poverty"/);
  });
});
