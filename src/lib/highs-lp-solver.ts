/**
 * The LpSolver of lp-solver.ts over HiGHS compiled to WebAssembly (the `highs` package, MIT), through its
 * persistent sparse-model interface: columns go in as CSC typed arrays (never as LP text), added columns re-solve
 * from the previous basis, and every session disposes its native model (garbage collection does not free it).
 * The runtime is loaded by the caller (Node loads the package's own wasm; the browser worker locates the Vite
 * asset), so this file only needs the runtime's type.
 */
import type { Highs, Model, ModelData } from 'highs';
import type { LpBasis, LpColumns, LpModel, LpResult, LpSession, LpSolveOptions, LpSolver, LpStatus } from './lp-solver';

/** Maps HiGHS model status codes (highs.constants.modelStatus) to the statuses the interface shows. */
function statusOf(code: number, hasSolution: boolean): LpStatus {
  switch (code) {
    case 7:
      return 'optimal';
    case 8:
      return 'infeasible';
    case 9:
    case 10:
      return 'unbounded';
    case 13:
      return hasSolution ? 'time-limit' : 'error';
    case 6:
      return 'optimal'; // an empty model: nothing to decide, trivially optimal
    default:
      return 'error';
  }
}

/** HiGHS wants its own infinity value for a missing bound. */
function clampInfinities(values: Float64Array, infinity: number): Float64Array {
  let needs = false;
  for (const v of values) if (!Number.isFinite(v)) needs = true;
  if (!needs) return values;
  return values.map((v) => (v === Infinity ? infinity : v === -Infinity ? -infinity : v));
}

function matrixOf(columns: LpColumns, numRows: number) {
  return {
    format: 'csc' as const,
    numRows,
    numCols: columns.cost.length,
    starts: columns.starts,
    indices: columns.rows,
    values: columns.values,
  };
}

class HighsSession implements LpSession {
  private numRows: number;
  private integer: boolean;

  constructor(
    private readonly highs: Highs,
    private readonly model: Model,
    lp: LpModel,
  ) {
    this.numRows = lp.numRows;
    this.integer = lp.columns.integer !== undefined;
  }

  addColumns(columns: LpColumns): void {
    if (columns.cost.length === 0) return;
    const inf = this.highs.infinity;
    this.model.addCols({
      cost: columns.cost,
      lower: clampInfinities(columns.lower, inf),
      upper: clampInfinities(columns.upper, inf),
      matrix: matrixOf(columns, this.numRows),
    });
  }

  setBasis(basis: LpBasis): boolean {
    // lp-solver's status codes are HiGHS's own (0 lower, 1 basic, 2 upper).
    try {
      return this.model.setBasis({ colStatus: Int32Array.from(basis.columns), rowStatus: Int32Array.from(basis.rows) }).status >= 0;
    } catch {
      return false;
    }
  }

  run(options: LpSolveOptions = {}): LpResult {
    const opts: Record<string, number | boolean | string> = { output_flag: false };
    if (options.timeLimitS !== undefined) opts['time_limit'] = options.timeLimitS;
    if (options.mipRelGap !== undefined) opts['mip_rel_gap'] = options.mipRelGap;
    // HiGHS simplex_strategy: 0 choose, 1 serial dual, 4 primal.
    opts['simplex_strategy'] = options.simplex === 'primal' ? 4 : options.simplex === 'dual' ? 1 : 0;
    if (options.edgeWeights !== undefined) {
      // HiGHS edge-weight strategy codes: 0 Dantzig, 1 devex, 2 steepest edge (for the dual and the primal simplex).
      const code = options.edgeWeights === 'dantzig' ? 0 : options.edgeWeights === 'devex' ? 1 : 2;
      opts['simplex_dual_edge_weight_strategy'] = code;
      opts['simplex_primal_edge_weight_strategy'] = code;
    }
    this.model.options.set(opts);
    if (options.start) this.model.setSolution({ colValue: options.start });
    this.model.zeroAllClocks();
    this.model.run();
    const code = this.model.getModelStatus();
    const solution = this.model.getSolution();
    const hasSolution = solution.colValue.length > 0 && code !== 8;
    const status = statusOf(code, hasSolution);
    const info = (name: string): number => {
      try {
        const v = this.model.info.get(name);
        return typeof v === 'bigint' ? Number(v) : v;
      } catch {
        return 0;
      }
    };
    return {
      status,
      objective: status === 'optimal' || status === 'time-limit' ? this.model.getObjectiveValue() : NaN,
      colValue: solution.colValue,
      colDual: solution.colDual,
      rowDual: solution.rowDual,
      rowValue: solution.rowValue,
      mipGap: this.integer ? Math.max(0, info('mip_gap')) : 0,
      iterations: info('simplex_iteration_count'),
    };
  }

  exportLp(): string {
    return this.model.exportModel('lp');
  }

  dispose(): void {
    this.model.dispose();
  }
}

/** Wraps a loaded HiGHS runtime as an LpSolver. */
export function createHighsSolver(highs: Highs): LpSolver {
  const inf = highs.infinity;
  return {
    name: `HiGHS ${highs.version.string} (WebAssembly)`,
    open(lp) {
      const data: ModelData = {
        numCols: lp.columns.cost.length,
        numRows: lp.numRows,
        sense: lp.sense === 'maximize' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
        colCost: lp.columns.cost,
        colLower: clampInfinities(lp.columns.lower, inf),
        colUpper: clampInfinities(lp.columns.upper, inf),
        rowLower: clampInfinities(lp.rowLower, inf),
        rowUpper: clampInfinities(lp.rowUpper, inf),
        matrix: matrixOf(lp.columns, lp.numRows),
        ...(lp.columns.integer ? { integrality: Int32Array.from(lp.columns.integer) } : {}),
      };
      const model = highs.createModel(data);
      return new HighsSession(highs, model, lp);
    },
  };
}
