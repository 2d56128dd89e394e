import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { createHighsSolver } from '../../../../src/lib/highs-lp-solver';
import { BASIS_BASIC, solveOnce, type LpSolver } from '../../../../src/lib/lp-solver';
import { labourColumns, labourFullModel, labourRows, labourTransport } from '../../../../src/model/matching/labour-problem';
import { labourClusterings } from '../../../../src/model/matching/labour-clusters';
import { solveByPricing } from '../../../../src/model/matching/pricing-loop';
import { transportColumns, transportProgramme, transportRows, type TransportProblem } from '../../../../src/model/matching/transport-problem';
import { aggregateTransport, bestArcsAtPrices, coordinatePriceSteps, forestBasis, greedyPlan, marginalGain, solveTransportWarm, WARM_PRICING } from '../../../../src/model/matching/transport-warm-start';
import { mediumLabourProblem } from './medium-labour-problem';

let solver: LpSolver;
beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
});

/** Two supplies (10, 5), two destinations (8, 8); utilities u[s][d]. */
function tiny(u: number[][], supply = [10, 5], capacity = [8, 8]): TransportProblem {
  const arcSupply: number[] = [];
  const arcDest: number[] = [];
  const arcUtility: number[] = [];
  const firstArc = [0];
  u.forEach((row, s) => {
    row.forEach((x, d) => {
      arcSupply.push(s);
      arcDest.push(d);
      arcUtility.push(x);
    });
    firstArc.push(arcSupply.length);
  });
  return {
    supply: Float64Array.from(supply), capacity: Float64Array.from(capacity), destMin: new Float64Array(capacity.length),
    arcSupply: Int32Array.from(arcSupply), arcDest: Int32Array.from(arcDest), arcUtility: Float64Array.from(arcUtility), firstArc: Int32Array.from(firstArc),
  };
}

describe('greedyPlan and forestBasis', () => {
  it('fills the best arcs first and gives a basis with one basic entry per row', () => {
    const tp = tiny([[5, 4], [3, 1]]);
    const plan = greedyPlan(tp, null);
    // s0→d0 8 (best), s0→d1 2 (s0's rest), s1→d1 5; d1 keeps 1 place.
    expect(Array.from(plan.flow)).toEqual([8, 2, 0, 5]);
    expect(Array.from(plan.capacityLeft)).toEqual([0, 1]);
    const basis = forestBasis(tp, plan);
    const basic = [...basis.columns, ...basis.rows].filter((x) => x === BASIS_BASIC).length;
    expect(basic).toBe(4);
    // The one tree's slack is d1's, the row with places left.
    expect(Array.from(basis.rows)).toEqual([2, 2, 2, BASIS_BASIC]);
  });

  it('is a basis HiGHS accepts, and the simplex goes on from it to the optimum', () => {
    const tp = tiny([[5, 4], [3, 1]]);
    const rows = transportRows(tp);
    const session = solver.open({ sense: 'maximize', numRows: rows.lower.length, rowLower: rows.lower, rowUpper: rows.upper, columns: transportColumns(tp) });
    try {
      expect(session.setBasis(forestBasis(tp, greedyPlan(tp, null)))).toBe(true);
      const r = session.run({ simplex: 'primal' });
      // Greedy gives 53; moving s1 to d0 (it gains 2 there, s0 only 1) gives 5·3 + 3·5 + 7·4 = 58.
      expect(r.objective).toBeCloseTo(58, 9);
      expect(r.iterations).toBeGreaterThan(0);
    } finally {
      session.dispose();
    }
  });

  it('orders by utility less the destination price', () => {
    const tp = tiny([[5, 4], [3, 1]]);
    // With d0 priced at 3, s0→d1 comes first (4 − 0 > 5 − 3) and takes all 8 places.
    const plan = greedyPlan(tp, Float64Array.from([3, 0]));
    expect(plan.flow[1]).toBe(8);
  });

  it('leaves arcs of non-positive utility empty and rejects a plan with a cycle', () => {
    const tp = tiny([[5, -1], [0, 2]]);
    expect(Array.from(greedyPlan(tp, null).flow)).toEqual([8, 0, 0, 5]);
    const cyclic = { flow: Float64Array.from([1, 1, 1, 1]), supplyLeft: new Float64Array(2), capacityLeft: new Float64Array(2) };
    expect(() => forestBasis(tiny([[1, 1], [1, 1]]), cyclic)).toThrow(/cycle/);
  });

  it('picks each node’s best arcs at the given prices', () => {
    const tp = tiny([[5, 4, 1], [3, 1, 2]], [1, 1], [1, 1, 1]);
    expect(Array.from(bestArcsAtPrices(tp, null, 2))).toEqual([1, 1, 0, 1, 0, 1]);
    expect(Array.from(bestArcsAtPrices(tp, Float64Array.from([10, 0, 0]), 1))).toEqual([0, 1, 0, 0, 0, 1]);
  });
});

