/**
 * Partnership flows: what moved along each pairing per year, and the county-to-county pairs (携手奔小康) inside
 * each pairing with their own figures. The shipped file (public/data/sample/partnership-flows.json) is sample data.
 */
import type { DatasetProvenance, LocalText } from './dataset';
import type { PartnershipStructure } from './partnership';
import { parseMeasureRegistry, type DimensionMeta, type MeasureMeta } from './partnership-measures';

/** One pairing's yearly series: values[measureId][yearIndex], null where missing. */
export interface PairFlowSeries {
  /** Pairing id, `${structure}-${east}-${west}`. */
  pair: string;
  years: number[];
  values: Record<string, (number | null)[]>;
}

/**
 * The county-to-county pairs of one structure, stored as parallel columns (one entry per county pair) so a few
 * thousand pairs stay small: values[measureId][yearIndex][countyPairIndex].
 */
export interface CountyPairSet {
  structure: PartnershipStructure;
  years: number[];
  /** Parent pairing id of each county pair. */
  pair: string[];
  /** Eastern county adcode of each county pair. */
  east: string[];
  /** Western county adcode of each county pair. */
  west: string[];
  values: Record<string, (number | null)[][]>;
}

/** The parsed flows file; `sample` true means every figure is synthetic and must be labelled so. */
export interface PartnershipFlows {
  schema: 1;
  sample: boolean;
  name: LocalText;
  provenance: DatasetProvenance;
  geoVintage: string;
  measures: MeasureMeta[];
  dimensions: DimensionMeta[];
  pairFlows: PairFlowSeries[];
  countyPairs: CountyPairSet[];
}

/** A flows file with lookup indexes, built once after loading. */
export interface IndexedPartnershipFlows extends PartnershipFlows {
  seriesByPair: ReadonlyMap<string, PairFlowSeries>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(path: string, what: string): never {
  throw new Error(`partnership flows: ${path} ${what}`);
}

function numbers(v: unknown, path: string): number[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'number')) fail(path, 'must be an array of numbers');
  return v as number[];
}

function strings(v: unknown, path: string, length: number): string[] {
  if (!Array.isArray(v) || v.length !== length || v.some((x) => typeof x !== 'string')) {
    fail(path, `must be ${length} strings`);
  }
  return v as string[];
}

function cells(v: unknown, path: string, length: number): (number | null)[] {
  if (!Array.isArray(v) || v.length !== length || v.some((x) => x !== null && typeof x !== 'number')) {
    fail(path, `must be ${length} numbers or nulls`);
  }
  return v as (number | null)[];
}

function parseSeries(v: unknown, path: string): PairFlowSeries {
  if (!isRecord(v) || typeof v.pair !== 'string' || !isRecord(v.values)) fail(path, 'must have pair and values');
  const years = numbers(v.years, `${path}.years`);
  const values: Record<string, (number | null)[]> = {};
  for (const [m, col] of Object.entries(v.values)) values[m] = cells(col, `${path}.values.${m}`, years.length);
  return { pair: v.pair, years, values };
}

function parseCountySet(v: unknown, path: string): CountyPairSet {
  if (!isRecord(v) || (v.structure !== 2016 && v.structure !== 2021) || !isRecord(v.values)) {
    fail(path, 'must have structure and values');
  }
  const years = numbers(v.years, `${path}.years`);
  const pair = strings(v.pair, `${path}.pair`, Array.isArray(v.pair) ? v.pair.length : 0);
  const n = pair.length;
  const values: Record<string, (number | null)[][]> = {};
  for (const [m, byYear] of Object.entries(v.values)) {
    if (!Array.isArray(byYear) || byYear.length !== years.length) fail(`${path}.values.${m}`, 'needs one row per year');
    values[m] = byYear.map((row, i) => cells(row, `${path}.values.${m}[${i}]`, n));
  }
  return {
    structure: v.structure,
    years,
    pair,
    east: strings(v.east, `${path}.east`, n),
    west: strings(v.west, `${path}.west`, n),
    values,
  };
}

/** Parses a flows file and indexes it; throws with the bad path on malformed input. */
export function parsePartnershipFlows(json: unknown): IndexedPartnershipFlows {
  if (!isRecord(json) || json.schema !== 1) fail('', 'must be an object with schema 1');
  if (typeof json.sample !== 'boolean') fail('sample', 'must be a boolean');
  if (!isRecord(json.provenance) || typeof json.provenance.source !== 'string') fail('provenance', 'is missing');
  if (!isRecord(json.name) || typeof json.name.zh !== 'string' || typeof json.name.en !== 'string') fail('name', 'is missing');
  const registry = parseMeasureRegistry({ dimensions: json.dimensions, measures: json.measures });
  if (!Array.isArray(json.pairFlows) || !Array.isArray(json.countyPairs)) fail('', 'needs pairFlows and countyPairs');
  const pairFlows = json.pairFlows.map((s, i) => parseSeries(s, `pairFlows[${i}]`));
  const countyPairs = json.countyPairs.map((s, i) => parseCountySet(s, `countyPairs[${i}]`));
  const flows: PartnershipFlows = {
    schema: 1,
    sample: json.sample,
    name: { zh: json.name.zh, en: json.name.en },
    provenance: json.provenance as unknown as DatasetProvenance,
    geoVintage: typeof json.geoVintage === 'string' ? json.geoVintage : '2016',
    measures: registry.measures,
    dimensions: registry.dimensions,
    pairFlows,
    countyPairs,
  };
  return indexPartnershipFlows(flows);
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
