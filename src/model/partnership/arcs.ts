/**
 * Partnership arcs as plain records: built once per (structure, levels, filter) so the map keeps one stable data
 * array, while the measure, year, highlight and direction only change accessors.
 */
import type { LngLat } from '../geo/county';
import type { Pairing, PartnershipStructure } from './pairings';
import { countyPairValue, pairFlowValue, type IndexedPartnershipFlows } from './flows';
import type { FlowDirection } from './measures';
import type { PartnershipPlaces } from './places';

/** What an arc links: two provinces, a pairing with a prefecture end, or two counties (携手奔小康). */
export type ArcLevel = 'province' | 'prefecture' | 'county';

/** All arc levels, coarsest first. */
export const ARC_LEVELS: readonly ArcLevel[] = ['province', 'prefecture', 'county'];

/** One arc on the map. */
export interface PartnershipArc {
  /** Pairing id, or `${pairingId}:${eastCounty}-${westCounty}` for a county pair. */
  id: string;
  level: ArcLevel;
  /** The pairing this arc is, or belongs to. */
  pairId: string;
  /** Eastern partner of the pairing (province or prefecture adcode), which the eastern-partner filter matches. */
  eastPartner: string;
  eastAdcode: string;
  westAdcode: string;
  eastProvince: string;
  westProvince: string;
  /** Points inside the eastern and western polygons. */
  eastPoint: LngLat;
  westPoint: LngLat;
  /** Index of the county pair set and row holding a county arc's values; -1 for a pairing arc. */
  countySet: number;
  countyRow: number;
}

/** What to draw; empty or absent lists mean "all". */
export interface ArcFilter {
  /** Eastern partners: a province adcode matches all its pairings (its cities' too); a city matches its own. */
  east?: readonly string[];
  /** Western partners: a province matches every western end inside it, a prefecture its own pairings. */
  westProvinces?: readonly string[];
  levels?: readonly ArcLevel[];
}

/** Inputs of buildPartnershipArcs. */
export interface BuildArcsInput {
  pairs: readonly Pairing[];
  /** Needed for county arcs; without it only pairing arcs are built. */
  flows: IndexedPartnershipFlows | null;
  places: PartnershipPlaces;
  structure: PartnershipStructure;
  filter?: ArcFilter;
}

/** Ids of places that could not be resolved, returned so the caller can report them instead of hiding them. */
export interface BuiltArcs {
  arcs: PartnershipArc[];
  unresolved: string[];
}

function passes(list: readonly string[] | undefined, ...candidates: string[]): boolean {
  return list === undefined || list.length === 0 || candidates.some((c) => list.includes(c));
}

/** Builds the arcs of one structure that pass the filter; call it only when its inputs change. */
export function buildPartnershipArcs(input: BuildArcsInput): BuiltArcs {
  const { pairs, flows, places, structure, filter = {} } = input;
  const arcs: PartnershipArc[] = [];
  const unresolved: string[] = [];
  // Pairings that pass the east/west filters, even if their own level is filtered out: their county arcs may stay.
  const kept = new Map<string, Pairing>();
  const wantCounties = passes(filter.levels, 'county');
  for (const pair of pairs) {
    if (pair.structure !== structure) continue;
    const east = places.get(pair.east.adcode, pair.east.level);
    const west = places.get(pair.west.adcode, pair.west.level);
    if (!east || !west) {
      unresolved.push(pair.id);
      continue;
    }
    if (!passes(filter.east, pair.east.adcode, east.province)) continue;
    if (!passes(filter.westProvinces, west.province, pair.west.adcode)) continue;
    kept.set(pair.id, pair);
    if (!passes(filter.levels, pair.level)) continue;
    arcs.push({
      id: pair.id,
      level: pair.level,
      pairId: pair.id,
      eastPartner: pair.east.adcode,
      eastAdcode: east.adcode,
      westAdcode: west.adcode,
      eastProvince: east.province,
      westProvince: west.province,
      eastPoint: east.anchor,
      westPoint: west.anchor,
      countySet: -1,
      countyRow: -1,
    });
  }
  if (!wantCounties || !flows) return { arcs, unresolved };
  flows.countyPairs.forEach((set, setIndex) => {
    if (set.structure !== structure) return;
    set.pair.forEach((pairId, row) => {
      const parent = kept.get(pairId);
      const eastCode = set.east[row] ?? '';
      const westCode = set.west[row] ?? '';
      if (!parent) return;
      const east = places.get(eastCode, 'county');
      const west = places.get(westCode, 'county');
      if (!east || !west) {
        unresolved.push(`${pairId}:${eastCode}-${westCode}`);
        return;
      }
      arcs.push({
        id: `${pairId}:${eastCode}-${westCode}`,
        level: 'county',
        pairId,
        eastPartner: parent.east.adcode,
        eastAdcode: eastCode,
        westAdcode: westCode,
        eastProvince: east.province,
        westProvince: west.province,
        eastPoint: east.anchor,
        westPoint: west.anchor,
        countySet: setIndex,
        countyRow: row,
      });
    });
  });
  return { arcs, unresolved };
}

/** Reads an arc's value of a measure in a year (null when missing). */
export type ArcValueReader = (arc: PartnershipArc, measureId: string, year: number) => number | null;

/** Creates the value reader for arcs built from these flows; keep one per flows object so triggers stay stable. */
export function createArcValueReader(flows: IndexedPartnershipFlows | null): ArcValueReader {
  return (arc, measureId, year) => {
    if (!flows) return null;
    if (arc.countySet < 0) return pairFlowValue(flows, arc.pairId, measureId, year);
    const set = flows.countyPairs[arc.countySet];
    return set ? countyPairValue(set, arc.countyRow, measureId, year) : null;
  };
}

/** The largest value of a measure over the arcs and years given, for a width scale that holds across years. */
export function maxArcValue(
  arcs: readonly PartnershipArc[],
  read: ArcValueReader,
  measureId: string,
  years: readonly number[],
): number {
  let max = 0;
  for (const arc of arcs) {
    for (const year of years) {
      const v = read(arc, measureId, year);
      if (v !== null && v > max) max = v;
    }
  }
  return max;
}

/** Where the flow of a measure starts: east_to_west flows leave the eastern end. */
export function arcSourcePoint(arc: PartnershipArc, direction: FlowDirection): LngLat {
  return direction === 'east_to_west' ? arc.eastPoint : arc.westPoint;
}

/** Where the flow of a measure arrives: west_to_east flows (labour) arrive at the eastern end. */
export function arcTargetPoint(arc: PartnershipArc, direction: FlowDirection): LngLat {
  return direction === 'east_to_west' ? arc.westPoint : arc.eastPoint;
}

/** Whether an arc belongs to what an eastern province supports (its own pairings and its cities'). */
export function isArcOfEastProvince(arc: PartnershipArc, provinceAdcode: string | null): boolean {
  return provinceAdcode !== null && arc.eastProvince === provinceAdcode;
}

/** The arcs an eastern province supports, e.g. to list them when it is clicked. */
export function arcsOfEastProvince(arcs: readonly PartnershipArc[], provinceAdcode: string): PartnershipArc[] {
  return arcs.filter((a) => a.eastProvince === provinceAdcode);
}