describe('transportProgramme', () => {
  it('turns a one-arc supply node into its arc’s bound, keeping the other rows', () => {
    const tp = tiny([[5, 4], [3]], [10, 5], [8, 8]);
    const prog = transportProgramme(tp);
    expect(Array.from(prog.supplyRow)).toEqual([0, -1]);
    expect(prog.destRow0).toBe(1);
    expect(Array.from(prog.rows.upper)).toEqual([10, 8, 8]);
    expect(Array.from(prog.columns.upper)).toEqual([Infinity, Infinity, 5]);
    expect(Array.from(prog.columns.rows)).toEqual([0, 1, 0, 2, 1]);
  });
});

describe('marginalGain and coordinatePriceSteps', () => {
  it('finds the gain of the first worker who does not fit, largest gains first', () => {
    const gains = Float64Array.from([5, 9, 1, 7, 7, 3]);
    const people = Float64Array.from([2, 1, 4, 1, 1, 3]);
    // Sorted: 9 (1), 7 (1), 7 (1), 5 (2), 3 (3), 1 (4): capacity 4 is full after 9, 7, 7 and one of the 5s → the
    // second of the 5s does not fit.
    expect(marginalGain(Float64Array.from(gains), Float64Array.from(people), 0, 6, 4)).toBe(5);
    expect(marginalGain(Float64Array.from(gains), Float64Array.from(people), 0, 6, 2)).toBe(7);
    expect(marginalGain(Float64Array.from(gains), Float64Array.from(people), 0, 6, 5)).toBe(3);
    // Everyone fits: no price.
    expect(marginalGain(Float64Array.from(gains), Float64Array.from(people), 0, 6, 12)).toBe(0);
    expect(marginalGain(Float64Array.from(gains), Float64Array.from(people), 2, 2, 1)).toBe(0);
    // Only the segment counts.
    expect(marginalGain(Float64Array.from(gains), Float64Array.from(people), 2, 5, 1)).toBe(7);
  });

  it('prices a destination by what the workers who want it most gain over their next best', () => {
    // s0 (10 people): d0 5, d1 4; s1 (5): d0 3, d1 1. d0 holds 8: at zero prices s0 gains 1 there, s1 gains 2; s1's
    // 5 fit, then s0's 10 do not: d0's price is s0's gain, 1. d1 (8 places): s0 gains 4 − 5 < 0, s1 1 − 3 < 0: 0.
    const tp = tiny([[5, 4], [3, 1]]);
    expect(Array.from(coordinatePriceSteps(tp, new Float64Array(2), 1))).toEqual([1, 0]);
  });
});

describe('aggregateTransport', () => {
  it('sums supplies and capacities and averages utilities by people', () => {
    const tp = tiny([[5, 4], [3, 1]]);
    const agg = aggregateTransport(tp, { supply: Int32Array.from([0, 0]), dest: Int32Array.from([0, 1]) })!;
    expect(Array.from(agg.supply)).toEqual([15]);
    expect(Array.from(agg.capacity)).toEqual([8, 8]);
    expect(agg.arcUtility[0]).toBeCloseTo((10 * 5 + 5 * 3) / 15, 6);
    expect(agg.arcUtility[1]).toBeCloseTo((10 * 4 + 5 * 1) / 15, 6);
  });
});

