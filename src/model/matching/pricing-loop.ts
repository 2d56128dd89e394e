/**
 * Exact column generation over a fixed set of rows: solve the programme restricted to candidate columns, price
 * every omitted column with the row duals (reduced cost c − Aᵀy), add back those that would improve the objective
 * and solve again, until none is left. When the last round finds no improving column, the restricted optimum is
 * optimal for the full programme (the duals are feasible for every column), so the result is proven, not a
 * heuristic. A restricted programme that is infeasible gets every column at once.
 */
import type { LpBasis, LpColumns, LpResult, LpSolveOptions, LpSolver, LpStatus } from '../../lib/lp-solver';

/** Rows shared by all columns. */
export interface LpRows {
  lower: Float64Array;
  upper: Float64Array;
}

/** Options of the pricing loop. */
export interface PricingOptions extends LpSolveOptions {
  /** Rounds before the loop gives up pricing and adds every remaining column (still exact). */
  maxRounds?: number;
  /** Most columns added in one round (the best by reduced cost). */
  maxAddPerRound?: number;
  /**
   * Most columns added per round for each column's first row (for a transportation problem: per supply node).
   * Adding only a node's best few improving columns keeps the programme small; later rounds add more if needed.
   */
  maxAddPerFirstRow?: number;
  /**
   * A starting basis over the full set of columns (statuses of the columns not in `candidate` are ignored) and the
   * rows: the first run starts there instead of from the slack basis.
   */
  startBasis?: LpBasis;
}

/** A solution over the full set of columns. */
export interface PricedSolution {
  status: LpStatus;
  objective: number;
  /** Value of every column of the full set (0 for those never added). */
  colValue: Float64Array;
  /** Reduced cost of every column from the final duals. */
  reducedCost: Float64Array;
  rowDual: Float64Array;
  rowValue: Float64Array;
  /** Columns in the last solved programme. */
  columnsSolved: number;
  /** Solves run (1 = the candidate set was already optimal). */
  rounds: number;
  iterations: number;
  mipGap: number;
  /** Whether the optimum is proven for the full set (the last pricing found no improving column). */
  proven: boolean;
}

/** The columns `picked` (ascending indices) of `all`, as their own CSC arrays. */
export function pickColumns(all: LpColumns, picked: ArrayLike<number>): LpColumns {
  const n = picked.length;
  let nnz = 0;
  for (let k = 0; k < n; k++) {
    const j = picked[k]!;
    nnz += all.starts[j + 1]! - all.starts[j]!;
  }
  const out: LpColumns = {
    cost: new Float64Array(n),
    lower: new Float64Array(n),
    upper: new Float64Array(n),
    starts: new Int32Array(n + 1),
    rows: new Int32Array(nnz),
    values: new Float64Array(nnz),
  };
  if (all.integer) out.integer = new Uint8Array(n);
  let at = 0;
  for (let k = 0; k < n; k++) {
    const j = picked[k]!;
    out.cost[k] = all.cost[j]!;
    out.lower[k] = all.lower[j]!;
    out.upper[k] = all.upper[j]!;
    if (all.integer && out.integer) out.integer[k] = all.integer[j]!;
    for (let e = all.starts[j]!; e < all.starts[j + 1]!; e++) {
      out.rows[at] = all.rows[e]!;
      out.values[at] = all.values[e]!;
      at++;
    }
    out.starts[k + 1] = at;
  }
  return out;
}

/** Reduced costs c − Aᵀy of all columns for row duals y. */
export function reducedCosts(all: LpColumns, rowDual: ArrayLike<number>): Float64Array {
  const out = new Float64Array(all.cost.length);
  for (let j = 0; j < out.length; j++) {
    let rc = all.cost[j]!;
    for (let e = all.starts[j]!; e < all.starts[j + 1]!; e++) rc -= all.values[e]! * (rowDual[all.rows[e]!] ?? 0);
    out[j] = rc;
  }
  return out;
}

