/**
 * A small, solver-neutral view of a linear (or mixed-integer) programme in sparse column form, and of the session
 * that solves it: enough for column generation (add columns, re-solve from the last basis, read the duals) without
 * tying the model code to one solver's API. The HiGHS adapter is highs-lp-solver.ts.
 */

/** Columns in compressed sparse column form (CSC): column j's entries are `starts[j]..starts[j+1]`. */
export interface LpColumns {
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  starts: Int32Array;
  /** Row index of each entry. */
  rows: Int32Array;
  values: Float64Array;
  /** 1 for an integer column, 0 for a continuous one; omitted when every column is continuous. */
  integer?: Uint8Array;
}

/** A whole programme: maximise (or minimise) cost·x subject to rowLower ≤ Ax ≤ rowUpper and the column bounds. */
export interface LpModel {
  sense: 'maximize' | 'minimize';
  numRows: number;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  columns: LpColumns;
}

/** How a solve ended, in the words the interface shows. */
export type LpStatus = 'optimal' | 'infeasible' | 'unbounded' | 'time-limit' | 'error';

/** What one solve returned (duals are empty for a MIP). */
export interface LpResult {
  status: LpStatus;
  objective: number;
  colValue: Float64Array;
  /** Reduced costs, cost − Aᵀy, one per column. */
  colDual: Float64Array;
  /** Row duals y (shadow prices), one per row. */
  rowDual: Float64Array;
  rowValue: Float64Array;
  /** Relative MIP gap reported by the solver (0 for an LP solved to optimality). */
  mipGap: number;
  /** Simplex iterations of this run. */
  iterations: number;
}

/** Options of one solve. */
export interface LpSolveOptions {
  /** Seconds before the solver stops with its best solution (MIP) or status time-limit. */
  timeLimitS?: number;
  /** Relative MIP gap at which to stop. */
  mipRelGap?: number;
  /**
   * Simplex variant: `primal` suits column generation (adding columns keeps the last basis primal feasible, so
   * the next run starts where the last one stopped); `auto` lets the solver choose.
   */
  simplex?: 'auto' | 'primal' | 'dual';
  /**
   * Simplex pricing (edge weights). `devex` is far cheaper per iteration than steepest edge on the labour
   * transportation problems (about 6× faster solves, measured), at a few more iterations; unset lets the solver choose.
   */
  edgeWeights?: 'dantzig' | 'devex' | 'steepest-edge';
  /** A feasible starting point (one value per column): for a MIP, the first incumbent. */
  start?: Float64Array;
}

/** Status of a column or a row in a simplex basis. */
export const BASIS_AT_LOWER = 0;
export const BASIS_BASIC = 1;
export const BASIS_AT_UPPER = 2;

/**
 * A starting basis: one status per column and per row (BASIS_AT_LOWER, BASIS_BASIC or BASIS_AT_UPPER; a row's
 * status is that of its activity). A valid basis has exactly as many basic entries as rows.
 */
export interface LpBasis {
  columns: Uint8Array;
  rows: Uint8Array;
}

/** A model held by the solver between runs: columns can be appended and the next run starts from the last basis. */
export interface LpSession {
  addColumns(columns: LpColumns): void;
  /** Installs a starting basis for the next run; false when the solver rejects it (the run then starts from scratch). */
  setBasis(basis: LpBasis): boolean;
  run(options?: LpSolveOptions): LpResult;
  /** The whole held model in CPLEX LP format. */
  exportLp(): string;
  /** Frees the solver's memory; the session is unusable afterwards. */
  dispose(): void;
}

/** A solver that can open sessions on models. */
export interface LpSolver {
  /** Name and version shown in the interface, e.g. "HiGHS 1.15.1 (WebAssembly)". */
  readonly name: string;
  open(model: LpModel): LpSession;
}

/** Opens a session, runs it once and disposes it, even when the run throws. */
export function solveOnce(solver: LpSolver, model: LpModel, options?: LpSolveOptions): LpResult {
  const session = solver.open(model);
  try {
    return session.run(options);
  } finally {
    session.dispose();
  }
}

/** Grows typed arrays of columns one at a time, then hands out exact-length CSC arrays. */
export class LpColumnBuilder {
  private cost: number[] = [];
  private lower: number[] = [];
  private upper: number[] = [];
  private starts: number[] = [0];
  private rows: number[] = [];
  private values: number[] = [];
  private integer: number[] = [];
  private anyInteger = false;

  /** Number of columns added so far. */
  get count(): number {
    return this.cost.length;
  }

  /** Appends one column; `entries` are [row, value] pairs with distinct rows. */
  add(cost: number, lower: number, upper: number, entries: readonly (readonly [number, number])[], integer = false): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    for (const [row, value] of entries) {
      this.rows.push(row);
      this.values.push(value);
    }
    this.starts.push(this.rows.length);
    this.integer.push(integer ? 1 : 0);
    if (integer) this.anyInteger = true;
    return this.cost.length - 1;
  }

  /** The columns as CSC arrays. */
  build(): LpColumns {
    const out: LpColumns = {
      cost: Float64Array.from(this.cost),
      lower: Float64Array.from(this.lower),
      upper: Float64Array.from(this.upper),
      starts: Int32Array.from(this.starts),
      rows: Int32Array.from(this.rows),
      values: Float64Array.from(this.values),
    };
    if (this.anyInteger) out.integer = Uint8Array.from(this.integer);
    return out;
  }
}

/** Independent programmes as one block-diagonal programme (rows and columns of each in turn), same sense. */
export function stackModels(models: readonly LpModel[]): LpModel {
  const numRows = models.reduce((s, m) => s + m.numRows, 0);
  const numCols = models.reduce((s, m) => s + m.columns.cost.length, 0);
  const nnz = models.reduce((s, m) => s + m.columns.rows.length, 0);
  const out: LpModel = {
    sense: models[0]?.sense ?? 'maximize',
    numRows,
    rowLower: new Float64Array(numRows),
    rowUpper: new Float64Array(numRows),
    columns: {
      cost: new Float64Array(numCols), lower: new Float64Array(numCols), upper: new Float64Array(numCols),
      starts: new Int32Array(numCols + 1), rows: new Int32Array(nnz), values: new Float64Array(nnz),
    },
  };
  let r0 = 0;
  let c0 = 0;
  let e0 = 0;
  for (const m of models) {
    out.rowLower.set(m.rowLower, r0);
    out.rowUpper.set(m.rowUpper, r0);
    const c = m.columns;
    out.columns.cost.set(c.cost, c0);
    out.columns.lower.set(c.lower, c0);
    out.columns.upper.set(c.upper, c0);
    for (let j = 0; j < c.cost.length; j++) out.columns.starts[c0 + j + 1] = e0 + c.starts[j + 1]!;
    for (let e = 0; e < c.rows.length; e++) out.columns.rows[e0 + e] = r0 + c.rows[e]!;
    out.columns.values.set(c.values, e0);
    r0 += m.numRows;
    c0 += c.cost.length;
    e0 += c.rows.length;
  }
  return out;
}
