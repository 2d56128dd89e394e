/**
 * Exact solve of a transportation problem started close to its optimum.
 *
 * Why: the simplex spends its iterations walking from its start to an optimal basis. From the slack basis the
 * labour problems took ≈ 3 iterations per row whatever the candidate set (they are near-degenerate: the eastern
 * cities of one province differ mainly by distance). Started from a basis that agrees with prices close to the
 * optimal duals, the same problems take ≈ 0.15 iterations per row (measured on the sample, 6 skills: ≈ 1k on
 * the full problem and ≈ 0.9k on the aggregations instead of ≈ 20k per skill; test/bench/BASELINE.md).
 *
 * 1. Prices, coarse to fine (`levels`): the problem aggregated (supply nodes and destinations merged into the
 *    clusters the caller names, their arcs' utilities averaged by people), solved exactly by this same
 *    procedure from the coarser level's prices; its destination duals price the destinations of the next level
 *    (each destination takes its cluster's price). Two exact coordinate steps then adjust each destination's
 *    price to the full problem's own nodes (coordinatePriceSteps).
 * 2. A start plan: each supply node's best arcs at those prices become the candidate columns, and the candidates
 *    sorted by utility less price are filled greedily. Every arc filled exhausts its supply or its destination,
 *    so the filled arcs form a forest; with one slack per tree that is a basis.
 * 3. The pricing loop over the full problem from that basis (primal simplex: the start is primal feasible unless
 *    a fill quota is unmet). As before, every arc of the full problem is priced at the end, so the result is
 *    proven optimal for the full problem, not for the aggregation, which only chooses where the simplex starts.
 */
import { BASIS_AT_LOWER, BASIS_AT_UPPER, BASIS_BASIC, type LpBasis, type LpSolver } from '../../lib/lp-solver';
import { solveByPricing, type PricedSolution, type PricingOptions } from './pricing-loop';
import { transportProgramme, type TransportProblem, type TransportProgramme } from './transport-problem';

/** Best arcs per supply node (by utility less price) that start as candidate columns. */
export const START_ARCS_PER_NODE = 5;
/**
 * The same for the aggregated levels: more, since their programmes are small. Their optimum is the same either
 * way, but the duals it ends on (these problems have many optimal duals) start the next level better: −7 % on
 * the full sample's six skills, measured against 5 (15 and 20 no better).
 */
export const START_ARCS_PER_AGGREGATE_NODE = 10;

/** Coordinate steps on the finest aggregation's prices before the full problem (coordinatePriceSteps). */
export const PRICE_STEPS = 2;

/** The pricing loop's settings from a warm start (primal simplex with devex pricing: fastest measured here). */
export const WARM_PRICING: Readonly<PricingOptions> = { simplex: 'primal', edgeWeights: 'devex', maxAddPerFirstRow: 4 };

/** Largest aggregated problem (supply clusters × destination clusters) whose arcs are merged in a dense table. */
const MAX_DENSE_CELLS = 8_000_000;

/** One level of aggregation: the cluster of every supply node and of every destination (ids from 0). */
export interface Clustering {
  supply: Int32Array;
  dest: Int32Array;
}

/** A greedy plan: the flow on every arc and what is left at each supply node and destination. */
export interface GreedyPlan {
  flow: Float64Array;
  supplyLeft: Float64Array;
  capacityLeft: Float64Array;
}

/** Utility less the destination's price, per arc. */
function keysAtPrices(tp: TransportProblem, destPrice: Float64Array | null): Float64Array {
  const key = Float64Array.from(tp.arcUtility);
  if (destPrice) for (let a = 0; a < key.length; a++) key[a] = key[a]! - destPrice[tp.arcDest[a]!]!;
  return key;
}

/**
 * Fills the arcs marked in `arcs` (all when omitted) in order of utility less the destination's price (ties by
 * arc index), each as far as its supply and destination allow; arcs of non-positive utility stay empty.
 */
