import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import type { Aggregation } from '../../../../src/model/indicators/dataset';
import { aggregateForRanking, unitsInScope } from '../../../../src/model/compare/unit-ranking';
import { rankCounties } from '../../../../src/model/compare/ranking';
import { indicator } from './test-data';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
// The first eight counties: four in 北京 110100, four in 110200 (both in 110000); dataset order is reversed on purpose.
const counties = index.counties.slice(0, 8).map((c) => c.adcode).reverse();
const values = indicator('x', { 2019: [8, 7, 6, 5, 4, 3, 2, 1], 2020: [8, 7, 6, 5, 4, 3, 2, Number.NaN] });
const mean: Aggregation = { method: 'mean' } as Aggregation;

describe('ranking at the pane’s level', () => {
  it('aggregates counties to prefectures in dataset order and ranks the units', () => {
    const units = aggregateForRanking(index, counties, values, mean, 'prefecture', () => undefined);
    const rows = rankCounties(units.values, units.positions, { by: { kind: 'value', year: 2019 }, order: 'desc', within: ['110100', '110200'] });
    // Reversed order: 110200's counties carry 8,7,6,5 (mean 6.5), 110100's 4,3,2,1 (mean 2.5).
    expect(rows.map((r) => [r.adcode, r.value, r.rank])).toEqual([
      ['110200', 6.5, 1],
      ['110100', 2.5, 2],
    ]);
    // A missing county is skipped, never read as 0.
    expect(rankCounties(units.values, units.positions, { by: { kind: 'value', year: 2020 }, order: 'desc', within: ['110100'] })[0]!.value).toBe(3);
  });

  it('uses the weight column of a weighted mean and gives no value without it', () => {
    const weighted = { method: 'weighted_mean', weight: 'pop' } as Aggregation;
    const pop = Float32Array.from([1, 1, 1, 1, 3, 0, 0, 0]);
    const units = aggregateForRanking(index, counties, values, weighted, 'province', (year) => (year === 2019 ? pop : undefined));
    const at = (year: number) => units.values.byYear.get(year)![units.positions.get('110000')!];
    expect(at(2019)).toBeCloseTo((8 + 7 + 6 + 5 + 4 * 3) / 7);
    expect(Number.isNaN(at(2020))).toBe(true);
  });

  it('limits to a province or to the units holding the comparison set', () => {
    expect(unitsInScope(index, 'county', {})).toBeUndefined();
    expect(unitsInScope(index, 'county', { province: '110000' })).toHaveLength(8);
    expect(unitsInScope(index, 'prefecture', { province: '130000' })).toEqual(['130100', '130200']);
    expect(unitsInScope(index, 'county', { compareSet: ['110101', '510101'] })).toEqual(['110101', '510101'].filter((a) => index.counties.some((c) => c.adcode === a)));
    expect(unitsInScope(index, 'province', { compareSet: [index.counties[0]!.adcode, index.counties[40]!.adcode] })).toEqual(
      [...new Set([index.counties[0]!.province, index.counties[40]!.province])].sort(),
    );
    expect(unitsInScope(index, 'prefecture', { province: '130000', compareSet: [index.counties[0]!.adcode] })).toEqual([]);
  });
});
