import { describe, expect, it } from 'vitest';
import { commonYears, latestCommonYear } from '../../../../src/model/compare/year';
import { code, indicator, positionsFor } from './test-data';

const positions = positionsFor(3);
const years = [2013, 2014, 2015, 2016];
const a = indicator('a', { 2013: [1, 1, 1], 2014: [1, 1, 1], 2015: [1, NaN, 1], 2016: [1, 1, NaN] });
const b = indicator('b', { 2013: [1, 1, 1], 2014: [NaN, 1, 1], 2015: [1, 1, 1], 2016: [1, 1, 1] });

describe('latestCommonYear', () => {
  it('is the latest year where every county of the set has data', () => {
    expect(latestCommonYear([a], positions, [code(0), code(1), code(2)], years)).toBe(2014);
  });

  it('follows the set: dropping the county missing 2016 moves the year to 2016', () => {
    expect(latestCommonYear([a], positions, [code(0), code(1)], years)).toBe(2016);
  });

  it('requires every indicator given', () => {
    expect(latestCommonYear([a, b], positions, [code(0), code(1), code(2)], years)).toBe(2013);
  });

  it('ignores years beyond an indicator’s coverage', () => {
    expect(latestCommonYear([a], positions, [code(0)], [...years, 2025])).toBe(2016);
  });

  it('is null for an empty set', () => {
    expect(latestCommonYear([a], positions, [], years)).toBeNull();
  });

  it('is null when no year is complete', () => {
    const gap = indicator('g', { 2013: [NaN, 1, 1], 2014: [1, NaN, 1] });
    expect(latestCommonYear([gap], positions, [code(0), code(1)], years)).toBeNull();
  });
});

describe('commonYears', () => {
  it('lists the complete years ascending whatever the input order', () => {
    expect(commonYears([a], positions, [code(0), code(2)], [2016, 2013, 2015, 2014])).toEqual([2013, 2014, 2015]);
  });
});
