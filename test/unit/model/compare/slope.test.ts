import { describe, expect, it } from 'vitest';
import { slopeData, slopeExtent } from '../../../../src/model/compare/slope';
import { code, indicator, positionsFor } from './test-data';

const positions = positionsFor(3);
const values = indicator('v', { 2016: [10, NaN, 4], 2020: [2, 8, NaN] });

describe('slopeData', () => {
  it('gives both ends and the change for a complete county', () => {
    expect(slopeData(values, positions, [code(0)], 2016, 2020)).toEqual([{ adcode: code(0), from: 10, to: 2, change: -8 }]);
  });

  it('keeps a missing end as null and gives no change', () => {
    const [a, b] = slopeData(values, positions, [code(1), code(2)], 2016, 2020);
    expect(a).toEqual({ adcode: code(1), from: null, to: 8, change: null });
    expect(b).toEqual({ adcode: code(2), from: 4, to: null, change: null });
  });

  it('keeps the set order', () => {
    expect(slopeData(values, positions, [code(2), code(0)], 2016, 2020).map((r) => r.adcode)).toEqual([code(2), code(0)]);
  });
});

describe('slopeExtent', () => {
  it('spans every present end', () => {
    expect(slopeExtent(slopeData(values, positions, [code(0), code(1), code(2)], 2016, 2020))).toEqual([2, 10]);
  });

  it('is null when nothing has a value', () => {
    expect(slopeExtent(slopeData(values, positions, [code(1)], 2016, 2013))).toBeNull();
  });
});
