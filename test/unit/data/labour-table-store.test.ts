import { describe, expect, it } from 'vitest';
import { createMemoryIndustryTableStore, createMemoryLabourTableStore } from '../../../src/data/labour-table-store-idb';
import type { ImportedIndustryTable } from '../../../src/model/matching/industry-imported';
import type { ImportedLabourTable } from '../../../src/model/matching/labour-imported';

const tables: ImportedLabourTable[] = [{ measure: 'supply', fileName: '劳务.csv', rows: [{ county: '520322', skill: '护理', group: 'trained-far', value: 300 }, { county: null, skill: '建筑', group: '', value: null }] }];

describe('the labour tables kept in this browser', () => {
  it('reads back what was saved, and nothing when nothing was', async () => {
    const store = createMemoryLabourTableStore();
    expect(await store.load()).toEqual([]);
    await store.save(tables);
    expect(await store.load()).toEqual(tables);
  });

  it('refuses a damaged record with the path that is wrong, leaving it in place', async () => {
    const store = createMemoryLabourTableStore();
    store.value = [{ measure: 'supply', fileName: 'x.csv', rows: [{ county: 5, skill: '建筑', group: '', value: 1 }] }];
    await expect(store.load()).rejects.toThrow(/saved labour tables: \[0\]\.rows\[0\]\.county/);
    expect(store.value).not.toBeUndefined();
  });
});

describe('the industry tables kept beside them', () => {
  it('reads back what was saved, and refuses a damaged record naming the path', async () => {
    const store = createMemoryIndustryTableStore();
    expect(await store.load()).toEqual([]);
    const industry: ImportedIndustryTable[] = [{ measure: 'county-measures', fileName: '园区.csv', rows: [{ county: '520322', key: '园区面积', value: 120 }] }];
    await store.save(industry);
    expect(await store.load()).toEqual(industry);
    store.value = [{ measure: 'endowment', fileName: 'x.csv', rows: [{ county: '520322', key: 7, value: 1 }] }];
    await expect(store.load()).rejects.toThrow(/saved industry tables: \[0\]\.rows\[0\]\.key/);
  });
});
