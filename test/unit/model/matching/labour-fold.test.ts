import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { createHighsSolver } from '../../../../src/lib/highs-lp-solver';
import { solveOnce, type LpSolver } from '../../../../src/lib/lp-solver';
import { solveLabourFolded } from '../../../../src/model/matching/labour-fold';
import { labourFullModel, type Destination, type LabourSkillProblem, type SupplyNode } from '../../../../src/model/matching/labour-problem';
import { solveByPricing } from '../../../../src/model/matching/pricing-loop';
import { labourColumns, labourRows } from '../../../../src/model/matching/labour-problem';

let solver: LpSolver;
beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
});

/**
 * A medium labour problem with the real structure: per county six groups (untrained/trained × local, province,
 * far); local-willing groups reach only their county's jobs, province-willing also the capital, far-willing also
 * every eastern city. Local utility is the local wage (85 % for the untrained). Some counties have so many trained
 * stay-at-home workers that they fill the local jobs themselves (those local markets fold out of the programme).
 */
function mediumProblem(seed: number, counties = 30, cities = 12): LabourSkillProblem {
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const destinations: Destination[] = [];
  const offer = { wage: 0, housing: false, training: false };
  const localWage: number[] = [];
  for (let c = 0; c < counties; c++) {
    localWage.push(Math.round(1800 + 1200 * rnd()));
    destinations.push({ kind: 'local', adcode: `c${c}`, province: 'p', anchor: [0, 0], vacancies: Math.round(50 + 300 * rnd()), offer });
  }
  const capital = destinations.length;
  destinations.push({ kind: 'capital', adcode: 'cap', province: 'p', anchor: [0, 0], vacancies: 2000, offer });
  const east0 = destinations.length;
  for (let k = 0; k < cities; k++) destinations.push({ kind: 'east', adcode: `e${k}`, province: 'e', anchor: [0, 0], vacancies: Math.round(200 + 800 * rnd()), offer });
  const supplies: SupplyNode[] = [];
  const arcSupply: number[] = [];
  const arcDest: number[] = [];
  const arcUtility: number[] = [];
  const candidate: number[] = [];
  const firstArc = [0];
  const arc = (s: number, d: number, u: number, isCandidate: boolean) => {
    arcSupply.push(s);
    arcDest.push(d);
    arcUtility.push(Math.round(u));
    candidate.push(isCandidate ? 1 : 0);
  };
  for (let c = 0; c < counties; c++) {
    const bigLocal = c % 3 === 0;
    for (let g = 0; g < 6; g++) {
      const trained = g >= 3;
      const reach = g % 3;
      const people = Math.round((bigLocal && g === 3 ? 400 : 20) + 150 * rnd());
      const s = supplies.length;
      supplies.push({ county: `c${c}`, province: 'p', anchor: [0, 0], group: g, people });
      const share = trained ? 1 : 0.85;
      arc(s, c, localWage[c]! * share, true);
      if (reach >= 1) arc(s, capital, (3200 + 400 * rnd()) * share - 300, true);
      if (reach === 2) for (let k = 0; k < cities; k++) arc(s, east0 + k, (4500 + 2500 * rnd()) * share - 300 - 800 * rnd(), k < 2);
      firstArc.push(arcSupply.length);
    }
  }
  return {
    skill: 'construction', supplies, destinations,
    arcSupply: Int32Array.from(arcSupply), arcDest: Int32Array.from(arcDest), arcUtility: Float64Array.from(arcUtility),
    arcKm: new Float64Array(arcSupply.length), arcPairing: arcSupply.map(() => null), candidate: Uint8Array.from(candidate),
    firstArc: Int32Array.from(firstArc), destMin: new Float64Array(destinations.length),
  };
}

describe('solveLabourFolded', () => {
  it('folds local markets out of the programme and still reaches the full LP optimum, proven by every arc', () => {
    for (const seed of [3, 11, 29]) {
      const problem = mediumProblem(seed);
      const full = solveOnce(solver, labourFullModel(problem));
      const folded = solveLabourFolded(problem, solver, { simplex: 'dual', edgeWeights: 'devex', maxAddPerFirstRow: 2 });
      expect(full.status).toBe('optimal');
      expect(folded.status).toBe('optimal');
      expect(folded.proven).toBe(true);
      expect(folded.foldedDestinations).toBeGreaterThan(0);
      expect(folded.rowsSolved).toBeLessThan(problem.supplies.length + problem.destinations.length);
      expect(folded.objective).toBeCloseTo(full.objective, 3);
      // The duals of the full problem's rows price every arc non-positive, and every used arc at zero.
      const scale = Math.max(...problem.arcUtility);
      for (let a = 0; a < problem.arcSupply.length; a++) {
        expect(folded.reducedCost[a]).toBeLessThanOrEqual(1e-9 * scale);
        if (folded.colValue[a]! > 1e-9) expect(Math.abs(folded.reducedCost[a]!)).toBeLessThanOrEqual(1e-6 * scale);
      }
      // The plan is feasible for the full rows.
      const rows = labourRows(problem);
      for (let r = 0; r < rows.upper.length; r++) {
        expect(folded.rowValue[r]).toBeLessThanOrEqual(rows.upper[r]! + 1e-6);
        expect(folded.rowValue[r]).toBeGreaterThanOrEqual(rows.lower[r]! - 1e-6);
      }
    }
  });

  it('gives the same plan as the plain pricing loop, every run', () => {
    const problem = mediumProblem(5);
    const a = solveLabourFolded(problem, solver, { simplex: 'dual', edgeWeights: 'devex' });
    const b = solveLabourFolded(problem, solver, { simplex: 'dual', edgeWeights: 'devex' });
    const plain = solveByPricing(labourRows(problem), labourColumns(problem), problem.candidate, solver);
    expect(Array.from(a.colValue)).toEqual(Array.from(b.colValue));
    expect(a.objective).toBeCloseTo(plain.objective, 3);
  });

  it('reports an infeasible fill quota through the full problem', () => {
    const problem = mediumProblem(7);
    const destMin = new Float64Array(problem.destinations.length);
    destMin[destMin.length - 1] = 1e7;
    const folded = solveLabourFolded({ ...problem, destMin }, solver);
    expect(folded.status).toBe('infeasible');
  });
});
