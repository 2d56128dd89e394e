import { describe, expect, it } from 'vitest';
import { countySeries, medianSeries, missingYears, provincePositions, seriesRuns } from '../../../../src/model/compare/series';
import { fromFloat32 } from '../../../../src/model/compare/columns';
import { code, indicator, positionsFor } from './test-data';

const positions = positionsFor(4);
const values = indicator('v', { 2013: [1, 10, 5, NaN], 2014: [NaN, 20, 6, NaN], 2015: [3, 30, NaN, NaN] });
const years = [2013, 2014, 2015, 2016];

describe('countySeries', () => {
  it('reads a county over the years with null (never 0) for a missing value', () => {
    expect(countySeries(values, positions, code(0), years).map((p) => p.value)).toEqual([1, null, 3, null]);
  });

  it('is all null for a county the dataset lacks', () => {
    expect(countySeries(values, positions, '999999', [2013]).map((p) => p.value)).toEqual([null]);
  });

  it('lists the missing years', () => {
    expect(missingYears(countySeries(values, positions, code(0), years))).toEqual([2014, 2016]);
  });
});

describe('seriesRuns', () => {
  it('splits a series at each gap so no line crosses a missing year', () => {
    const runs = seriesRuns(countySeries(values, positions, code(0), years));
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2013], [2015]]);
  });
});

describe('medianSeries', () => {
  it('takes the national median per year, skipping missing values', () => {
    expect(medianSeries(values, [2013, 2014]).map((p) => p.value)).toEqual([5, 13]);
  });

  it('takes the median over a subset of positions (a province)', () => {
    expect(medianSeries(values, [2013], [0, 1]).map((p) => p.value)).toEqual([5.5]);
  });

  it('is null for a year without any value or without a column', () => {
    const sparse = indicator('s', { 2013: [NaN, NaN, NaN, NaN] });
    expect(medianSeries(sparse, [2013, 2020]).map((p) => p.value)).toEqual([null, null]);
  });
});

describe('provincePositions', () => {
  it('finds the dataset positions of one province’s counties', () => {
    const counties = [
      { adcode: code(0), province: '110000' },
      { adcode: code(1), province: '520000' },
      { adcode: code(3), province: '520000' },
    ];
    expect(provincePositions(counties, positions, '520000')).toEqual([1, 3]);
  });
});

describe('fromFloat32', () => {
  it('gives the shortest decimal of a stored Float32', () => {
    expect(fromFloat32(Math.fround(0.3))).toBe(0.3);
  });

  it('keeps every digit of a large whole number', () => {
    expect(fromFloat32(Math.fround(12345678))).toBe(12345678);
  });
});
