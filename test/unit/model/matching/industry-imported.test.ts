import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { createHighsSolver } from '../../../../src/lib/highs-lp-solver';
import type { LpSolver } from '../../../../src/lib/lp-solver';
import { parseIndustryData } from '../../../../src/model/matching/matching-data';
import { createPartnerLinks } from '../../../../src/model/matching/partner-links';
import { buildIndustryProblem, DEFAULT_INDUSTRY_SCENARIO, solveIndustryPlan } from '../../../../src/model/matching/industry-plan';
import { importedIndustryLabel, layImportedIndustryTables, parseImportedIndustryTables } from '../../../../src/model/matching/industry-imported';
import { countyMeasureOfCell, noneOfCell, sectorOfCell } from '../../../../src/model/matching/industry-long-table';
import { SECTOR_IDS } from '../../../../src/model/matching/skills';

let solver: LpSolver;
beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
});

// The sample of industry-plan.test.ts: two counties with 10 ha of park land, two textile firms of 100 jobs and
// 8 ha each that need an expressway; textiles fit A 100 and B 50, both 10 minutes from an expressway. With the
// default weights (no labour data, no partners) fit = 0.5·endowment/100 + 0.15·(1 − minutes/120).
const base = parseIndustryData({
  schema: 1, kind: 'sample', label: { zh: '示例数据', en: 'Sample data' }, sectors: [...SECTOR_IDS], counties: ['510101', '510102'],
  endowment: Object.fromEntries(SECTOR_IDS.map((s) => [s, s === 'textiles' ? [100, 50] : [0, 0]])),
  parkHa: [10, 10], expresswayMinutes: [10, 10],
  enterprises: [
    { id: 'E1', city: '330100', sector: 'textiles', jobs: 100, landHa: 8, needsExpressway: true, needsResource: false },
    { id: 'E2', city: '330100', sector: 'textiles', jobs: 100, landHa: 8, needsExpressway: true, needsResource: false },
  ],
});
const links = createPartnerLinks([], { counties: [] }, 2021);
const scenario = { ...DEFAULT_INDUSTRY_SCENARIO, reach: 'any' as const };

describe('sector and measure cells', () => {
  it('reads ids, Chinese and English names, units in brackets ignored', () => {
    expect(sectorOfCell('纺织服装')).toBe('textiles');
    expect(sectorOfCell(' Food Processing ')).toBe('food_processing');
    expect(sectorOfCell('渔业')).toBeNull();
    expect(countyMeasureOfCell('园区面积（公顷）')).toBe('park-ha');
    expect(countyMeasureOfCell('Expressway minutes (min)')).toBe('expressway-minutes');
    expect(countyMeasureOfCell('park-ha')).toBe('park-ha');
    expect(countyMeasureOfCell('人口')).toBeNull();
    expect(noneOfCell('无高速')).toBe(true);
    expect(noneOfCell(' No  Expressway ')).toBe(true);
    expect(noneOfCell('')).toBe(false);
    expect(noneOfCell('n/a')).toBe(false); // unknown, not "none"
  });
});