export function greedyPlan(tp: TransportProblem, destPrice: Float64Array | null, arcs?: Uint8Array): GreedyPlan {
  return greedyByKey(tp, keysAtPrices(tp, destPrice), arcs);
}

function greedyByKey(tp: TransportProblem, key: Float64Array, arcs?: Uint8Array): GreedyPlan {
  const n = tp.arcSupply.length;
  const order: number[] = [];
  for (let a = 0; a < n; a++) if ((!arcs || arcs[a]) && tp.arcUtility[a]! > 0) order.push(a);
  order.sort((a, b) => key[b]! - key[a]! || a - b);
  const supplyLeft = Float64Array.from(tp.supply);
  const capacityLeft = Float64Array.from(tp.capacity);
  const flow = new Float64Array(n);
  for (const a of order) {
    const s = tp.arcSupply[a]!;
    const d = tp.arcDest[a]!;
    const q = Math.min(supplyLeft[s]!, capacityLeft[d]!);
    if (q <= 0) continue;
    flow[a] = q;
    supplyLeft[s] = supplyLeft[s]! - q;
    capacityLeft[d] = capacityLeft[d]! - q;
  }
  return { flow, supplyLeft, capacityLeft };
}

/**
 * The basis of a greedy plan: its filled arcs (a forest, see greedyPlan) basic, every other arc at zero; in each
 * tree the row with something left is basic (a greedy tree has at most one), or any one row when none has.
 * Throws when the filled arcs hold a cycle (not a greedy plan).
 */
export function forestBasis(tp: TransportProblem, plan: GreedyPlan): LpBasis {
  const S = tp.supply.length;
  const n = S + tp.capacity.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  const columns = new Uint8Array(tp.arcSupply.length).fill(BASIS_AT_LOWER);
  for (let a = 0; a < columns.length; a++) {
    if (!(plan.flow[a]! > 0)) continue;
    const r1 = root(tp.arcSupply[a]!);
    const r2 = root(S + tp.arcDest[a]!);
    if (r1 === r2) throw new Error('forestBasis: the filled arcs hold a cycle');
    parent[r1] = r2;
    columns[a] = BASIS_BASIC;
  }
  const rows = new Uint8Array(n).fill(BASIS_AT_UPPER);
  const treeHasBasic = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const left = r < S ? plan.supplyLeft[r]! : plan.capacityLeft[r - S]!;
    if (left > 0 && !treeHasBasic[root(r)]) {
      rows[r] = BASIS_BASIC;
      treeHasBasic[root(r)] = 1;
    }
  }
  for (let r = 0; r < n; r++) {
    if (treeHasBasic[root(r)]) continue;
    rows[r] = BASIS_BASIC;
    treeHasBasic[root(r)] = 1;
  }
  return { columns, rows };
}

/** Each supply node's `perNode` best arcs by utility less the destination's price (ties by arc index). */
export function bestArcsAtPrices(tp: TransportProblem, destPrice: Float64Array | null, perNode: number): Uint8Array {
  return bestArcsByKey(tp, keysAtPrices(tp, destPrice), perNode);
}

function bestArcsByKey(tp: TransportProblem, key: Float64Array, perNode: number): Uint8Array {
  const out = new Uint8Array(tp.arcSupply.length);
  const best: number[] = [];
  for (let s = 0; s + 1 < tp.firstArc.length; s++) {
    best.length = 0;
    for (let a = tp.firstArc[s]!; a < tp.firstArc[s + 1]!; a++) {
      // Insertion into a short sorted list: a node has a few dozen arcs at most.
      let k = best.length;
      while (k > 0 && key[best[k - 1]!]! < key[a]!) k--;
      if (k < perNode) {
        best.splice(k, 0, a);
        if (best.length > perNode) best.pop();
      }
    }
    for (const a of best) out[a] = 1;
  }
  return out;
}