describe('solveTransportWarm', () => {
  it('reaches the full LP optimum on medium labour problems, proven by every arc', () => {
    for (const seed of [3, 11, 29]) {
      const problem = mediumLabourProblem(seed);
      const full = solveOnce(solver, labourFullModel(problem));
      const levels = labourClusterings(problem);
      expect(levels.length).toBe(2);
      const warm = solveTransportWarm(labourTransport(problem), levels, solver);
      expect(full.status).toBe('optimal');
      expect(warm.status).toBe('optimal');
      expect(warm.proven).toBe(true);
      expect(warm.startIterations).toBeGreaterThan(0);
      expect(warm.objective).toBeCloseTo(full.objective, 3);
      // The duals of the full problem's rows price every arc non-positive, and every used arc at zero.
      const scale = Math.max(...problem.arcUtility);
      for (let a = 0; a < problem.arcSupply.length; a++) {
        expect(warm.reducedCost[a]).toBeLessThanOrEqual(1e-9 * scale);
        if (warm.colValue[a]! > 1e-9) expect(Math.abs(warm.reducedCost[a]!)).toBeLessThanOrEqual(1e-6 * scale);
      }
      const rows = labourRows(problem);
      for (let r = 0; r < rows.upper.length; r++) {
        expect(warm.rowValue[r]).toBeLessThanOrEqual(rows.upper[r]! + 1e-6);
        expect(warm.rowValue[r]).toBeGreaterThanOrEqual(rows.lower[r]! - 1e-6);
      }
    }
  });

  it('needs fewer simplex iterations than the cold pricing loop', () => {
    const problem = mediumLabourProblem(17, 60, 20);
    const warm = solveTransportWarm(labourTransport(problem), labourClusterings(problem), solver);
    const cold = solveByPricing(labourRows(problem), labourColumns(problem), bestArcsAtPrices(labourTransport(problem), null, 3), solver, { simplex: 'dual', edgeWeights: 'devex' });
    expect(warm.objective).toBeCloseTo(cold.objective, 3);
    expect(warm.iterations + warm.startIterations).toBeLessThan(cold.iterations);
  });

  it('gives the same plan every run, and the plain loop’s optimum without aggregation levels', () => {
    const problem = mediumLabourProblem(5);
    const tp = labourTransport(problem);
    const a = solveTransportWarm(tp, labourClusterings(problem), solver);
    const b = solveTransportWarm(tp, labourClusterings(problem), solver);
    const none = solveTransportWarm(tp, [], solver, WARM_PRICING);
    const plain = solveByPricing(labourRows(problem), labourColumns(problem), bestArcsAtPrices(labourTransport(problem), null, 3), solver);
    expect(Array.from(a.colValue)).toEqual(Array.from(b.colValue));
    expect(a.objective).toBeCloseTo(plain.objective, 3);
    expect(none.objective).toBeCloseTo(plain.objective, 3);
    expect(none.startIterations).toBe(0);
  });

  const QUOTA = 0.5;
  it('meets a feasible fill quota the greedy start leaves unmet (the simplex repairs the start) at the full LP optimum', () => {
    const base = mediumLabourProblem(13);
    const destMin = new Float64Array(base.destinations.length);
    // Every eastern city at least QUOTA full: more than a plain greedy plan sends to some of them.
    base.destinations.forEach((d, k) => (destMin[k] = d.kind === 'east' ? Math.floor(QUOTA * d.vacancies) : 0));
    const problem = { ...base, destMin };
    const S = problem.supplies.length;
    const greedy = greedyPlan(labourTransport(problem), null);
    expect(problem.destinations.some((d, k) => d.vacancies - greedy.capacityLeft[k]! < destMin[k]!)).toBe(true);
    const full = solveOnce(solver, labourFullModel(problem));
    const warm = solveTransportWarm(labourTransport(problem), labourClusterings(problem), solver);
    expect(full.status).toBe('optimal');
    expect(warm.status).toBe('optimal');
    expect(warm.proven).toBe(true);
    expect(warm.objective).toBeCloseTo(full.objective, 3);
    problem.destinations.forEach((_, k) => expect(warm.rowValue[S + k]).toBeGreaterThanOrEqual(destMin[k]! - 1e-6));
  });

  it('reports an infeasible fill quota', () => {
    const problem = mediumLabourProblem(7);
    const destMin = new Float64Array(problem.destinations.length);
    destMin[destMin.length - 1] = 1e7;
    const warm = solveTransportWarm(labourTransport({ ...problem, destMin }), labourClusterings(problem), solver);
    expect(warm.status).toBe('infeasible');
  });
});
