import { describe, expect, it } from 'vitest';
import { scatterTrails, trailExtents } from '../../../../src/model/compare/trails';
import { code, indicator, positionsFor } from './test-data';

const positions = positionsFor(2);
const years = [2013, 2014, 2015, 2016];
const x = indicator('x', { 2013: [1, 5], 2014: [2, NaN], 2015: [3, 7], 2016: [4, 8] });
const y = indicator('y', { 2013: [10, 50], 2014: [20, 60], 2015: [30, 70], 2016: [40, NaN] });

describe('scatterTrails', () => {
  it('draws the trail only up to the current year', () => {
    const [t] = scatterTrails(x, y, positions, [code(0)], years, 2015);
    expect(t!.runs.flat().map((p) => p.year)).toEqual([2013, 2014, 2015]);
    expect(t!.current).toEqual({ year: 2015, x: 3, y: 30 });
  });

  it('breaks the trail at a year where either indicator is missing', () => {
    const [t] = scatterTrails(x, y, positions, [code(1)], years, 2015);
    expect(t!.runs.map((r) => r.map((p) => p.year))).toEqual([[2013], [2015]]);
    expect(t!.missingYears).toEqual([2014]);
  });

  it('has no current point when the current year is missing', () => {
    const [t] = scatterTrails(x, y, positions, [code(1)], years, 2016);
    expect(t!.current).toBeNull();
    expect(t!.missingYears).toEqual([2014, 2016]);
  });
});

describe('trailExtents', () => {
  it('spans all years so the axes stay still while playing', () => {
    expect(trailExtents(x, y, positions, [code(0), code(1)], years)).toEqual({ x: [1, 7], y: [10, 70] });
  });

  it('is null when no county has both values in any year', () => {
    const none = indicator('n', { 2013: [NaN, NaN] });
    expect(trailExtents(none, y, positions, [code(0)], years)).toBeNull();
  });
});
