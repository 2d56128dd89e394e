import { describe, expect, it } from 'vitest';
import { aggregate, isDeprived, normaliseWeights, scoreUnits, type AfDimension } from '../../../../src/model/monitoring/alkire-foster';

// Weights 2:1:1 do not sum to 1; normalised they are 0.5, 0.25, 0.25.
const DIMS: AfDimension[] = [
  { id: 'a', op: '<', cutoff: 10, weight: 2 },
  { id: 'b', op: '<', cutoff: 5, weight: 1 },
  { id: 'c', op: '>', cutoff: 60, weight: 1 },
];
// Unit 2 sits exactly on every cutoff (a tie: not deprived, the tests are strict).
const COLUMNS = [
  [8, 12, 10, 9],
  [6, 4, 5, 3],
  [70, 50, 60, 61],
];
const IDS = DIMS.map((d) => d.id);
const sum = (r: Record<string, number>) => Object.values(r).reduce((s, x) => s + x, 0);

describe('Alkire–Foster index', () => {
  it('normalises weights and scores by hand-computed deprivations', () => {
    expect(normaliseWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    const s = scoreUnits(COLUMNS, DIMS, 0.25);
    expect([...s.score]).toEqual([0.75, 0.25, 0, 1]);
    expect([...s.deprived[0]!]).toEqual([1, 0, 0, 1]);
    expect([...s.deprived[2]!]).toEqual([1, 0, 0, 1]);
  });

  it('k exactly at a score puts the unit at risk; H, A, M0 and contributions for k = 0.25', () => {
    const s = scoreUnits(COLUMNS, DIMS, 0.25);
    expect([...s.atRisk]).toEqual([1, 1, 0, 1]);
    const agg = aggregate(s, IDS);
    expect(agg.n).toBe(4);
    expect(agg.q).toBe(3);
    expect(agg.H).toBeCloseTo(0.75, 12);
    expect(agg.A).toBeCloseTo(2 / 3, 12);
    expect(agg.M0).toBeCloseTo(0.5, 12);
    expect(agg.M0).toBeCloseTo(agg.H * agg.A, 12);
    expect(agg.contributions['a']).toBeCloseTo(50, 9);
    expect(agg.contributions['b']).toBeCloseTo(25, 9);
    expect(agg.contributions['c']).toBeCloseTo(25, 9);
  });

  it('censors deprivations of units not at risk (k = 0.5): contributions 57.14 / 14.29 / 28.57, summing to 100', () => {
    const agg = aggregate(scoreUnits(COLUMNS, DIMS, 0.5), IDS);
    expect(agg.q).toBe(2);
    expect(agg.H).toBeCloseTo(0.5, 12);
    expect(agg.A).toBeCloseTo(0.875, 12);
    expect(agg.M0).toBeCloseTo(0.4375, 12);
    expect(agg.contributions['a']).toBeCloseTo(400 / 7, 9);
    expect(agg.contributions['b']).toBeCloseTo(100 / 7, 9);
    expect(agg.contributions['c']).toBeCloseTo(200 / 7, 9);
    expect(sum(agg.contributions)).toBeCloseTo(100, 9);
    // k = 0.75 is exactly unit 0's score: still at risk.
    expect([...scoreUnits(COLUMNS, DIMS, 0.75).atRisk]).toEqual([1, 0, 0, 1]);
  });

  it('reaches k through sums of thirds despite float rounding', () => {
    const thirds: AfDimension[] = [0, 1, 2].map((j) => ({ id: `d${j}`, op: '<', cutoff: 1, weight: 1 }));
    const s = scoreUnits([[0, 0], [0, 0], [0, 5]], thirds, 2 / 3);
    expect([...s.atRisk]).toEqual([1, 1]);
    expect([...scoreUnits([[0], [0], [0]], thirds, 1).atRisk]).toEqual([1]);
  });

  it('leaves out units missing a weighted dimension, but not one of weight 0', () => {
    const s = scoreUnits([[8, Number.NaN], [6, 1], [70, 70]], DIMS, 0.25);
    expect(s.score[1]).toBeNaN();
    expect(s.atRisk[1]).toBeNaN();
    expect(aggregate(s, IDS).n).toBe(1);
    const zero = scoreUnits([[8, Number.NaN], [6, 1], [70, 70]], [DIMS[0]!, DIMS[1]!, { ...DIMS[2]!, weight: 0 }].map((d, j) => (j === 0 ? { ...d, weight: 0 } : d)), 0.5);
    expect([...zero.score]).toEqual([0, 1]);
  });

  it('aggregates a subset, and an empty or risk-free set to zeros', () => {
    const s = scoreUnits(COLUMNS, DIMS, 0.5);
    const sub = aggregate(s, IDS, [1, 2]);
    expect(sub).toEqual({ n: 2, q: 0, H: 0, A: 0, M0: 0, contributions: { a: 0, b: 0, c: 0 } });
    expect(aggregate(s, IDS, []).n).toBe(0);
  });

  it('refuses bad weights and k', () => {
    expect(() => normaliseWeights([0, 0])).toThrow(/above 0/);
    expect(() => normaliseWeights([1, -1])).toThrow(/≥ 0/);
    expect(() => scoreUnits(COLUMNS, DIMS, 0)).toThrow(/k/);
    expect(() => scoreUnits(COLUMNS, DIMS, 1.2)).toThrow(/k/);
    expect(isDeprived(Number.NaN, '<', 1)).toBe(false);
    expect(isDeprived(1, '<=', 1)).toBe(true);
    expect(isDeprived(1, '>=', 1)).toBe(true);
  });
});