/** Columns not yet in the model whose reduced cost exceeds `tolerance`, at most `perRow` per first row (the best). */
function improvingColumns(all: LpColumns, rc: Float64Array, inModel: Uint8Array, tolerance: number, perRow: number): number[] {
  const out: number[] = [];
  if (!Number.isFinite(perRow)) {
    for (let j = 0; j < rc.length; j++) if (!inModel[j] && rc[j]! > tolerance) out.push(j);
    return out;
  }
  const byRow = new Map<number, number[]>();
  for (let j = 0; j < rc.length; j++) {
    if (inModel[j] || !(rc[j]! > tolerance)) continue;
    const row = all.starts[j]! < all.starts[j + 1]! ? all.rows[all.starts[j]!]! : -1;
    const list = byRow.get(row);
    if (!list) byRow.set(row, [j]);
    else if (list.length < perRow) list.push(j);
    else {
      // Replace the worst kept column when this one is better (lists are tiny: a linear scan is enough).
      let worst = 0;
      for (let k = 1; k < list.length; k++) if (rc[list[k]!]! < rc[list[worst]!]!) worst = k;
      if (rc[j]! > rc[list[worst]!]!) list[worst] = j;
    }
  }
  for (const list of byRow.values()) out.push(...list);
  return out.sort((a, b) => a - b);
}

function expand(result: LpResult, included: readonly number[], total: number): Float64Array {
  const out = new Float64Array(total);
  for (let k = 0; k < included.length; k++) out[included[k]!] = result.colValue[k] ?? 0;
  return out;
}

/**
 * Maximises cost·x over the rows and the full set of columns `all`, starting from the columns marked in
 * `candidate`; the session is disposed whatever happens.
 */
export function solveByPricing(rows: LpRows, all: LpColumns, candidate: Uint8Array, solver: LpSolver, options: PricingOptions = {}): PricedSolution {
  const total = all.cost.length;
  const maxRounds = options.maxRounds ?? 40;
  const maxAdd = options.maxAddPerRound ?? Math.max(2000, rows.lower.length * 4);
  let costScale = 1;
  for (const c of all.cost) costScale = Math.max(costScale, Math.abs(c));
  const tolerance = 1e-9 * costScale;
  const inModel = new Uint8Array(total);
  const included: number[] = [];
  for (let j = 0; j < total; j++) if (candidate[j]) {
    inModel[j] = 1;
    included.push(j);
  }
  const session = solver.open({ sense: 'maximize', numRows: rows.lower.length, rowLower: rows.lower, rowUpper: rows.upper, columns: pickColumns(all, included) });
  try {
    const start = options.startBasis;
    if (start) session.setBasis({ columns: Uint8Array.from(included, (j) => start.columns[j]!), rows: start.rows });
    let result = session.run(options);
    let rounds = 1;
    let iterations = result.iterations;
    const addAll = (): void => {
      const rest: number[] = [];
      for (let j = 0; j < total; j++) if (!inModel[j]) rest.push(j);
      for (const j of rest) {
        inModel[j] = 1;
        included.push(j);
      }
      session.addColumns(pickColumns(all, rest));
    };
    const isMip = all.integer !== undefined;
    if (result.status === 'infeasible' && included.length < total) {
      addAll();
      result = session.run(options);
      rounds++;
      iterations += result.iterations;
    }
    let proven = included.length === total;
    // A MIP has no duals to price with; its callers price the LP relaxation first and pass the columns it used.
    while (!isMip && result.status === 'optimal' && !proven) {
      const rc = reducedCosts(all, result.rowDual);
      const improving = improvingColumns(all, rc, inModel, tolerance, options.maxAddPerFirstRow ?? Infinity);
      if (improving.length === 0) {
        proven = true;
        break;
      }
      if (rounds >= maxRounds) {
        addAll();
      } else {
        let add = improving;
        if (add.length > maxAdd) add = [...improving].sort((a, b) => rc[b]! - rc[a]! || a - b).slice(0, maxAdd).sort((a, b) => a - b);
        for (const j of add) {
          inModel[j] = 1;
          included.push(j);
        }
        session.addColumns(pickColumns(all, add));
      }
      result = session.run(options);
      rounds++;
      iterations += result.iterations;
      if (included.length === total) proven = result.status === 'optimal';
    }
    const colValue = expand(result, included, total);
    const rowDual = result.rowDual.length === rows.lower.length ? result.rowDual : new Float64Array(rows.lower.length);
    return {
      status: result.status,
      objective: result.objective,
      colValue,
      reducedCost: isMip ? new Float64Array(total) : reducedCosts(all, rowDual),
      rowDual,
      rowValue: result.rowValue,
      columnsSolved: included.length,
      rounds,
      iterations,
      mipGap: result.mipGap,
      proven: proven || isMip,
    };
  } finally {
    session.dispose();
  }
}
