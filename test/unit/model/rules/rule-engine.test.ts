import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleSet, type RuleSet } from '../../../../src/model/rules/rule-set';
import { combineStatuses, evaluateRuleSet, flattenResults, resolveThreshold, type RuleInput } from '../../../../src/model/rules/rule-engine';
import type { Region } from '../../../../src/model/rules/rule';

const load = (name: string): RuleSet => parseRuleSet(JSON.parse(readFileSync(`public/data/rules/${name}.json`, 'utf8')), name);
const countyExit = load('county-exit');
const relapse = load('relapse-monitoring');

const PASSING = { poverty_incidence: 1, wrong_exit_rate: 0.5, missed_identification_rate: 0.5, approval_rate: 95 };

function exit(values: Record<string, number | undefined>, region: Region, opts: Partial<RuleInput> = {}) {
  const province = region === 'west' ? '520000' : '330000';
  return evaluateRuleSet(countyExit, { region, province, year: 2018, valueFor: (id) => values[id], ...opts });
}

function criterion(values: Record<string, number | undefined>, region: Region, id: string, margin = 0) {
  return exit(values, region, { margin }).criteria.find((c) => c.id === id)!;
}

describe('county exit (三率一度)', () => {
  it('passes with every criterion met and names the source', () => {
    const r = exit(PASSING, 'east');
    expect(r.status).toBe('pass');
    expect(r.inForce).toBe(true);
    expect(r.criteria.map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(r.criteria[0]!.source.zh).toContain('中办发〔2016〕16号');
  });

  it.each([
    ['east', 1.99, 'pass'], ['east', 2, 'fail'], ['east', 2.01, 'fail'],
    ['west', 2.99, 'pass'], ['west', 3, 'fail'], ['west', 3.01, 'fail'], ['west', 2.5, 'pass'],
  ] as const)('incidence in the %s at %s → %s (strictly below the line)', (region, value, status) => {
    const c = criterion({ ...PASSING, poverty_incidence: value }, region, 'poverty_incidence');
    expect(c.status).toBe(status);
    expect(c.line).toBe(region === 'west' ? 3 : 2);
    expect(c.distance).toBeCloseTo(value - c.line, 6);
  });

  it.each([
    ['wrong_exit_rate', 1.99, 'pass'], ['wrong_exit_rate', 2, 'fail'], ['wrong_exit_rate', 2.01, 'fail'],
    ['missed_identification_rate', 1.99, 'pass'], ['missed_identification_rate', 2, 'fail'], ['missed_identification_rate', 2.01, 'fail'],
    ['approval_rate', 89.99, 'fail'], ['approval_rate', 90, 'pass'], ['approval_rate', 90.01, 'pass'],
  ] as const)('%s at %s → %s, the same east and west', (id, value, status) => {
    for (const region of ['east', 'west'] as const) expect(criterion({ ...PASSING, [id]: value }, region, id).status).toBe(status);
  });

  it('bands near the line with a margin, and failing one criterion blocks exit', () => {
    expect(criterion({ ...PASSING, poverty_incidence: 1.5 }, 'east', 'poverty_incidence', 1).status).toBe('near');
    expect(criterion({ ...PASSING, approval_rate: 89.5 }, 'east', 'approval_rate', 1).status).toBe('near');
    expect(criterion({ ...PASSING, approval_rate: 88.9 }, 'east', 'approval_rate', 1).status).toBe('fail');
    expect(exit({ ...PASSING, approval_rate: 89 }, 'west').status).toBe('fail');
    expect(exit({ ...PASSING, approval_rate: 90.5 }, 'west', { margin: 1 }).status).toBe('near');
  });

  it('reports a missing input as no data, never a pass; a fail elsewhere still fails', () => {
    const r = exit({ ...PASSING, wrong_exit_rate: undefined }, 'east');
    expect(r.criteria[1]!.status).toBe('no_data');
    expect(r.criteria[1]!.distance).toBeNaN();
    expect(r.status).toBe('no_data');
    expect(exit({ ...PASSING, approval_rate: Number.NaN }, 'east').status).toBe('no_data');
    expect(exit({ poverty_incidence: 5 }, 'east').status).toBe('fail');
  });

  it('is out of force after 2020 and does not apply without a region line', () => {
    expect(exit(PASSING, 'east', { year: 2021 }).inForce).toBe(false);
    const none = evaluateRuleSet(countyExit, { region: null, province: '810000', year: 2018, valueFor: (id) => PASSING[id as keyof typeof PASSING] });
    expect(none.criteria[0]!.status).toBe('not_applicable');
    expect(none.status).toBe('pass'); // the other three apply and pass
  });
});

describe('thresholds by year and province (relapse monitoring)', () => {
  const lines = relapse.lines!;
  it('the monitoring income line changes every year and a province sets its own', () => {
    const at = (year: number, province: string) => resolveThreshold(lines['monitoring_income_line']!, { region: 'west', province, year });
    expect(at(2021, '52').value).toBe(6000);
    expect(at(2022, '52').value).toBe(6500);
    expect(at(2025, '52').value).toBe(7600);
    expect(at(2030, '52').value).toBe(7600);
    expect(at(2022, '33').value).toBe(8000);
    expect(at(2020, '52').value).toBeNaN();
    expect(at(2021, '52').illustrative).toBe(true);
  });

  it('evaluates income against 1.5× the line of that year: at, just under, just over', () => {
    const income = (value: number, year: number) =>
      evaluateRuleSet(relapse, { region: 'west', province: '52', year, valueFor: (id) => (id === 'rural_income' ? value : undefined) })
        .criteria.find((c) => c.id === 'rural_income_above_line')!;
    expect(income(9000, 2021).status).toBe('fail'); // 1.5 × 6000 = 9000: must be above
    expect(income(9000.01, 2021).status).toBe('pass');
    expect(income(8999, 2021).status).toBe('fail');
    expect(income(9001, 2022).status).toBe('fail'); // 1.5 × 6500 = 9750 in 2022
    expect(income(9751, 2022).status).toBe('pass');
    expect(income(9751, 2022).illustrative).toBe(true);
    // A 1% margin of the line (97.5 yuan) makes 9800 near.
    const near = evaluateRuleSet(relapse, { region: 'west', province: '52', year: 2022, margin: 1, valueFor: (id) => (id === 'rural_income' ? 9800 : undefined) });
    expect(near.criteria[0]!.status).toBe('near');
    expect(near.status).toBe('no_data'); // the two share criteria have no input
  });

  it('expresses a fund rule whose line changes by year (industry share ≥ 55% in 2022, 60% from 2023)', () => {
    const funds = parseRuleSet({
      format: 'tandem-rule-set', formatVersion: 1, id: 'fund-industry-share', version: '2022', unit: 'county',
      name: { zh: '产业资金占比', en: 'Industry share of funds' }, source: { zh: '示例', en: 'Example' },
      inForce: { from: '2022-01-01' }, combine: 'all',
      criteria: [{
        id: 'industry_share', name: { zh: '产业占比', en: 'Industry share' }, indicator: 'industry_fund_share', op: '>=',
        line: { cases: [{ from: 2022, to: 2022, value: 55 }, { from: 2023, value: 60 }] },
      }],
    });
    const at = (value: number, year: number) => evaluateRuleSet(funds, { region: 'west', province: '52', year, valueFor: () => value });
    expect(at(55, 2022).status).toBe('pass');
    expect(at(54.99, 2022).status).toBe('fail');
    expect(at(57, 2023).status).toBe('fail');
    expect(at(60, 2024).status).toBe('pass');
    expect(at(60, 2021).status).toBe('not_applicable');
    expect(at(60, 2021).inForce).toBe(false);
  });
});

describe('combinators and village exit per province', () => {
  it('combines all / any / at least k', () => {
    expect(combineStatuses(['pass', 'no_data', 'fail'], 'all')).toBe('fail');
    expect(combineStatuses(['pass', 'no_data', 'near'], 'all')).toBe('no_data');
    expect(combineStatuses(['pass', 'near'], 'all')).toBe('near');
    expect(combineStatuses(['fail', 'pass'], 'any')).toBe('pass');
    expect(combineStatuses(['fail', 'no_data'], 'any')).toBe('no_data');
    expect(combineStatuses(['pass', 'pass', 'fail', 'near'], 'atLeast', 3)).toBe('near');
    expect(combineStatuses(['pass', 'pass', 'fail', 'no_data'], 'atLeast', 3)).toBe('no_data');
    expect(combineStatuses(['pass', 'fail', 'fail', 'no_data'], 'atLeast', 3)).toBe('fail');
    expect(combineStatuses(['not_applicable'], 'all')).toBe('not_applicable');
  });

  it('Gansu needs 4 of 5 items; Guizhou all of them; each only in its province', () => {
    const gansu = load('village-exit-gansu');
    const guizhou = load('village-exit-guizhou');
    const village = { village_poverty_incidence: 2.5, hardened_road: 1, power: 1, safe_water: 1, broadband: 0, standard_clinic: 1, collective_income: 6 };
    const run = (set: RuleSet, province: string) => evaluateRuleSet(set, { region: 'west', province, year: 2019, valueFor: (id) => village[id as keyof typeof village] });
    expect(run(gansu, '620000').status).toBe('pass');
    expect(run(guizhou, '520000').status).toBe('fail');
    expect(flattenResults(run(guizhou, '520000').criteria).find((c) => c.id === 'broadband')!.status).toBe('fail');
    expect(run(gansu, '520000').status).toBe('not_applicable');
    expect(gansu.example).toBe(true);
  });

  it('rejects malformed rule sets with the path', () => {
    const base = { format: 'tandem-rule-set', formatVersion: 1, id: 'x', version: '1', unit: 'county', name: { zh: 'x', en: 'x' }, source: { zh: 'x', en: 'x' }, inForce: { from: '2020' }, combine: 'all' };
    expect(() => parseRuleSet({ ...base, formatVersion: 2, criteria: [] }, 'f.json')).toThrow(/f\.json/);
    expect(() => parseRuleSet({ ...base, criteria: [{ id: 'a', name: { zh: 'a', en: 'a' }, indicator: 'a', op: 'between', line: 1 }] })).toThrow(/upper/);
    expect(() => parseRuleSet({ ...base, criteria: [{ id: 'a', name: { zh: 'a', en: 'a' }, indicator: 'a', op: '<', line: { ref: 'nope' } }] })).toThrow(/nope/);
    expect(() => parseRuleSet({ ...base, combine: 'atLeast', k: 3, criteria: [{ id: 'a', name: { zh: 'a', en: 'a' }, indicator: 'a', op: '<', line: 1 }] })).toThrow(/k/);
  });

  it('bands between two lines', () => {
    const set = parseRuleSet({
      format: 'tandem-rule-set', formatVersion: 1, id: 'b', version: '1', unit: 'county', name: { zh: 'b', en: 'b' }, source: { zh: 'b', en: 'b' },
      inForce: { from: '2020' }, combine: 'all',
      criteria: [{ id: 'r', name: { zh: 'r', en: 'r' }, indicator: 'x', op: 'between', line: 10, upper: 20 }],
    });
    const at = (x: number, margin = 0) => evaluateRuleSet(set, { region: 'east', province: '33', year: 2021, margin, valueFor: () => x }).criteria[0]!;
    expect(at(10).status).toBe('pass');
    expect(at(20).status).toBe('pass');
    expect(at(9.99).status).toBe('fail');
    expect(at(9.99).distance).toBeCloseTo(-0.01, 6);
    expect(at(20.5).distance).toBeCloseTo(0.5, 6);
    expect(at(10.5, 1).status).toBe('near');
    expect(at(15, 1).status).toBe('pass');
  });
});