/**
 * The gain of the worker who does not fit: walking `gains[lo..hi)` from the largest down, taking `people` each, the
 * gain at which more than `capacity` are taken (0 when all fit). A weighted quickselect (expected linear time; the
 * arrays are reordered), since a destination can have thousands of positive gains at high prices.
 */
export function marginalGain(gains: Float64Array, people: Float64Array, lo: number, hi: number, capacity: number): number {
  let left = capacity;
  const swap = (i: number, j: number): void => {
    const g = gains[i]!;
    gains[i] = gains[j]!;
    gains[j] = g;
    const w = people[i]!;
    people[i] = people[j]!;
    people[j] = w;
  };
  while (hi > lo) {
    const pivot = gains[lo + ((hi - lo) >> 1)]!;
    // [lo, lt) above the pivot, [lt, i) equal, [gt, hi) below.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i < gt) {
      if (gains[i]! > pivot) swap(i++, lt++);
      else if (gains[i]! < pivot) swap(i, --gt);
      else i++;
    }
    let above = 0;
    for (let k = lo; k < lt; k++) above += people[k]!;
    if (above > left) {
      hi = lt;
      continue;
    }
    let equal = 0;
    for (let k = lt; k < gt; k++) equal += people[k]!;
    if (above + equal > left) return pivot;
    left -= above + equal;
    lo = gt;
  }
  return 0;
}

/**
 * Exact coordinate steps on the destination prices: each destination, every other price held, gets the price at
 * which the workers who gain most by going there just fill it (a node's gain is the arc's utility less its best
 * other option at the current prices, 0 being none); all destinations at once, `steps` times. The aggregated
 * levels price a county's local market by its prefecture's merged market; these steps price it by its own county,
 * and sharpen the others (measured on the sample's six skills: 2 steps, 9.1k → 6.1k simplex iterations on the
 * full level; 4 steps 5.4k).
 */
export function coordinatePriceSteps(tp: TransportProblem, destPrice: Float64Array, steps: number): Float64Array {
  const S = tp.supply.length;
  const D = tp.capacity.length;
  let price = Float64Array.from(destPrice);
  const best1 = new Float64Array(S);
  const best2 = new Float64Array(S);
  const bestDest = new Int32Array(S);
  const count = new Int32Array(D + 1);
  const arcGain = new Float64Array(tp.arcSupply.length);
  const gains = new Float64Array(tp.arcSupply.length);
  const people = new Float64Array(tp.arcSupply.length);
  for (let step = 0; step < steps; step++) {
    for (let s = 0; s < S; s++) {
      let v1 = 0;
      let v2 = 0;
      let d1 = -1;
      for (let a = tp.firstArc[s]!; a < tp.firstArc[s + 1]!; a++) {
        const v = tp.arcUtility[a]! - price[tp.arcDest[a]!]!;
        if (v > v1) {
          v2 = v1;
          v1 = v;
          d1 = tp.arcDest[a]!;
        } else if (v > v2) v2 = v;
      }
      best1[s] = v1;
      best2[s] = v2;
      bestDest[s] = d1;
    }
    // Positive gains bucketed by destination (a counting sort).
    count.fill(0);
    for (let a = 0; a < arcGain.length; a++) {
      const s = tp.arcSupply[a]!;
      const g = tp.arcUtility[a]! - (bestDest[s] === tp.arcDest[a] ? best2[s]! : best1[s]!);
      arcGain[a] = g;
      if (g > 0) count[tp.arcDest[a]! + 1]!++;
    }
    for (let d = 0; d < D; d++) count[d + 1]! += count[d]!;
    const at = count.slice(0, D);
    for (let a = 0; a < arcGain.length; a++) {
      if (!(arcGain[a]! > 0)) continue;
      const k = at[tp.arcDest[a]!]!++;
      gains[k] = arcGain[a]!;
      people[k] = tp.supply[tp.arcSupply[a]!]!;
    }
    const next = new Float64Array(D);
    for (let d = 0; d < D; d++) next[d] = marginalGain(gains, people, count[d]!, count[d + 1]!, tp.capacity[d]!);
    price = next;
  }
  return price;
}

