import { describe, expect, it } from 'vitest';
import { rankCounties } from '../../../../src/model/compare/ranking';
import { code, indicator, positionsFor } from './test-data';

const positions = positionsFor(5);
const values = indicator('v', { 2016: [5, 1, NaN, 3, 2], 2020: [3, 4, 9, 4, NaN] });

describe('rankCounties', () => {
  it('sorts by value, largest first for desc', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'value', year: 2016 }, order: 'desc' });
    expect(rows.map((r) => r.value)).toEqual([5, 3, 2, 1, null]);
  });

  it('sorts ascending for asc, missing still last', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'value', year: 2016 }, order: 'asc' });
    expect(rows.map((r) => r.value)).toEqual([1, 2, 3, 5, null]);
  });

  it('gives tied values the same rank and skips the next (1, 2, 2, 4)', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'value', year: 2020 }, order: 'desc' });
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 2, 4, null]);
  });

  it('orders tied values by adcode', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'value', year: 2020 }, order: 'desc' });
    expect(rows.slice(1, 3).map((r) => r.adcode)).toEqual([code(1), code(3)]);
  });

  it('gives no rank to a county without a value', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'value', year: 2020 }, order: 'desc' });
    expect(rows.at(-1)).toMatchObject({ adcode: code(4), value: null, rank: null });
  });

  it('ranks by change between two years, missing when either end is', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'change', fromYear: 2016, toYear: 2020 }, order: 'desc' });
    expect(rows.map((r) => [r.adcode, r.value])).toEqual([
      [code(1), 3],
      [code(3), 1],
      [code(0), -2],
      [code(2), null],
      [code(4), null],
    ]);
    expect(rows[0]).toMatchObject({ from: 1, to: 4 });
  });

  it('ranks only the counties `within` (a province)', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'value', year: 2016 }, order: 'desc', within: [code(1), code(4)] });
    expect(rows.map((r) => [r.adcode, r.rank])).toEqual([
      [code(4), 1],
      [code(1), 2],
    ]);
  });

  it('treats a year the indicator lacks as all missing', () => {
    const rows = rankCounties(values, positions, { by: { kind: 'value', year: 2013 }, order: 'desc' });
    expect(rows.every((r) => r.rank === null)).toBe(true);
  });
});

describe('rankCounties precision', () => {
  it('reports stored Float32 values and changes as the decimals they were written as', () => {
    const v = indicator('p', { 2013: [0.3], 2020: [0.1] });
    const [row] = rankCounties(v, positionsFor(1), { by: { kind: 'change', fromYear: 2013, toYear: 2020 }, order: 'desc' });
    expect([row!.from, row!.to, row!.value]).toEqual([0.3, 0.1, -0.2]);
  });
});
