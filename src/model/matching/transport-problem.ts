/**
 * A transportation problem stripped to its numbers (supplies, destinations, arcs with a utility to maximise), the
 * shape the warm start works on at every level of aggregation; and its rows and columns for the solver.
 * Rows: supply nodes first (flow out ≤ supply), then destinations (minimum ≤ flow in ≤ capacity).
 */
import type { LpColumns } from '../../lib/lp-solver';
import type { LpRows } from './pricing-loop';

export interface TransportProblem {
  supply: Float64Array;
  capacity: Float64Array;
  /** Lower bound of each destination's intake (a fill quota; 0 when none). */
  destMin: Float64Array;
  /** Arc a goes from supply arcSupply[a] to destination arcDest[a]; arcs are grouped by supply node. */
  arcSupply: Int32Array;
  arcDest: Int32Array;
  arcUtility: Float64Array;
  /** Arcs of supply s: firstArc[s]..firstArc[s+1]. */
  firstArc: Int32Array;
}

export function transportRows(tp: TransportProblem): LpRows {
  const S = tp.supply.length;
  const n = S + tp.capacity.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  upper.set(tp.supply, 0);
  upper.set(tp.capacity, S);
  lower.set(tp.destMin, S);
  return { lower, upper };
}

/** Every arc as an LP column: utility as cost, one entry in its supply row and one in its destination row. */
export function transportColumns(tp: TransportProblem): LpColumns {
  const n = tp.arcSupply.length;
  const S = tp.supply.length;
  const starts = new Int32Array(n + 1);
  const rows = new Int32Array(2 * n);
  for (let a = 0; a < n; a++) {
    starts[a + 1] = 2 * a + 2;
    rows[2 * a] = tp.arcSupply[a]!;
    rows[2 * a + 1] = S + tp.arcDest[a]!;
  }
  return {
    cost: tp.arcUtility,
    lower: new Float64Array(n),
    upper: new Float64Array(n).fill(Infinity),
    starts,
    rows,
    values: new Float64Array(2 * n).fill(1),
  };
}

/**
 * The LP of `tp` with every supply node of at most one arc taken out of the rows: its arc's column carries the
 * node's supply as its upper bound instead (a row with one entry is a bound). In the labour problems a third of
 * the supply nodes (the local-willing groups) have one arc; fewer rows make every simplex iteration cheaper.
 */
export interface TransportProgramme {
  rows: LpRows;
  columns: LpColumns;
  /** Row of each supply node in the programme, −1 when folded into its arc's bound. */
  supplyRow: Int32Array;
  /** Row of the first destination (destinations follow the kept supply rows in order). */
  destRow0: number;
}

export function transportProgramme(tp: TransportProblem): TransportProgramme {
  const S = tp.supply.length;
  const D = tp.capacity.length;
  const supplyRow = new Int32Array(S).fill(-1);
  let r = 0;
  for (let s = 0; s < S; s++) if (tp.firstArc[s + 1]! - tp.firstArc[s]! > 1) supplyRow[s] = r++;
  const destRow0 = r;
  const lower = new Float64Array(r + D);
  const upper = new Float64Array(r + D);
  for (let s = 0; s < S; s++) if (supplyRow[s]! >= 0) upper[supplyRow[s]!] = tp.supply[s]!;
  upper.set(tp.capacity, destRow0);
  lower.set(tp.destMin, destRow0);
  const n = tp.arcSupply.length;
  const starts = new Int32Array(n + 1);
  const rows = new Int32Array(2 * n);
  const colUpper = new Float64Array(n).fill(Infinity);
  let e = 0;
  for (let a = 0; a < n; a++) {
    const s = tp.arcSupply[a]!;
    if (supplyRow[s]! >= 0) rows[e++] = supplyRow[s]!;
    else colUpper[a] = tp.supply[s]!;
    rows[e++] = destRow0 + tp.arcDest[a]!;
    starts[a + 1] = e;
  }
  return {
    rows: { lower, upper },
    columns: { cost: tp.arcUtility, lower: new Float64Array(n), upper: colUpper, starts, rows: rows.slice(0, e), values: new Float64Array(e).fill(1) },
    supplyRow,
    destRow0,
  };
}
