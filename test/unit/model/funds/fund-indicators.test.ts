import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { computeFundColumn, fundIndicatorMetas, perWanIndicatorId } from '../../../../src/model/funds/fund-indicators';
import { countyYearKey, resultsPerYuan, type CountyYearResult } from '../../../../src/model/funds/results-per-yuan';
import { parseFundShareRules } from '../../../../src/model/funds/industry-share-rule';
import { parseFundTable } from '../../../../src/model/funds/fund-table';
import { indicatorMetaSchema, type IndicatorValues } from '../../../../src/model/indicators/dataset';
import * as v from 'valibot';

const RULES = parseFundShareRules(JSON.parse(readFileSync('public/data/rules/fund-industry-share.json', 'utf8')));
const table = parseFundTable(
  [
    ['source', 'programme', 'county', 'year', 'amount', 'spent'],
    ['central', 'industry', '520121', '2023', '600000', '500000'],
    ['central', 'road', '520121', '2023', '400000', '400000'],
  ],
  't.csv',
);
const results = new Map<string, CountyYearResult>(resultsPerYuan(table.rows, RULES).map((r) => [countyYearKey(r.county, r.year), r]));
const col = (byYear: Record<number, number[]>): IndicatorValues => ({ id: 'x', years: Object.keys(byYear).map(Number), byYear: new Map(Object.entries(byYear).map(([y, vals]) => [Number(y), Float32Array.from(vals)])) });
const inputs = {
  counties: ['520121', '520122'],
  years: [2023],
  results,
  population: col({ 2023: [90000, 50000] }),
  outcomes: new Map([['rural_income', col({ 2022: [12000, 11000], 2023: [12900, 11500] })]]),
};

describe('fund indicators', () => {
  it('computes the columns by hand', () => {
    const at = (id: string) => [...computeFundColumn(id, inputs).byYear.get(2023)!];
    expect(at('funds_allocated')).toEqual([100, NaN]); // 1,000,000 yuan = 100 万元
    expect(at('funds_spent')).toEqual([90, NaN]);
    expect(at('execution_rate')).toEqual([90, NaN]);
    expect(at('industry_share')).toEqual([60, NaN]);
    expect(at('industry_share_gap')).toEqual([0, NaN]);
    expect(at('funds_per_resident')).toEqual([10, NaN]); // 900,000 yuan / 90,000 people
    // +900 yuan of income with 10 yuan per resident (0.001 万元): 900,000 per 万元.
    expect(at(perWanIndicatorId('rural_income'))[0]).toBeCloseTo(900_000, 0);
    expect(() => computeFundColumn('nope', inputs)).toThrow(/no derived indicator nope/);
  });

  it('describes every column with a valid indicator entry', () => {
    const metas = fundIndicatorMetas([2022, 2023], [2022, 2023], [{ id: 'rural_income', name: { zh: '收入', en: 'Income' } }], { zh: '示例数据 (派生)', en: 'Sample data (derived)' }, 'd');
    for (const m of metas) expect(v.safeParse(indicatorMetaSchema, m).success).toBe(true);
    for (const m of metas) expect(() => computeFundColumn(m.id, inputs)).not.toThrow();
  });
});
