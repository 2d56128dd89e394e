import { describe, expect, it } from 'vitest';
import { importedLabel, layImportedLabourTables, skippedText } from '../../../../src/model/matching/labour-imported';
import { parseLabourData } from '../../../../src/model/matching/matching-data';
import { SKILL_IDS } from '../../../../src/model/matching/skills';

const base = parseLabourData({
  schema: 1, kind: 'sample', label: { zh: '示例数据', en: 'Sample data' }, skills: [...SKILL_IDS],
  groups: ['untrained-local', 'untrained-province', 'untrained-far', 'trained-local', 'trained-province', 'trained-far'],
  counties: ['513221', '520322'],
  supply: Object.fromEntries(SKILL_IDS.map((s) => [s, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]])),
  localDemand: Object.fromEntries(SKILL_IDS.map((s) => [s, { vacancies: [5, 6], wage: [2000, 2100] }])),
  capitals: [], capitalDemand: Object.fromEntries(SKILL_IDS.map((s) => [s, { vacancies: [], wage: [], housing: [], training: [] }])),
  cities: [], cityDemand: Object.fromEntries(SKILL_IDS.map((s) => [s, { vacancies: [], wage: [], housing: [], training: [] }])),
});

describe('imported labour tables laid over the labour data', () => {
  it('applies each table in order, labels the data as the user’s files and counts what each changed', () => {
    const laid = layImportedLabourTables(base, [
      { measure: 'supply', fileName: 'a.csv', rows: [{ county: '520322', skill: '护理', group: 'trained-far', value: 300 }, { county: '520322', skill: '护理', group: 'trained-far', value: 1 }, { county: '330102', skill: '护理', group: 'trained-far', value: 1 }] },
      { measure: 'local-vacancies', fileName: 'b.csv', rows: [{ county: '513221', skill: '建筑', group: '', value: 44 }] },
      { measure: 'supply', fileName: 'c.csv', rows: [{ county: '520322', skill: 'care', group: 'trained-far', value: 7 }] },
    ]);
    expect(laid.ok).toBe(true);
    if (!laid.ok) return;
    expect(laid.data.supply['care']![11]).toBe(7); // the later table wins
    expect(laid.data.localDemand['construction']!.vacancies).toEqual([44, 6]);
    expect(laid.data.label.zh).toBe('用户数据：劳务供给（a.csv）、本地岗位（b.csv）、劳务供给（c.csv）');
    expect(laid.data.label).toEqual(importedLabel([{ measure: 'supply', fileName: 'a.csv', rows: [] }, { measure: 'local-vacancies', fileName: 'b.csv', rows: [] }, { measure: 'supply', fileName: 'c.csv', rows: [] }]));
    expect(laid.checks[0]).toEqual({ fileName: 'a.csv', measure: 'supply', rows: 3, applied: 1, counties: 1, skipped: { duplicate: 1, 'county-not-western': 1 } });
    expect(base.supply['care']![11]).toBe(12);
  });

  it('refuses a table none of whose rows fit, saying why, and changes nothing', () => {
    const laid = layImportedLabourTables(base, [{ measure: 'supply', fileName: '东部.csv', rows: [{ county: '330102', skill: '护理', group: 'trained-far', value: 1 }, { county: null, skill: '护理', group: 'trained-far', value: 1 }, { county: '330106', skill: '护理', group: 'trained-far', value: 2 }] }]);
    expect(laid.ok).toBe(false);
    if (laid.ok) return;
    expect(laid.error.zh).toBe('“东部.csv”中没有可用于劳务供给的行（共 3 行：2 行不是西部县、1 行县未能识别）。原有数据未改变。');
    expect(laid.error.en).toContain('The data in use is unchanged');
    expect(skippedText({ 'value-missing': 1 }).en).toBe('1 row number missing or negative');
  });

  it('with no tables is the data as it was', () => {
    const laid = layImportedLabourTables(base, []);
    expect(laid.ok && laid.data).toBe(base);
  });
});
