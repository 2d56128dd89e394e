/**
 * The Alkire–Foster multidimensional index with counties as units. A unit is deprived in a dimension when its value
 * is on the wrong side of that dimension's cutoff; its score is the weighted sum of its deprivations (weights
 * normalised to sum to 1); it is at risk when the score reaches the poverty cutoff k (score ≥ k). Over a set of
 * units: H = q / n (share at risk), A = mean score of those at risk, M0 = H × A, and each dimension's contribution
 * to M0 (w_j × censored headcount_j / M0, in %, summing to 100). Units missing a weighted dimension are left out
 * (n counts complete units only), as the method needs every dimension of a unit.
 */

/** Deprived when `value OP cutoff` holds (e.g. `<` 12000 for income: below 12,000 yuan is deprived). */
export type DeprivationOp = '<' | '<=' | '>' | '>=';

/** One dimension: its deprivation test and its (unnormalised) weight. */
export interface AfDimension {
  id: string;
  op: DeprivationOp;
  cutoff: number;
  weight: number;
}

/** Per-unit results of a scoring run, indexed like the input columns. */
export interface AfScores {
  /** Normalised weights, in dimension order. */
  weights: number[];
  k: number;
  /** Weighted deprivation score 0…1; NaN when the unit misses a weighted dimension. */
  score: Float64Array;
  /** 1 at risk, 0 not, NaN incomplete. */
  atRisk: Float64Array;
  /** deprived[j][i] = 1 when unit i is deprived in dimension j (0 when not or no value). */
  deprived: Uint8Array[];
}

/** Aggregates over a set of units. */
export interface AfAggregate {
  /** Units with every weighted dimension. */
  n: number;
  /** Units at risk. */
  q: number;
  H: number;
  A: number;
  M0: number;
  /** Contribution of each dimension to M0 in %, by dimension id (sums to 100 when M0 > 0, all 0 when M0 = 0). */
  contributions: Record<string, number>;
}

/** Scores are compared with k after rounding away float noise (1/3 + 1/3 + 1/3 must reach k = 1). */
const SCORE_EPSILON = 1e-9;

/** Weights scaled to sum to 1; throws when a weight is negative or not finite, or all are 0. */
export function normaliseWeights(weights: readonly number[]): number[] {
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new Error('weights must be finite and ≥ 0');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error('at least one weight must be above 0');
  return weights.map((w) => w / sum);
}

/** Is this value deprived under the dimension's cutoff? NaN is never deprived (it is missing). */
export function isDeprived(value: number, op: DeprivationOp, cutoff: number): boolean {
  if (Number.isNaN(value)) return false;
  switch (op) {
    case '<': return value < cutoff;
    case '<=': return value <= cutoff;
    case '>': return value > cutoff;
    case '>=': return value >= cutoff;
  }
}

/** Checks k: the poverty cutoff must be in (0, 1]. */
export function checkK(k: number): number {
  if (!Number.isFinite(k) || k <= 0 || k > 1) throw new Error('k must be in (0, 1]');
  return k;
}

/** Scores every unit. `columns[j][i]` is unit i's value in dimension j (NaN = missing). */
export function scoreUnits(columns: readonly ArrayLike<number>[], dims: readonly AfDimension[], k: number): AfScores {
  if (columns.length !== dims.length) throw new Error('one column per dimension');
  checkK(k);
  const weights = normaliseWeights(dims.map((d) => d.weight));
  const n = columns[0]?.length ?? 0;
  const score = new Float64Array(n);
  const atRisk = new Float64Array(n);
  const deprived = dims.map(() => new Uint8Array(n));
  for (let i = 0; i < n; i++) {
    let s = 0;
    let complete = true;
    for (let j = 0; j < dims.length; j++) {
      if (weights[j] === 0) continue;
      const value = columns[j]![i]!;
      if (Number.isNaN(value)) {
        complete = false;
        continue;
      }
      if (isDeprived(value, dims[j]!.op, dims[j]!.cutoff)) {
        deprived[j]![i] = 1;
        s += weights[j]!;
      }
    }
    score[i] = complete ? s : Number.NaN;
    atRisk[i] = complete ? (s >= k - SCORE_EPSILON ? 1 : 0) : Number.NaN;
  }
  return { weights, k, score, atRisk, deprived };
}

/** H, A, M0 and contributions over the units in `members` (indices; all units when absent). */
export function aggregate(scores: AfScores, dimIds: readonly string[], members?: Iterable<number>): AfAggregate {
  const indices = members ?? Array.from({ length: scores.score.length }, (_, i) => i);
  let n = 0;
  let q = 0;
  let sumScore = 0;
  const censored = dimIds.map(() => 0);
  for (const i of indices) {
    if (Number.isNaN(scores.score[i]!)) continue;
    n++;
    if (scores.atRisk[i] !== 1) continue;
    q++;
    sumScore += scores.score[i]!;
    for (let j = 0; j < dimIds.length; j++) if (scores.deprived[j]![i]) censored[j]!++;
  }
  const H = n > 0 ? q / n : 0;
  const A = q > 0 ? sumScore / q : 0;
  const M0 = n > 0 ? sumScore / n : 0;
  const contributions: Record<string, number> = {};
  dimIds.forEach((id, j) => {
    contributions[id] = M0 > 0 ? (100 * scores.weights[j]! * (censored[j]! / n)) / M0 : 0;
  });
  return { n, q, H, A, M0, contributions };
}
