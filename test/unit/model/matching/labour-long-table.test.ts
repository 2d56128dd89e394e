import { describe, expect, it } from 'vitest';
import { applyLabourLongTable, groupOfCell, skillOfCell } from '../../../../src/model/matching/labour-long-table';
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
const label = { zh: '我的劳务表', en: 'My labour table' };

describe('labour long tables', () => {
  it('reads skill and group cells as ids, Chinese or English names', () => {
    expect(skillOfCell('建筑')).toBe('construction');
    expect(skillOfCell(' E-commerce ')).toBe('ecommerce_logistics');
    expect(skillOfCell('agri_processing')).toBe('agri_processing');
    expect(skillOfCell('渔业')).toBeNull();
    expect(groupOfCell('已培训-愿赴东部')).toBe(5);
    expect(groupOfCell('untrained-local')).toBe(0);
    expect(groupOfCell('其他')).toBeNull();
  });

  it('replaces the supply of the rows’ counties and skills, keeps the rest, and reports every unused row by reason', () => {
    const r = applyLabourLongTable(base, [
      { county: '520322', skill: '护理', group: '已培训-愿赴东部', value: 300 },
      { county: '520322', skill: 'care', group: 'trained-far', value: 999 },
      { county: null, skill: '护理', group: '已培训-省内', value: 1 },
      { county: '330102', skill: '护理', group: '已培训-省内', value: 1 },
      { county: '513221', skill: '渔业', group: '已培训-省内', value: 1 },
      { county: '513221', skill: '建筑', group: '其他', value: 1 },
      { county: '513221', skill: '建筑', group: '未培训-省内', value: null },
    ], 'supply', label);
    expect(r.applied).toBe(1);
    expect(r.data.kind).toBe('real');
    expect(r.data.label).toEqual(label);
    expect(r.data.supply['care']).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 300]);
    expect(r.data.supply['construction']).toEqual(base.supply['construction']);
    expect(base.supply['care']![11]).toBe(12);
    expect(r.skipped.map((s) => s.reason)).toEqual(['duplicate', 'county-unmatched', 'county-not-western', 'skill-unknown', 'group-unknown', 'value-missing']);
  });

  it('replaces local vacancies, and a table that applies nothing leaves the sample as it was', () => {
    const r = applyLabourLongTable(base, [{ county: '513221', skill: 'services', group: '', value: 40 }], 'local-vacancies', label);
    expect(r.data.localDemand['services']!.vacancies).toEqual([40, 6]);
    expect(r.data.localDemand['care']!.vacancies).toEqual([5, 6]);
    const none = applyLabourLongTable(base, [{ county: null, skill: 'services', group: '', value: 40 }], 'local-vacancies', label);
    expect(none.applied).toBe(0);
    expect(none.data).toBe(base);
  });
});
