import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { createHighsSolver } from '../../../../src/lib/highs-lp-solver';
import { LpColumnBuilder, solveOnce, type LpColumns, type LpSolver } from '../../../../src/lib/lp-solver';
import { reducedCosts, solveByPricing } from '../../../../src/model/matching/pricing-loop';

let solver: LpSolver;
beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
});

/** A transportation problem: supply rows first, then demand rows; one column per (i, j) with utility u[i][j]. */
function transport(supply: number[], demand: number[], u: number[][], demandMin?: number[]) {
  const S = supply.length;
  const b = new LpColumnBuilder();
  for (let i = 0; i < S; i++) for (let j = 0; j < demand.length; j++) b.add(u[i]![j]!, 0, Infinity, [[i, 1], [S + j, 1]]);
  const lower = new Float64Array(S + demand.length);
  if (demandMin) demandMin.forEach((m, j) => (lower[S + j] = m));
  return { rows: { lower, upper: Float64Array.from([...supply, ...demand]) }, columns: b.build() };
}

const allCandidates = (c: LpColumns) => new Uint8Array(c.cost.length).fill(1);

describe('solveByPricing on hand-checked problems', () => {
  // A: 10, B: 5 people; X: 8, Y: 7 jobs. Utilities AX 5, AY 3, BX 4, BY 1. All 15 are placed (every utility is
  // positive and supply equals demand), so AY = 10 − AX, BX = 8 − AX, BY = AX − 3 with 3 ≤ AX ≤ 8, and the
  // objective is 59 − AX: the optimum is AX = 3, AY = 7, BX = 5, BY = 0, objective 56.
  const twoByTwo = () => transport([10, 5], [8, 7], [[5, 3], [4, 1]]);

  it('solves the 2×2 problem to the hand-computed optimum', () => {
    const { rows, columns } = twoByTwo();
    const s = solveByPricing(rows, columns, allCandidates(columns), solver);
    expect(s.status).toBe('optimal');
    expect(s.objective).toBeCloseTo(56, 9);
    expect([...s.colValue]).toEqual([3, 7, 5, 0]);
    expect(s.proven).toBe(true);
  });

  it('reaches the same optimum from a candidate set without the optimal arcs, by pricing', () => {
    const { rows, columns } = twoByTwo();
    const s = solveByPricing(rows, columns, Uint8Array.from([1, 0, 0, 1]), solver);
    expect(s.objective).toBeCloseTo(56, 9);
    expect([...s.colValue]).toEqual([3, 7, 5, 0]);
    expect(s.rounds).toBeGreaterThan(1);
    expect(s.proven).toBe(true);
  });

  it('prices every column non-positive at the optimum, and zero on the used ones (complementary slackness)', () => {
    const { rows, columns } = twoByTwo();
    const s = solveByPricing(rows, columns, Uint8Array.from([1, 0, 0, 1]), solver);
    const rc = reducedCosts(columns, s.rowDual);
    rc.forEach((r, j) => {
      expect(r).toBeLessThanOrEqual(1e-9);
      if (s.colValue[j]! > 0) expect(Math.abs(r)).toBeLessThan(1e-9);
    });
  });

  it('reports infeasible when a fill quota exceeds the supply', () => {
    // 5 people, but city X must fill at least 8 jobs.
    const { rows, columns } = transport([5], [10], [[3]], [8]);
    const s = solveByPricing(rows, columns, allCandidates(columns), solver);
    expect(s.status).toBe('infeasible');
  });

  it('handles a degenerate problem (supply equals demand, ties everywhere) and resolves ties the same way every run', () => {
    // Two identical counties, two identical cities: every perfect assignment has the same utility 4 × 10.
    const runs = Array.from({ length: 3 }, () => {
      const { rows, columns } = transport([5, 5], [5, 5], [[4, 4], [4, 4]]);
      return solveByPricing(rows, columns, Uint8Array.from([1, 0, 0, 1]), solver);
    });
    for (const r of runs) {
      expect(r.status).toBe('optimal');
      expect(r.objective).toBeCloseTo(40, 9);
      expect([...r.colValue]).toEqual([...runs[0]!.colValue]);
    }
  });

  it('leaves people unplaced rather than take a job of negative utility', () => {
    const { rows, columns } = transport([10], [4, 4], [[5, -1]]);
    const s = solveByPricing(rows, columns, allCandidates(columns), solver);
    expect([...s.colValue]).toEqual([4, 0]);
    expect(s.objective).toBeCloseTo(20, 9);
  });
});

describe('the pricing loop on a medium case', () => {
  it('equals the full LP and leaves no omitted column with a positive reduced cost', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const S = 60;
    const D = 40;
    const supply = Array.from({ length: S }, () => Math.round(50 + 400 * rnd()));
    const demand = Array.from({ length: D }, () => Math.round(100 + 600 * rnd()));
    const u = supply.map(() => demand.map(() => Math.round(2000 + 4000 * rnd())));
    const { rows, columns } = transport(supply, demand, u);
    const full = solveOnce(solver, { sense: 'maximize', numRows: S + D, rowLower: rows.lower, rowUpper: rows.upper, columns });
    // Candidates: each supply node's 3 best columns only.
    const candidate = new Uint8Array(S * D);
    for (let i = 0; i < S; i++) {
      const best = u[i]!.map((v, j) => [v, j] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
      for (const [, j] of best) candidate[i * D + j] = 1;
    }
    const priced = solveByPricing(rows, columns, candidate, solver, { maxAddPerFirstRow: 2 });
    expect(full.status).toBe('optimal');
    expect(priced.status).toBe('optimal');
    expect(priced.proven).toBe(true);
    expect(priced.columnsSolved).toBeLessThan(S * D);
    expect(priced.objective).toBeCloseTo(full.objective, 3);
    const scale = Math.max(...columns.cost);
    for (const r of reducedCosts(columns, priced.rowDual)) expect(r).toBeLessThanOrEqual(1e-9 * scale);
  });
});
