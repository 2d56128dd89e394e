/**
 * The balance check of a fund-flow graph: for every node, money in equals money out, to the fen; sources' outflow
 * equals what the table gives them and places' inflow what the table sends them (recomputed from the rows, not
 * from the graph, so a wrong aggregation cannot hide). Integers only: no tolerance is needed or allowed.
 */
import { nodeIdsOfRow, filterFundRows, type FlowFilter, type FlowGraph, type PlaceOf } from './fund-flow-graph';
import type { FundRow } from './fund-table';

/** A node that does not balance: the two sums in fen. */
export interface Imbalance {
  nodeId: string;
  inFen: number;
  outFen: number;
}

/** Every node that does not balance (empty = the graph balances at every node). */
export function findImbalances(graph: FlowGraph, rows: readonly FundRow[], filter: FlowFilter, placeOf: PlaceOf): Imbalance[] {
  const inFen = new Map<string, number>();
  const outFen = new Map<string, number>();
  for (const l of graph.links) {
    if (!Number.isSafeInteger(l.valueFen)) return [{ nodeId: `${l.source}>${l.target}`, inFen: l.valueFen, outFen: NaN }];
    outFen.set(l.source, (outFen.get(l.source) ?? 0) + l.valueFen);
    inFen.set(l.target, (inFen.get(l.target) ?? 0) + l.valueFen);
  }
  // What the table itself says enters each source and leaves each place.
  for (const row of filterFundRows(rows, filter)) {
    const [s, , , g] = nodeIdsOfRow(row, filter.level, placeOf);
    inFen.set(s, (inFen.get(s) ?? 0) + row.amountFen);
    outFen.set(g, (outFen.get(g) ?? 0) + row.amountFen);
  }
  const out: Imbalance[] = [];
  for (const node of graph.nodes) {
    const i = inFen.get(node.id) ?? 0;
    const o = outFen.get(node.id) ?? 0;
    if (i !== o || node.valueFen !== i) out.push({ nodeId: node.id, inFen: i, outFen: o });
  }
  return out;
}
