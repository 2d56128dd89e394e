import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/store/app-store';
import { createMemoryRiskStore } from '../../../src/data/risk-store-idb';
import {
  addRiskEntry,
  addRiskFromWarning,
  deleteRiskEntry,
  ensureRiskRegister,
  exportRiskRegister,
  importRiskFile,
  importRiskRegister,
  setRiskRegisterStore,
  updateRiskEntry,
} from '../../../src/selectors/risk-register-actions';
import { createEmptyRiskDraft, createEmptyRiskRegister } from '../../../src/model/risks/risk-entry';
import { riskRegisterToCsv } from '../../../src/model/risks/risk-files';

let store: ReturnType<typeof createMemoryRiskStore>;

beforeEach(async () => {
  store = createMemoryRiskStore();
  useAppStore.getState().riskActions.setRegister(createEmptyRiskRegister());
  setRiskRegisterStore(store);
  await ensureRiskRegister();
});

describe('risk register actions', () => {
  it('adds, updates and deletes entries, saving each whole register', async () => {
    const added = await addRiskEntry({ ...createEmptyRiskDraft(), title: '债务风险', counties: ['522622'] }, '2026-12-01T00:00:00.000Z');
    if (!('id' in added)) throw new Error(added.error);
    expect((store.value as { entries: unknown[] }).entries).toHaveLength(1);
    expect(await updateRiskEntry(added.id, { ...createEmptyRiskDraft(), title: '债务风险（已约谈）', status: 'watching' }, '2026-12-02T00:00:00.000Z')).toBeNull();
    expect(exportRiskRegister().entries[0]).toMatchObject({ title: '债务风险（已约谈）', status: 'watching', createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-02T00:00:00.000Z' });
    expect(await deleteRiskEntry(added.id)).toBeNull();
    expect(exportRiskRegister().entries).toEqual([]);
  });

  it('reads back what was saved (a reload)', async () => {
    await addRiskFromWarning({ adcodes: ['522622'], title: '监测户上升', indicatorId: 'sample:monitored_households', description: '', year: 2024 });
    useAppStore.getState().riskActions.setRegister(createEmptyRiskRegister());
    setRiskRegisterStore(store);
    await ensureRiskRegister();
    expect(useAppStore.getState().risks.register.entries.map((e) => e.title)).toEqual(['监测户上升']);
  });

  it('changes nothing on a bad file or project-file register, and says why', async () => {
    await addRiskEntry({ ...createEmptyRiskDraft(), title: 'keep me' });
    const before = exportRiskRegister();
    const saved = structuredClone(store.value);
    const bad = riskRegisterToCsv({ ...before, entries: [{ ...before.entries[0]!, id: 'x2' }] }).replace(',open,', ',lost,');
    expect(await importRiskFile(bad, 'bad.csv')).toMatchObject({ error: expect.stringMatching(/bad\.csv: row 2\.status/) });
    expect(await importRiskFile('{"v":1,"categories":[],"entries":[{}]}', 'bad.json')).toMatchObject({ error: expect.stringMatching(/bad\.json: entries\[0\]/) });
    expect(await importRiskRegister({ v: 2 })).toMatch(/expected register version 1/);
    expect(exportRiskRegister()).toEqual(before);
    expect(store.value).toEqual(saved);
  });

  it('imports a good file, replacing entries with the same id', async () => {
    await addRiskEntry({ ...createEmptyRiskDraft(), title: 'old' });
    const reg = exportRiskRegister();
    const edited = riskRegisterToCsv({ ...reg, entries: [{ ...reg.entries[0]!, title: 'new' }] });
    expect(await importRiskFile(edited, 'r.csv')).toEqual({ count: 1 });
    expect(exportRiskRegister().entries.map((e) => e.title)).toEqual(['new']);
    expect(await importRiskRegister(createEmptyRiskRegister())).toBeNull();
    expect(exportRiskRegister().entries).toEqual([]);
  });
});
