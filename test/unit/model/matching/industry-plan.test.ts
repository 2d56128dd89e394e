import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { createHighsSolver } from '../../../../src/lib/highs-lp-solver';
import type { LpSolver } from '../../../../src/lib/lp-solver';
import { parseIndustryData } from '../../../../src/model/matching/matching-data';
import { createPartnerLinks } from '../../../../src/model/matching/partner-links';
import { DEFAULT_INDUSTRY_SCENARIO, solveIndustryPlan } from '../../../../src/model/matching/industry-plan';
import { SECTOR_IDS } from '../../../../src/model/matching/skills';

let solver: LpSolver;
beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
});

// Two counties with 10 ha of park land each; two textile firms needing 8 ha each. County A fits textiles fully
// (100), B half (50); both are 10 minutes from an expressway. Fit = 0.5·endowment + 0.15·(1 − 10/120) (no labour
// data, no partners): A 0.6375, B 0.3875; value = 100 jobs × fit. Only one firm fits in A, so the MIP optimum is
// 63.75 + 38.75 = 102.5; the LP relaxation puts 1.25 firms in A: 1.25·63.75 + 0.75·38.75 = 108.75.
const data = parseIndustryData({
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

describe('solveIndustryPlan', () => {
  it('solves the MIP to the hand-computed optimum and reports the proven gap to the full LP bound', () => {
    const plan = solveIndustryPlan(data, null, links, scenario, solver);
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(102.5, 6);
    expect(plan.bound).toBeCloseTo(108.75, 6);
    expect(plan.gap).toBeCloseTo((108.75 - 102.5) / 108.75, 6);
    expect(plan.flows.map((f) => f.county).sort()).toEqual(['510101', '510102']);
    const inA = plan.flows.find((f) => f.county === '510101')!;
    expect(inA.binding).toContain('park-land');
    expect(inA.landShadow).toBeGreaterThan(0);
  });

  it('resolves the tie between identical firms the same way every run', () => {
    const a = solveIndustryPlan(data, null, links, scenario, solver).flows.map((f) => `${f.enterprise}>${f.county}`);
    const b = solveIndustryPlan(data, null, links, scenario, solver).flows.map((f) => `${f.enterprise}>${f.county}`);
    expect(b).toEqual(a);
  });

  it('splits firms in the LP relaxation', () => {
    const plan = solveIndustryPlan(data, null, links, { ...scenario, integer: false }, solver);
    expect(plan.objective).toBeCloseTo(108.75, 6);
    expect(plan.gap).toBe(0);
  });

  it('leaves out counties without expressway access for firms that need it', () => {
    const far = parseIndustryData({ ...data, expresswayMinutes: [10, 200] });
    const plan = solveIndustryPlan(far, null, links, scenario, solver);
    expect(plan.flows.map((f) => f.county)).toEqual(['510101']);
    expect(plan.totals.unplaced).toBeCloseTo(1, 9);
  });
});
