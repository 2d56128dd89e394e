/**
 * From the long table to the Sankey's graph: sources → purposes → programme lines → places (provinces, prefectures
 * or counties), for one year and an optional set of counties. Values are integer fen, summed exactly; the balance
 * check (fund-balance.ts) proves every node's inflow equals its outflow.
 */
import {
  FUND_PROGRAMMES,
  FUND_SOURCES,
  catalogueOrder,
  findProgramme,
  purposeInYear,
  type FundPurpose,
} from './fund-catalogue';
import type { FundRow } from './fund-table';

/** The level the last column of the Sankey shows. */
export type PlaceLevel = 'province' | 'prefecture' | 'county';

/** Which column a node sits in. */
export type FlowNodeKind = 'source' | 'purpose' | 'programme' | 'place';

/** A node: `id` is `s.<source>`, `u.<purpose>`, `p.<programme>` or `g.<adcode>` (URL-safe, no colon). */
export interface FlowNode {
  id: string;
  kind: FlowNodeKind;
  /** Source or programme id, purpose key or place adcode. */
  key: string;
  /** Total through the node in fen (the larger of in and out, which are equal when it balances). */
  valueFen: number;
}

/** A link between two node ids, in fen. */
export interface FlowLink {
  source: string;
  target: string;
  valueFen: number;
}

/** The graph of one filter. */
export interface FlowGraph {
  year: number;
  level: PlaceLevel;
  nodes: FlowNode[];
  links: FlowLink[];
  /** Sum of the rows drawn, in fen. */
  totalFen: number;
  /** Rows drawn. */
  rowCount: number;
}

/** Where a county lies (prefecture and province adcodes), from the county index. */
export type PlaceOf = (county: string) => { prefecture: string; province: string } | undefined;

/** The filter of a graph. */
export interface FlowFilter {
  year: number;
  /** Counties kept; null = all. */
  counties: ReadonlySet<string> | null;
  level: PlaceLevel;
}

/** The node id of each column for a row. */
export function nodeIdsOfRow(row: FundRow, level: PlaceLevel, placeOf: PlaceOf): [string, string, string, string] {
  const purpose: FundPurpose = purposeInYear(findProgramme(row.programme), row.year);
  const place = placeOf(row.county);
  const placeCode = level === 'county' || !place ? row.county : level === 'prefecture' ? place.prefecture : place.province;
  return [`s.${row.source}`, `u.${purpose}`, `p.${row.programme}`, `g.${placeCode}`];
}

/** The rows a filter keeps. */
export function filterFundRows(rows: readonly FundRow[], filter: Pick<FlowFilter, 'year' | 'counties'>): FundRow[] {
  return rows.filter((r) => r.year === filter.year && (filter.counties === null || filter.counties.has(r.county)));
}

const KIND_OF: Record<string, FlowNodeKind> = { s: 'source', u: 'purpose', p: 'programme', g: 'place' };
const PURPOSE_ORDER: readonly string[] = ['alleviate', 'consolidate', 'revitalise'];

function orderOf(node: FlowNode): number {
  if (node.kind === 'source') return catalogueOrder(FUND_SOURCES, node.key);
  if (node.kind === 'programme') return catalogueOrder(FUND_PROGRAMMES, node.key);
  if (node.kind === 'purpose') return PURPOSE_ORDER.indexOf(node.key);
  return 0;
}

/** Builds the graph of the rows a filter keeps; nodes in a stable order (catalogue order, places by adcode). */
export function buildFlowGraph(rows: readonly FundRow[], filter: FlowFilter, placeOf: PlaceOf): FlowGraph {
  const kept = filterFundRows(rows, filter);
  const linkFen = new Map<string, number>();
  const add = (a: string, b: string, fen: number): void => {
    const key = `${a}>${b}`;
    linkFen.set(key, (linkFen.get(key) ?? 0) + fen);
  };
  let totalFen = 0;
  for (const row of kept) {
    const [s, u, p, g] = nodeIdsOfRow(row, filter.level, placeOf);
    add(s, u, row.amountFen);
    add(u, p, row.amountFen);
    add(p, g, row.amountFen);
    totalFen += row.amountFen;
  }
  const inFen = new Map<string, number>();
  const outFen = new Map<string, number>();
  const links: FlowLink[] = [];
  for (const [key, valueFen] of linkFen) {
    const [source, target] = key.split('>') as [string, string];
    links.push({ source, target, valueFen });
    outFen.set(source, (outFen.get(source) ?? 0) + valueFen);
    inFen.set(target, (inFen.get(target) ?? 0) + valueFen);
  }
  const ids = new Set([...inFen.keys(), ...outFen.keys()]);
  const nodes: FlowNode[] = [...ids].map((id) => ({
    id,
    kind: KIND_OF[id.slice(0, 1)] ?? 'place',
    key: id.slice(2),
    valueFen: Math.max(inFen.get(id) ?? 0, outFen.get(id) ?? 0),
  }));
  const column: Record<FlowNodeKind, number> = { source: 0, purpose: 1, programme: 2, place: 3 };
  nodes.sort((a, b) => column[a.kind] - column[b.kind] || orderOf(a) - orderOf(b) || a.key.localeCompare(b.key));
  return { year: filter.year, level: filter.level, nodes, links, totalFen, rowCount: kept.length };
}

/** The counties whose rows pass through a node (for "a click on a node filters the map"). */
export function countiesThroughNode(rows: readonly FundRow[], filter: FlowFilter, nodeId: string, placeOf: PlaceOf): Set<string> {
  const out = new Set<string>();
  for (const row of filterFundRows(rows, filter)) if (nodeIdsOfRow(row, filter.level, placeOf).includes(nodeId)) out.add(row.county);
  return out;
}

/** Most place nodes the last column shows before it steps up a level (provinces, prefectures, counties). */
export const MAX_PLACE_NODES = 40;

/** The finest place level whose column has at most MAX_PLACE_NODES nodes for these rows. */
export function choosePlaceLevel(rows: readonly FundRow[], placeOf: PlaceOf): PlaceLevel {
  const counties = new Set<string>();
  const prefectures = new Set<string>();
  for (const r of rows) {
    counties.add(r.county);
    prefectures.add(placeOf(r.county)?.prefecture ?? r.county);
  }
  if (counties.size <= MAX_PLACE_NODES) return 'county';
  return prefectures.size <= MAX_PLACE_NODES ? 'prefecture' : 'province';
}
