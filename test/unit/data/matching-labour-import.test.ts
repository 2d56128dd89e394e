import { describe, expect, it } from 'vitest';
import { commitLabourTable, withLabourTable, type LabourImportDeps } from '../../../src/data/matching-labour-import';
import type { LabourLongTable } from '../../../src/data/import/labour-long-rows';
import type { ImportedLabourTable, LabourTableCheck } from '../../../src/model/matching/labour-imported';

const table: LabourLongTable = {
  measure: 'supply', fileName: 'a.csv', columns: { skill: '技能', group: '组', value: '人数' },
  rows: [{ line: 2, county: '520322', skill: '护理', group: 'trained-far', value: 300 }],
};
const check = (fileName: string): LabourTableCheck => ({ fileName, measure: 'supply', rows: 1, applied: 1, counties: 1, skipped: {} });

function deps(answer: Awaited<ReturnType<LabourImportDeps['check']>>, current: ImportedLabourTable[] = [], saveFails = false) {
  const used: ImportedLabourTable[][] = [];
  const checked: ImportedLabourTable[][] = [];
  const saved: ImportedLabourTable[][] = [];
  const d: LabourImportDeps = {
    current: () => current,
    check: (tables) => {
      checked.push(tables);
      return Promise.resolve(answer);
    },
    save: (tables) => {
      if (saveFails) return Promise.reject(new Error('quota exceeded'));
      saved.push(tables);
      return Promise.resolve();
    },
    use: (tables) => used.push(tables),
  };
  return { d, used, checked, saved };
}

describe('committing an imported labour table to the matching worker', () => {
  it('checks the tables in use plus the new one and, when they fit, puts them into use', async () => {
    const old: ImportedLabourTable = { measure: 'local-vacancies', fileName: 'v.csv', rows: [] };
    const { d, used, checked, saved } = deps({ ok: true, value: { kind: 'check-labour', ok: true, checks: [check('v.csv'), check('a.csv')], error: null } }, [old]);
    const outcome = await commitLabourTable(table, d);
    expect(outcome).toEqual({ ok: true, check: check('a.csv'), saveError: null });
    const expected = [old, { measure: 'supply', fileName: 'a.csv', rows: [{ county: '520322', skill: '护理', group: 'trained-far', value: 300 }] }];
    expect(checked).toEqual([expected]);
    expect(saved).toEqual([expected]);
    expect(used).toEqual([expected]);
  });

  it('uses a table that fits even when this browser cannot keep it, and says why', async () => {
    const { d, used } = deps({ ok: true, value: { kind: 'check-labour', ok: true, checks: [check('a.csv')], error: null } }, [], true);
    expect(await commitLabourTable(table, d)).toEqual({ ok: true, check: check('a.csv'), saveError: 'quota exceeded' });
    expect(used).toHaveLength(1);
  });

  it('leaves the data in use alone when the worker refuses the table or cannot check it', async () => {
    const error = { zh: '没有可用的行', en: 'No row fits' };
    const refused = deps({ ok: true, value: { kind: 'check-labour', ok: false, checks: [check('a.csv')], error } });
    expect(await commitLabourTable(table, refused.d)).toEqual({ ok: false, error });
    expect(refused.used).toEqual([]);
    expect(refused.saved).toEqual([]);
    const crashed = deps({ ok: false, error: { kind: 'crashed', message: 'out of memory' } });
    const outcome = await commitLabourTable(table, crashed.d);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.en).toBe('The table could not be checked: out of memory');
    expect(crashed.used).toEqual([]);
  });

  it('a file imported again for the same measure replaces its earlier self, at the end', () => {
    const a1: ImportedLabourTable = { measure: 'supply', fileName: 'a.csv', rows: [] };
    const b: ImportedLabourTable = { measure: 'local-vacancies', fileName: 'a.csv', rows: [] };
    const a2: ImportedLabourTable = { measure: 'supply', fileName: 'a.csv', rows: [{ county: null, skill: '', group: '', value: 1 }] };
    expect(withLabourTable([a1, b], a2)).toEqual([b, a2]);
  });
});