/** The problem with supply nodes and destinations merged into clusters; arcs averaged by the people behind them. */
export function aggregateTransport(tp: TransportProblem, clusters: Clustering): TransportProblem | null {
  let nS = 0;
  let nD = 0;
  for (const c of clusters.supply) nS = Math.max(nS, c + 1);
  for (const c of clusters.dest) nD = Math.max(nD, c + 1);
  if (nS * nD > MAX_DENSE_CELLS) return null;
  const supply = new Float64Array(nS);
  const capacity = new Float64Array(nD);
  const destMin = new Float64Array(nD);
  tp.supply.forEach((x, s) => (supply[clusters.supply[s]!] = supply[clusters.supply[s]!]! + x));
  tp.capacity.forEach((x, d) => {
    const c = clusters.dest[d]!;
    capacity[c] = capacity[c]! + x;
    destMin[c] = destMin[c]! + tp.destMin[d]!;
  });
  const weighted = new Float64Array(nS * nD);
  const weight = new Float64Array(nS * nD);
  const present = new Uint8Array(nS * nD);
  for (let a = 0; a < tp.arcSupply.length; a++) {
    const s = tp.arcSupply[a]!;
    const cell = clusters.supply[s]! * nD + clusters.dest[tp.arcDest[a]!]!;
    // A node without people still makes the arc exist (weight 1e-9 keeps its utility when it is alone).
    const w = tp.supply[s]! + 1e-9;
    weighted[cell] = weighted[cell]! + w * tp.arcUtility[a]!;
    weight[cell] = weight[cell]! + w;
    present[cell] = 1;
  }
  const arcSupply: number[] = [];
  const arcDest: number[] = [];
  const arcUtility: number[] = [];
  const firstArc = new Int32Array(nS + 1);
  for (let s = 0; s < nS; s++) {
    for (let d = 0; d < nD; d++) {
      const cell = s * nD + d;
      if (!present[cell]) continue;
      arcSupply.push(s);
      arcDest.push(d);
      arcUtility.push(weighted[cell]! / weight[cell]!);
    }
    firstArc[s + 1] = arcSupply.length;
  }
  return { supply, capacity, destMin, arcSupply: Int32Array.from(arcSupply), arcDest: Int32Array.from(arcDest), arcUtility: Float64Array.from(arcUtility), firstArc };
}

/**
 * A basis of the full rows as a basis of the programme: a folded node's row leaves with its status; when that row
 * was nonbasic (the node exhausted) its arc, if basic, becomes nonbasic at its bound, the node's supply. When the
 * row was basic, the arc (basic or at zero) keeps its status: a basic arc then stands for its tree's slack.
 */
function programmeBasis(tp: TransportProblem, prog: TransportProgramme, basis: LpBasis): LpBasis {
  const columns = Uint8Array.from(basis.columns);
  for (let a = 0; a < columns.length; a++) {
    const s = tp.arcSupply[a]!;
    if (prog.supplyRow[s]! < 0 && columns[a] === BASIS_BASIC && basis.rows[s] !== BASIS_BASIC) columns[a] = BASIS_AT_UPPER;
  }
  const rows = new Uint8Array(prog.rows.lower.length);
  for (let s = 0; s < tp.supply.length; s++) if (prog.supplyRow[s]! >= 0) rows[prog.supplyRow[s]!] = basis.rows[s]!;
  rows.set(basis.rows.subarray(tp.supply.length), prog.destRow0);
  return { columns, rows };
}

/**
 * The programme's solution over the full rows: a folded node's dual is what its arc gains over the destination's
 * price (0 when nothing), its row value its arc's flow; reduced costs are then those of the full problem.
 */
