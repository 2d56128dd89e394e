/**
 * Solves one skill's labour transportation problem exactly with a smaller programme than the full one, and
 * proves the result optimal for the FULL problem.
 *
 * Folding (measured: the rows, not the columns, drive the simplex time here):
 * - A local destination whose own local-only supply (people willing to work only at home, with no other arc)
 *   fills all its vacancies is solved on its own, greedily by utility: a one-row problem whose greedy answer is
 *   optimal, with the shadow price of the marginal worker. Its row and those workers' rows leave the programme;
 *   the other groups' arcs into it are dropped for now.
 * - A supply node left with a single arc needs no row: that arc becomes a column bounded by the node's people.
 * What is left (far-willing nodes, the capitals, the eastern cities, the unfolded local destinations) goes to
 * the pricing loop with HiGHS.
 *
 * Proof: from the programme's row duals and the folded sub-problems' duals, every row of the full problem gets a
 * dual; every arc of the full problem is then priced (reduced cost c − y_supply − y_dest). The primal solution is
 * feasible for the full problem by construction, so when no arc has a positive reduced cost the duals are
 * feasible and complementary, and the plan is optimal for the full problem. A dropped arc that prices positive
 * unfolds its destination and the programme is solved again; in the end (every destination unfolded) this is the
 * plain pricing loop over the full problem.
 */
import type { LpColumns, LpSolver } from '../../lib/lp-solver';
import { solveByPricing, type PricedSolution, type PricingOptions } from './pricing-loop';
import { labourColumns, labourRows, type LabourSkillProblem } from './labour-problem';

/** Rounds of unfolding before every local destination goes into the programme. */
const MAX_UNFOLD_ROUNDS = 3;

/** Extra facts of a folded solve, for the bench and the tests. */
export interface FoldedSolution extends PricedSolution {
  /** Rows of the last programme HiGHS solved (the full problem has supplies + destinations rows). */
  rowsSolved: number;
  /** Local destinations solved outside the programme. */
  foldedDestinations: number;
  /** Times the programme was solved again after a dropped arc priced positive. */
  unfoldRounds: number;
}

interface LocalFold {
  /** Arcs of local-only nodes into the destination, best utility first (ties by arc index). */
  arcs: number[];
  /** People placed along each of `arcs` by the greedy rule. */
  placed: number[];
  /** Shadow price of the destination's vacancies in the greedy answer. */
  dual: number;
  /** Whether the greedy answer fills every vacancy (only such destinations are folded at first). */
  full: boolean;
}

/** The greedy (optimal) answer of one local destination served only by nodes that have no other arc. */
function solveLocalFold(problem: LabourSkillProblem, arcs: number[], vacancies: number): LocalFold {
  const u = problem.arcUtility;
  const sorted = [...arcs].sort((a, b) => u[b]! - u[a]! || a - b);
  const placed: number[] = [];
  let left = vacancies;
  let lastUsed = Infinity;
  for (const a of sorted) {
    const take = u[a]! > 0 && left > 0 ? Math.min(left, problem.supplies[problem.arcSupply[a]!]!.people) : 0;
    placed.push(take);
    if (take > 0) lastUsed = u[a]!;
    left -= take;
  }
  const full = left <= 0 && vacancies > 0;
  // With every vacancy taken, one more is worth the utility of the marginal (last, least useful) worker placed:
  // the largest price consistent with the greedy answer, which keeps the most dropped arcs non-positive.
  return { arcs: sorted, placed, dual: full ? lastUsed : 0, full };
}

