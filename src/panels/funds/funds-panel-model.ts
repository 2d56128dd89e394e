/**
 * From the fund bundle and the view to what the fund tab draws: the filter (year, province, map selection), the
 * flow graph and its balance, the d3-sankey layout, node names, the results of the year and the scatter points.
 * Pure: d3 computes, React draws.
 */
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import type { CountyIndexJson } from '../../model/geo/county';
import type { Lang } from '../../model/view/view-state';
import type { FundsView } from '../../model/funds/funds-view';
import type { FundRow } from '../../model/funds/fund-table';
import { buildFlowGraph, choosePlaceLevel, filterFundRows, type FlowFilter, type FlowGraph, type FlowNode, type PlaceOf } from '../../model/funds/fund-flow-graph';
import { findImbalances, type Imbalance } from '../../model/funds/fund-balance';
import { FUND_PURPOSES, findProgramme, findSource, nameInYear, type FundPurpose } from '../../model/funds/fund-catalogue';

/** A place lookup over the county index. */
export function placeLookup(index: CountyIndexJson): PlaceOf {
  const byCode = new Map(index.counties.map((c) => [c.adcode, { prefecture: c.prefecture, province: c.province }]));
  return (county) => byCode.get(county);
}

/** The counties the Sankey keeps: the map selection, within the province filter; null = all. */
export function fundCounties(view: FundsView, selection: readonly string[], index: CountyIndexJson): Set<string> | null {
  if (!view.province && selection.length === 0) return null;
  const inProvince = (c: { province: string }) => !view.province || c.province === view.province;
  const chosen = selection.length ? new Set(selection) : null;
  return new Set(index.counties.filter((c) => inProvince(c) && (!chosen || chosen.has(c.adcode))).map((c) => c.adcode));
}

/** The year shown: the view's, else the fund year nearest the map's year. */
export function fundYear(view: FundsView, years: readonly number[], paneYear: number): number | null {
  if (view.year !== null && years.includes(view.year)) return view.year;
  let best: number | null = null;
  for (const y of years) if (best === null || Math.abs(y - paneYear) < Math.abs(best - paneYear)) best = y;
  return best;
}

/** The name of a node in the language and year. */
export function nodeName(node: Pick<FlowNode, 'kind' | 'key'>, year: number, lang: Lang, index: CountyIndexJson | null): string {
  const pick = (t: { zh: string; en: string }) => (lang === 'en' ? t.en : t.zh);
  if (node.kind === 'source') {
    const s = findSource(node.key);
    return s ? pick(nameInYear(s, year)) : node.key;
  }
  if (node.kind === 'purpose') return pick(FUND_PURPOSES[node.key as FundPurpose] ?? { zh: node.key, en: node.key });
  if (node.kind === 'programme') {
    const p = findProgramme(node.key);
    return p ? pick(nameInYear(p, year)) : node.key;
  }
  const place = index?.provinces.find((p) => p.adcode === node.key) ?? index?.prefectures.find((p) => p.adcode === node.key) ?? index?.counties.find((c) => c.adcode === node.key);
  if (!place) return node.key;
  return lang === 'en' ? place.pinyin : place.name;
}

/** The graph of a filter and whether it balances. */
export interface FundsFlow {
  filter: FlowFilter;
  graph: FlowGraph;
  imbalances: Imbalance[];
  rows: FundRow[];
}

/** Builds the flow of the year and counties, choosing the place level that keeps the last column readable. */
export function fundsFlow(rows: readonly FundRow[], year: number, counties: ReadonlySet<string> | null, placeOf: PlaceOf): FundsFlow {
  const kept = filterFundRows(rows, { year, counties });
  const filter: FlowFilter = { year, counties, level: choosePlaceLevel(kept, placeOf) };
  const graph = buildFlowGraph(kept, filter, placeOf);
  return { filter, graph, imbalances: findImbalances(graph, kept, filter, placeOf), rows: kept };
}

/** A laid-out node and link, in pixels. */
export interface LaidNode extends FlowNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
export interface LaidLink {
  source: string;
  target: string;
  valueFen: number;
  path: string;
  widthPx: number;
}

/** Lays the graph out with d3-sankey in the given box; node order is the graph's (catalogue order). */
export function layoutSankey(graph: FlowGraph, widthPx: number, heightPx: number): { nodes: LaidNode[]; links: LaidLink[] } {
  if (graph.nodes.length === 0) return { nodes: [], links: [] };
  type N = FlowNode & { name: string };
  type L = { source: string; target: string; value: number; valueFen: number };
  const layout = sankey<N, L>()
    .nodeId((n) => n.id)
    .nodeWidth(10)
    .nodePadding(Math.max(2, Math.min(8, heightPx / graph.nodes.length / 3)))
    .nodeSort(null as unknown as undefined)
    .extent([[1, 4], [widthPx - 1, heightPx - 4]]);
  const input = {
    nodes: graph.nodes.map((n) => ({ ...n, name: n.id })),
    links: graph.links.map((l) => ({ source: l.source, target: l.target, value: l.valueFen, valueFen: l.valueFen })),
  } as unknown as SankeyGraph<N, L>;
  const out = layout(input);
  const path = sankeyLinkHorizontal();
  return {
    nodes: out.nodes.map((n) => ({ id: n.id, kind: n.kind, key: n.key, valueFen: n.valueFen, x0: n.x0 ?? 0, x1: n.x1 ?? 0, y0: n.y0 ?? 0, y1: n.y1 ?? 0 })),
    links: out.links.map((l) => ({
      source: (l.source as N).id,
      target: (l.target as N).id,
      valueFen: l.valueFen,
      path: path(l) ?? '',
      widthPx: Math.max(1, l.width ?? 1),
    })),
  };
}

/** Fen as 万元 with two decimals, for labels. */
export function fenToWanText(fen: number, lang: Lang): string {
  return (fen / 1_000_000).toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