describe('imported industry tables laid over the industry data', () => {
  it('replaces what the rows name, keeps the rest sample, labels the data and counts what each table changed', () => {
    const laid = layImportedIndustryTables(base, [
      { measure: 'endowment', fileName: '禀赋.csv', rows: [
        { county: '510102', key: '纺织', value: 100 },
        { county: '510102', key: 'textiles', value: 20 }, // the same county and sector again
        { county: '330102', key: '纺织', value: 90 }, // an eastern county
        { county: '510101', key: '渔业', value: 50 },
        { county: '510101', key: '旅游', value: 130 }, // not a 0–100 score
        { county: null, key: '纺织', value: 70 },
      ] },
      { measure: 'county-measures', fileName: '园区.csv', rows: [
        { county: '510102', key: '园区面积', value: 16 },
        { county: '510101', key: '高速公路（分钟）', value: -3 },
        { county: '510101', key: '人口', value: 3 },
      ] },
    ]);
    expect(laid.ok).toBe(true);
    if (!laid.ok) return;
    expect(laid.data.endowment['textiles']).toEqual([100, 100]);
    expect(laid.data.endowment['tourism']).toEqual([0, 0]);
    expect(laid.data.parkHa).toEqual([10, 16]);
    expect(laid.data.expresswayMinutes).toEqual([10, 10]);
    expect(laid.data.enterprises).toBe(base.enterprises);
    expect(laid.data.kind).toBe('real');
    expect(laid.data.label).toEqual(importedIndustryLabel([{ measure: 'endowment', fileName: '禀赋.csv', rows: [] }, { measure: 'county-measures', fileName: '园区.csv', rows: [] }]));
    expect(laid.data.label.zh).toBe('用户数据：县域产业禀赋（禀赋.csv）、园区面积与高速通达（园区.csv）');
    expect(laid.checks).toEqual([
      { fileName: '禀赋.csv', measure: 'endowment', rows: 6, applied: 1, counties: 1, skipped: { duplicate: 1, 'county-not-western': 1, 'sector-unknown': 1, 'value-out-of-range': 1, 'county-unmatched': 1 } },
      { fileName: '园区.csv', measure: 'county-measures', rows: 3, applied: 1, counties: 1, skipped: { 'value-out-of-range': 1, 'measure-unknown': 1 } },
    ]);
    // The sample it was laid over is untouched.
    expect(base.endowment['textiles']).toEqual([100, 50]);
    expect(base.parkHa).toEqual([10, 10]);
  });

  it('changes the industry plan by hand: B fitting textiles fully makes both firms worth 63.75 (MIP 127.5, was 102.5)', () => {
    const before = solveIndustryPlan(base, null, links, scenario, solver);
    expect(before.objective).toBeCloseTo(102.5, 6);
    const laid = layImportedIndustryTables(base, [{ measure: 'endowment', fileName: 'b.csv', rows: [{ county: '510102', key: '纺织', value: 100 }] }]);
    if (!laid.ok) throw new Error(laid.error.en);
    const problem = buildIndustryProblem(laid.data, null, links, scenario);
    expect(problem.pairFit.map((f) => f.fit)).toEqual([0.6375, 0.6375, 0.6375, 0.6375].map((x) => expect.closeTo(x, 9) as unknown as number));
    const after = solveIndustryPlan(laid.data, null, links, scenario, solver);
    expect(after.status).toBe('optimal');
    expect(after.objective).toBeCloseTo(127.5, 6);
    expect(after.flows.map((f) => f.county).sort()).toEqual(['510101', '510102']);
  });

  it('an expressway-minutes row that puts a county beyond 45 minutes takes it out of reach of firms that need one', () => {
    const laid = layImportedIndustryTables(base, [{ measure: 'county-measures', fileName: 'm.csv', rows: [{ county: '510102', key: 'expressway', value: 90 }] }]);
    if (!laid.ok) throw new Error(laid.error.en);
    const plan = solveIndustryPlan(laid.data, null, links, scenario, solver);
    expect(plan.flows.map((f) => f.county)).toEqual(['510101']);
    expect(plan.totals.unplaced).toBeCloseTo(1, 9);
  });

  it('a "no expressway" cell makes the county off the network (null minutes): firms that need one go elsewhere', () => {
    const laid = layImportedIndustryTables(base, [{ measure: 'county-measures', fileName: 'm.csv', rows: [
      { county: '510102', key: '高速公路（分钟）', value: null, none: true },
      // "None" for park land is not a figure: refused as missing, the sample's 10 ha stay.
      { county: '510101', key: '园区面积', value: null, none: true },
    ] }]);
    if (!laid.ok) throw new Error(laid.error.en);
    expect(laid.data.expresswayMinutes).toEqual([10, null]);
    expect(laid.data.parkHa).toEqual([10, 10]);
    expect(laid.checks[0]!.applied).toBe(1);
    const plan = solveIndustryPlan(laid.data, null, links, scenario, solver);
    expect(plan.flows.map((f) => f.county)).toEqual(['510101']);
  });

  it('refuses a table none of whose rows fit, saying why row by row, and changes nothing', () => {
    const laid = layImportedIndustryTables(base, [
      { measure: 'county-measures', fileName: 'ok.csv', rows: [{ county: '510101', key: 'park', value: 30 }] },
      { measure: 'endowment', fileName: '东部.csv', rows: [{ county: '330102', key: '纺织', value: 80 }, { county: '510101', key: '纺织', value: 180 }, { county: '510101', key: '纺织', value: null }] },
    ]);
    expect(laid.ok).toBe(false);
    if (laid.ok) return;
    expect(laid.error.zh).toBe('“东部.csv”中没有可用于县域产业禀赋的行（共 3 行：1 行不是西部县、1 行数值超出合理范围、1 行数值缺失或为负）。原有数据未改变。');
    expect(laid.error.en).toContain('The data in use is unchanged');
    expect(laid.checks.map((c) => c.applied)).toEqual([1, 0]);
  });

  it('validates what is read back from storage', () => {
    expect(parseImportedIndustryTables([{ measure: 'endowment', fileName: 'a.csv', rows: [{ county: '510101', key: '纺织', value: 1 }] }])).toHaveLength(1);
    expect(parseImportedIndustryTables([{ measure: 'county-measures', fileName: 'a.csv', rows: [{ county: '510101', key: '高速', value: null, none: true }] }])[0]!.rows[0]!.none).toBe(true);
    expect(() => parseImportedIndustryTables([{ measure: 'labour', fileName: 'a.csv', rows: [] }])).toThrow(/measure/);
  });
});