/** Solves `problem` by folding and pricing; the result is over the full problem's arcs and rows. */
export function solveLabourFolded(problem: LabourSkillProblem, solver: LpSolver, options: PricingOptions = {}): FoldedSolution {
  const S = problem.supplies.length;
  const D = problem.destinations.length;
  const nArcs = problem.arcSupply.length;
  const arcCount = new Int32Array(S);
  for (let s = 0; s < S; s++) arcCount[s] = problem.firstArc[s + 1]! - problem.firstArc[s]!;
  const localOnlyArcs: number[][] = problem.destinations.map(() => []);
  for (let a = 0; a < nArcs; a++) {
    const d = problem.arcDest[a]!;
    if (arcCount[problem.arcSupply[a]!] === 1 && problem.destinations[d]!.kind === 'local') localOnlyArcs[d]!.push(a);
  }
  // The best utility of any arc into each destination: a fold whose price reaches it cannot be undercut.
  const bestInto = new Float64Array(problem.destinations.length).fill(-Infinity);
  for (let a = 0; a < nArcs; a++) bestInto[problem.arcDest[a]!] = Math.max(bestInto[problem.arcDest[a]!]!, problem.arcUtility[a]!);
  const fold: (LocalFold | null)[] = problem.destinations.map((dest, d) => {
    if (dest.kind !== 'local' || problem.destMin[d]! > 0) return null;
    const f = solveLocalFold(problem, localOnlyArcs[d]!, dest.vacancies);
    // Fold only where the local-only workers fill every vacancy at a price no other arc into it beats (e.g. the
    // trained local-only workers alone fill it): then no dropped arc can price positive, whatever the other duals.
    return f.full && f.dual >= bestInto[d]! ? f : null;
  });
  let costScale = 1;
  for (let a = 0; a < nArcs; a++) costScale = Math.max(costScale, Math.abs(problem.arcUtility[a]!));
  const tolerance = 1e-9 * costScale;
  let rounds = 0;
  let iterations = 0;
  for (let unfold = 0; ; unfold++) {
    const step = solveReduced(problem, fold, solver, options);
    rounds += step.solution.rounds;
    iterations += step.solution.iterations;
    if (step.solution.status !== 'optimal') break;
    const full = assembleFull(problem, fold, step);
    const violated = new Set<number>();
    for (let a = 0; a < nArcs; a++) {
      const d = problem.arcDest[a]!;
      if (fold[d] && full.reducedCost[a]! > tolerance) violated.add(d);
    }
    if (violated.size === 0) {
      return { ...full, rounds, iterations, proven: step.solution.proven, rowsSolved: step.rows, foldedDestinations: fold.filter(Boolean).length, unfoldRounds: unfold };
    }
    if (unfold + 1 >= MAX_UNFOLD_ROUNDS) fold.fill(null);
    else for (const d of violated) fold[d] = null;
  }
  // The reduced programme was not optimal (an infeasible fill quota, say): the plain loop over the full problem
  // reports the status with the full rows and arcs.
  const plain = solveByPricing(labourRows(problem), labourColumns(problem), problem.candidate, solver, options);
  return { ...plain, rounds: plain.rounds + rounds, iterations: plain.iterations + iterations, rowsSolved: S + D, foldedDestinations: 0, unfoldRounds: 0 };
}

interface ReducedStep {
  solution: PricedSolution;
  rows: number;
  /** Programme row of each supply node (−1: none), of each destination (−1: folded). */
  supplyRow: Int32Array;
  destRow: Int32Array;
  /** Full arc of each programme column. */
  columnArc: Int32Array;
}

/** Builds and solves the programme left after folding. */
function solveReduced(problem: LabourSkillProblem, fold: readonly (LocalFold | null)[], solver: LpSolver, options: PricingOptions): ReducedStep {
  const S = problem.supplies.length;
  const D = problem.destinations.length;
  const nArcs = problem.arcSupply.length;
  const kept = new Int32Array(S);
  for (let a = 0; a < nArcs; a++) if (!fold[problem.arcDest[a]!]) kept[problem.arcSupply[a]!]!++;
  // Supply rows first (nodes with two or more kept arcs), then the unfolded destinations.
  const supplyRow = new Int32Array(S).fill(-1);
  let r = 0;
  for (let s = 0; s < S; s++) if (kept[s]! >= 2) supplyRow[s] = r++;
  const destRow = new Int32Array(D).fill(-1);
  for (let d = 0; d < D; d++) if (!fold[d]) destRow[d] = r++;
  const lower = new Float64Array(r);
  const upper = new Float64Array(r);
  for (let s = 0; s < S; s++) if (supplyRow[s]! >= 0) upper[supplyRow[s]!] = problem.supplies[s]!.people;
  for (let d = 0; d < D; d++) {
    if (destRow[d]! < 0) continue;
    lower[destRow[d]!] = problem.destMin[d]!;
    upper[destRow[d]!] = problem.destinations[d]!.vacancies;
  }
  let n = 0;
  for (let a = 0; a < nArcs; a++) if (!fold[problem.arcDest[a]!] && kept[problem.arcSupply[a]!]! > 0) n++;
  const columnArc = new Int32Array(n);
  const cost = new Float64Array(n);
  const colUpper = new Float64Array(n);
  const starts = new Int32Array(n + 1);
  const rows = new Int32Array(2 * n);
  const candidate = new Uint8Array(n);
  let j = 0;
  let e = 0;
  for (let a = 0; a < nArcs; a++) {
    const d = problem.arcDest[a]!;
    const s = problem.arcSupply[a]!;
    if (fold[d] || kept[s]! === 0) continue;
    columnArc[j] = a;
    cost[j] = problem.arcUtility[a]!;
    if (supplyRow[s]! >= 0) {
      rows[e++] = supplyRow[s]!;
      colUpper[j] = Infinity;
      candidate[j] = problem.candidate[a]!;
    } else {
      // The node's only arc: its people bound the column, and it is always in the programme.
      colUpper[j] = problem.supplies[s]!.people;
      candidate[j] = 1;
    }
    rows[e++] = destRow[d]!;
    starts[++j] = e;
  }
  const columns: LpColumns = { cost, lower: new Float64Array(n), upper: colUpper, starts, rows: rows.slice(0, e), values: new Float64Array(e).fill(1) };
  const solution = solveByPricing({ lower, upper }, columns, candidate, solver, options);
  return { solution, rows: r, supplyRow, destRow, columnArc };
}