function fullRowsSolution(tp: TransportProblem, prog: TransportProgramme, solution: PricedSolution): PricedSolution {
  const S = tp.supply.length;
  const D = tp.capacity.length;
  const solved = solution.rowDual.length === prog.rows.lower.length;
  const rowDual = new Float64Array(S + D);
  const rowValue = new Float64Array(S + D);
  for (let d = 0; d < D; d++) {
    rowDual[S + d] = solved ? solution.rowDual[prog.destRow0 + d]! : 0;
    rowValue[S + d] = solution.rowValue[prog.destRow0 + d] ?? 0;
  }
  for (let s = 0; s < S; s++) {
    const row = prog.supplyRow[s]!;
    if (row >= 0) {
      rowDual[s] = solved ? solution.rowDual[row]! : 0;
      rowValue[s] = solution.rowValue[row] ?? 0;
      continue;
    }
    const a = tp.firstArc[s]!;
    if (a === tp.firstArc[s + 1]) continue;
    rowDual[s] = Math.max(0, tp.arcUtility[a]! - rowDual[S + tp.arcDest[a]!]!);
    rowValue[s] = solution.colValue[a]!;
  }
  const reducedCost = new Float64Array(tp.arcSupply.length);
  for (let a = 0; a < reducedCost.length; a++) reducedCost[a] = tp.arcUtility[a]! - rowDual[tp.arcSupply[a]!]! - rowDual[S + tp.arcDest[a]!]!;
  return { ...solution, rowDual, rowValue, reducedCost };
}

/** Solves `tp` by the pricing loop from the greedy basis at `destPrice` (null: at utility alone). */
function solveFromPrices(tp: TransportProblem, destPrice: Float64Array | null, solver: LpSolver, options: PricingOptions, perNode = START_ARCS_PER_NODE): PricedSolution {
  const key = keysAtPrices(tp, destPrice);
  const candidate = bestArcsByKey(tp, key, perNode);
  const plan = greedyByKey(tp, key, candidate);
  const prog = transportProgramme(tp);
  const startBasis = programmeBasis(tp, prog, forestBasis(tp, plan));
  return fullRowsSolution(tp, prog, solveByPricing(prog.rows, prog.columns, candidate, solver, { ...options, startBasis }));
}

/** Iterations and rounds spent on the aggregated levels, beside the final solution. */
export interface WarmSolution extends PricedSolution {
  /** Simplex iterations of the aggregated solves (not in `iterations`). */
  startIterations: number;
}

/**
 * Solves `tp` exactly, started from the prices of the aggregations `levels` (coarsest first; each maps the full
 * problem's nodes to its clusters). A level that fails to solve, or is too large to merge, is skipped.
 */
export function solveTransportWarm(tp: TransportProblem, levels: readonly Clustering[], solver: LpSolver, options: PricingOptions = WARM_PRICING): WarmSolution {
  let destPrice: Float64Array | null = null;
  let startIterations = 0;
  for (const clusters of levels) {
    const agg = aggregateTransport(tp, clusters);
    if (!agg) continue;
    let aggPrice: Float64Array | null = null;
    if (destPrice) {
      const finer = destPrice;
      const price = new Float64Array(agg.capacity.length);
      clusters.dest.forEach((c, d) => (price[c] = finer[d]!));
      aggPrice = price;
    }
    const solved = solveFromPrices(agg, aggPrice, solver, options, START_ARCS_PER_AGGREGATE_NODE);
    startIterations += solved.iterations;
    if (solved.status !== 'optimal') continue;
    const S = agg.supply.length;
    destPrice = Float64Array.from(clusters.dest, (c) => solved.rowDual[S + c]!);
  }
  if (destPrice) destPrice = coordinatePriceSteps(tp, destPrice, PRICE_STEPS);
  return { ...solveFromPrices(tp, destPrice, solver, options), startIterations };
}
