/**
 * From the partnership view options (`view.partnership`) to what the map and panel draw: the arc filter the data
 * array is built with, the flow year a pane's year maps to, and which arcs an eastern-partner filter lights up.
 */
import type { PartnershipView } from '../view/view-state';
import type { PartnershipStructure } from './pairings';
import type { ArcFilter, ArcLevel, PartnershipArc } from './arcs';
import type { IndexedPartnershipFlows } from './flows';

/**
 * The filter the arc data array is built with: western province and level only. The eastern-partner filter is a
 * highlight (the other arcs dim), a style change that never rebuilds thousands of arcs.
 */
export function arcFilterOfView(view: Pick<PartnershipView, 'westProvinceFilter' | 'level'>): ArcFilter {
  const filter: ArcFilter = {};
  if (view.westProvinceFilter) filter.westProvinces = [view.westProvinceFilter];
  if (view.level !== 'all') filter.levels = [view.level];
  return filter;
}

/** A key equal for views whose arc data arrays are equal (structure, western province, level). */
export function arcDataKey(view: Pick<PartnershipView, 'structure' | 'westProvinceFilter' | 'level'>): string {
  return `${view.structure}|${view.westProvinceFilter ?? ''}|${view.level}`;
}

/** The years a structure has flows for, ascending (2016: 2017–2020, 2021: 2021–2025 in the sample). */
export function structureFlowYears(flows: IndexedPartnershipFlows, structure: PartnershipStructure): number[] {
  const years = new Set<number>();
  const prefix = `${structure}-`;
  for (const s of flows.pairFlows) if (s.pair.startsWith(prefix)) for (const y of s.years) years.add(y);
  for (const set of flows.countyPairs) if (set.structure === structure) for (const y of set.years) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** A pane year mapped to a flow year: `exact` false means the map shows a different year and must say so. */
export interface FlowYear {
  year: number;
  exact: boolean;
}

/** The year in `years` nearest to `year` (the earlier one on a tie); null when there are none. */
export function nearestFlowYear(years: readonly number[], year: number): FlowYear | null {
  let best: number | null = null;
  for (const y of years) if (best === null || Math.abs(y - year) < Math.abs(best - year)) best = y;
  return best === null ? null : { year: best, exact: best === year };
}

/** Whether an arc is lit by an eastern-partner filter: a province lights its own and its cities' arcs. */
export function isArcLit(arc: Pick<PartnershipArc, 'eastPartner' | 'eastProvince'>, east: string | null): boolean {
  return east === null || arc.eastProvince === east || arc.eastPartner === east;
}

/** Counts the arcs of each level, e.g. for "11 province arcs, 854 county arcs". */
export function countArcsByLevel(arcs: readonly PartnershipArc[]): Record<ArcLevel, number> {
  const out: Record<ArcLevel, number> = { province: 0, prefecture: 0, county: 0 };
  for (const a of arcs) out[a.level]++;
  return out;
}

/** One end of the drawn arcs, as a dot: eastern ends are clickable to light up what that province supports. */
export interface ArcEndpoint {
  adcode: string;
  side: 'east' | 'west';
  point: PartnershipArc['eastPoint'];
  /** The eastern province the dot is coloured by (for a western end: of its first arc). */
  eastProvince: string;
  /** The eastern partner (province or city) of its first arc, which the eastern-partner filter matches. */
  eastPartner?: string;
  /** Whether the dot belongs to a pairing end (province or city) rather than only to county pairs. */
  partner: boolean;
}

/** The distinct ends of a set of arcs (eastern ends first), built once per arc array. */
export function buildArcEndpoints(arcs: readonly PartnershipArc[]): ArcEndpoint[] {
  const east = new Map<string, ArcEndpoint>();
  const west = new Map<string, ArcEndpoint>();
  for (const a of arcs) {
    const partner = a.level !== 'county';
    const e = east.get(a.eastAdcode);
    if (!e) east.set(a.eastAdcode, { adcode: a.eastAdcode, side: 'east', point: a.eastPoint, eastProvince: a.eastProvince, eastPartner: a.eastPartner, partner });
    else if (partner) e.partner = true;
    const w = west.get(a.westAdcode);
    if (!w) west.set(a.westAdcode, { adcode: a.westAdcode, side: 'west', point: a.westPoint, eastProvince: a.eastProvince, eastPartner: a.eastPartner, partner });
    else if (partner) w.partner = true;
  }
  return [...east.values(), ...west.values()];
}

/** Period of the animated flow: one dash travels its own length in this time. */
export const FLOW_PERIOD_MS = 1600;

/** The animation phase (0..1) at a clock time; pure so a manual clock can step it in tests. */
export function flowPhaseAt(nowMs: number, periodMs = FLOW_PERIOD_MS): number {
  const t = (nowMs % periodMs) / periodMs;
  return t < 0 ? t + 1 : t;
}

/**
 * From this zoom on, the national "all arcs" view also draws the county-to-county arcs; below it the pairing arcs
 * stand for the county pairs they hold (thousands of thin arcs across the country read as a smear, not as pairs).
 */
export const COUNTY_ARC_DETAIL_ZOOM = 5;

/**
 * Whether county arcs are drawn: always when asked for by level, narrowed by a filter or one is selected; else only
 * once the pane is zoomed in to COUNTY_ARC_DETAIL_ZOOM.
 */
export function countyArcsShown(
  view: Pick<PartnershipView, 'level' | 'eastFilter' | 'westProvinceFilter'> & { countyPair?: string | null },
  zoom: number,
): boolean {
  if (view.level === 'county' || view.eastFilter || view.westProvinceFilter || view.countyPair) return true;
  return zoom >= COUNTY_ARC_DETAIL_ZOOM;
}

/** How an arc is drawn: the selected county pair, lit, dimmed (another partner is lit) or not at all. */
export type ArcEmphasis = 'selected' | 'lit' | 'dim' | 'hidden';

/** What decides an arc's emphasis: the lit eastern partner, the selected arc id and whether county arcs show. */
export interface EmphasisInput {
  east: string | null;
  /** The selected county pair as `${eastCounty}-${westCounty}` (see countyPairKey), or null. */
  selected: string | null;
  countyArcs: boolean;
}

/** The emphasis of one arc (a pure accessor body, so the layer only wires it into colours and widths). */
export function arcEmphasis(
  arc: Pick<PartnershipArc, 'level' | 'eastPartner' | 'eastProvince' | 'eastAdcode' | 'westAdcode'>,
  input: EmphasisInput,
): ArcEmphasis {
  if (input.selected !== null && arc.level === 'county' && countyPairKey(arc) === input.selected) return 'selected';
  if (arc.level === 'county' && !input.countyArcs) return 'hidden';
  if (input.selected !== null) return 'dim';
  return isArcLit(arc, input.east) ? 'lit' : 'dim';
}

/** The key of a county pair, `${eastCounty}-${westCounty}`: what the view keeps of a selected pair (URL-safe). */
export function countyPairKey(arc: Pick<PartnershipArc, 'eastAdcode' | 'westAdcode'>): string {
  return `${arc.eastAdcode}-${arc.westAdcode}`;
}

/** The arcs the panel counts: those that pass every filter (the eastern partner included) and are drawn. */
export function countedArcs(arcs: readonly PartnershipArc[], east: string | null, countyArcs: boolean): PartnershipArc[] {
  return arcs.filter((a) => arcEmphasis(a, { east, selected: null, countyArcs }) === 'lit');
}