/** The full problem's primal solution, row duals, row activities and reduced costs from a reduced solve. */
function assembleFull(problem: LabourSkillProblem, fold: readonly (LocalFold | null)[], step: ReducedStep): PricedSolution {
  const S = problem.supplies.length;
  const D = problem.destinations.length;
  const nArcs = problem.arcSupply.length;
  const x = new Float64Array(nArcs);
  const { solution, columnArc, supplyRow, destRow } = step;
  for (let j = 0; j < columnArc.length; j++) x[columnArc[j]!] = solution.colValue[j]!;
  const y = new Float64Array(S + D);
  for (let d = 0; d < D; d++) {
    const f = fold[d];
    if (f) {
      y[S + d] = f.dual;
      f.arcs.forEach((a, k) => (x[a] = f.placed[k]!));
    } else y[S + d] = solution.rowDual[destRow[d]!]!;
  }
  // A node without a row: its dual is what its best arc gains over the destination's price, or 0 (the node's
  // people bound that arc, so this is the bound's multiplier moved onto the supply row).
  for (let s = 0; s < S; s++) {
    if (supplyRow[s]! >= 0) {
      y[s] = solution.rowDual[supplyRow[s]!]!;
      continue;
    }
    let best = 0;
    for (let a = problem.firstArc[s]!; a < problem.firstArc[s + 1]!; a++) {
      if (fold[problem.arcDest[a]!] && arcIsDropped(problem, fold, a)) continue;
      best = Math.max(best, problem.arcUtility[a]! - y[S + problem.arcDest[a]!]!);
    }
    y[s] = best;
  }
  const reducedCost = new Float64Array(nArcs);
  const rowValue = new Float64Array(S + D);
  let objective = 0;
  for (let a = 0; a < nArcs; a++) {
    const s = problem.arcSupply[a]!;
    const d = problem.arcDest[a]!;
    reducedCost[a] = problem.arcUtility[a]! - y[s]! - y[S + d]!;
    rowValue[s] = rowValue[s]! + x[a]!;
    rowValue[S + d] = rowValue[S + d]! + x[a]!;
    objective += problem.arcUtility[a]! * x[a]!;
  }
  return {
    status: 'optimal', objective, colValue: x, reducedCost, rowDual: y, rowValue,
    columnsSolved: solution.columnsSolved + fold.reduce((k, f) => k + (f ? f.arcs.length : 0), 0),
    rounds: solution.rounds, iterations: solution.iterations, mipGap: 0, proven: false,
  };
}

/** Whether arc `a` into a folded destination was left out of the solve (it is not one of the fold's own arcs). */
function arcIsDropped(problem: LabourSkillProblem, fold: readonly (LocalFold | null)[], a: number): boolean {
  const s = problem.arcSupply[a]!;
  return !(fold[problem.arcDest[a]!] && problem.firstArc[s + 1]! - problem.firstArc[s]! === 1);
}
