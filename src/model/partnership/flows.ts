/**
 * Partnership flows: what moved along each pairing per year, and the county-to-county pairs (携手奔小康) inside
 * each pairing with their own figures. The shipped file (public/data/sample/partnership-flows.json) is sample data.
 */
import * as v from 'valibot';
import { localTextSchema } from '../common-schemas';
import { cellsSchema, provenanceSchema } from '../indicators/dataset';
import { PARTNERSHIP_STRUCTURES } from './pairings';
import { measureDimensionsListed, measureRegistryEntries } from './measures';
import { parseWithSchema } from '../../lib/parse-with-schema';

/** One pairing's yearly series: values[measureId][yearIndex], null where missing. */
const pairFlowSeriesSchema = v.pipe(
  v.object({
    /** Pairing id, `${structure}-${east}-${west}`. */
    pair: v.string(),
    years: v.array(v.number()),
    values: v.record(v.string(), cellsSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { years, values } = dataset.value;
    for (const [m, col] of Object.entries(values)) {
      if (col.length !== years.length) addIssue({ message: `expected values.${m} to have ${years.length} numbers or nulls, got ${col.length}` });
    }
  }),
);
export type PairFlowSeries = v.InferOutput<typeof pairFlowSeriesSchema>;

/**
 * The county-to-county pairs of one structure, stored as parallel columns (one entry per county pair) so a few
 * thousand pairs stay small: values[measureId][yearIndex][countyPairIndex].
 */
const countyPairSetSchema = v.pipe(
  v.object({
    structure: v.picklist(PARTNERSHIP_STRUCTURES),
    years: v.array(v.number()),
    /** Parent pairing id of each county pair. */
    pair: v.array(v.string()),
    /** Eastern county adcode of each county pair. */
    east: v.array(v.string()),
    /** Western county adcode of each county pair. */
    west: v.array(v.string()),
    values: v.record(v.string(), v.array(cellsSchema)),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const set = dataset.value;
    const n = set.pair.length;
    for (const key of ['east', 'west'] as const) {
      if (set[key].length !== n) addIssue({ message: `expected ${key} to have ${n} strings (one per county pair), got ${set[key].length}` });
    }
    for (const [m, byYear] of Object.entries(set.values)) {
      if (byYear.length !== set.years.length) addIssue({ message: `expected values.${m} to have one row per year` });
      else if (byYear.some((row) => row.length !== n)) addIssue({ message: `expected each row of values.${m} to have ${n} numbers or nulls` });
    }
  }),
);
export type CountyPairSet = v.InferOutput<typeof countyPairSetSchema>;

/** The schema of a flows file; `sample` true means every figure is synthetic and must be labelled so. */
export const partnershipFlowsSchema = v.pipe(
  v.object({
    schema: v.literal(1),
    sample: v.boolean(),
    name: localTextSchema,
    provenance: provenanceSchema,
    geoVintage: v.optional(v.string(), '2016'),
    ...measureRegistryEntries,
    pairFlows: v.array(pairFlowSeriesSchema),
    countyPairs: v.array(countyPairSetSchema),
  }),
  measureDimensionsListed(),
);

/** The parsed flows file. */
export type PartnershipFlows = v.InferOutput<typeof partnershipFlowsSchema>;

/** A flows file with lookup indexes, built once after loading. */
export interface IndexedPartnershipFlows extends PartnershipFlows {
  seriesByPair: ReadonlyMap<string, PairFlowSeries>;
}

/** Parses a flows file and indexes it; throws a SchemaError naming the file and the bad path. */
export function parsePartnershipFlows(json: unknown, file = 'partnership-flows.json'): IndexedPartnershipFlows {
  return indexPartnershipFlows(parseWithSchema(partnershipFlowsSchema, json, file));
}

/** Adds the lookup indexes to a flows object (also used by tests that build flows in memory). */
export function indexPartnershipFlows(flows: PartnershipFlows): IndexedPartnershipFlows {
  return { ...flows, seriesByPair: new Map(flows.pairFlows.map((s) => [s.pair, s])) };
}

/** A pairing's value of a measure in a year, or null when there is none. */
export function pairFlowValue(
  flows: IndexedPartnershipFlows,
  pairId: string,
  measureId: string,
  year: number,
): number | null {
  const series = flows.seriesByPair.get(pairId);
  if (!series) return null;
  const i = series.years.indexOf(year);
  return i < 0 ? null : (series.values[measureId]?.[i] ?? null);
}

/** A county pair's value of a measure in a year, or null when there is none. */
export function countyPairValue(set: CountyPairSet, row: number, measureId: string, year: number): number | null {
  const i = set.years.indexOf(year);
  return i < 0 ? null : (set.values[measureId]?.[i]?.[row] ?? null);
}

/** The relationship part (`east>west`) of a pairing id, shared by the same relationship in both structures. */
export function relationKeyOfPairId(pairId: string): string {
  const [, east = '', west = ''] = pairId.split('-');
  return `${east}>${west}`;
}

/** The western counties a pairing supports through county pairs (for showing their indicators alongside). */
export function westCountiesOfPair(flows: PartnershipFlows, pairId: string): string[] {
  const out = new Set<string>();
  for (const set of flows.countyPairs) {
    set.pair.forEach((p, i) => {
      const west = set.west[i];
      if (p === pairId && west !== undefined) out.add(west);
    });
  }
  return [...out].sort();
}
