/**
 * The registry of partnership flow measures and assessment dimensions, loaded as data
 * (public/data/partnerships/measures.json, copied into every flows file so it describes itself).
 */
import type { IndicatorUnit, LocalText } from './dataset';

/** Which way a measure travels along a pairing: money, people sent and firms east → west; labour west → east. */
export type FlowDirection = 'east_to_west' | 'west_to_east';

/** Where a measure has values: on a pairing, on a county-to-county pair (携手奔小康), or both. */
export type MeasureLevel = 'pair' | 'county_pair';

/** Ids of the six assessment dimensions of the east–west cooperation scorecard. */
export type DimensionId = 'organisation' | 'talent' | 'funds' | 'industry' | 'labour' | 'county_pairing';

/** The six dimensions in the order the scorecard shows them. */
export const DIMENSION_IDS: readonly DimensionId[] = [
  'organisation',
  'talent',
  'funds',
  'industry',
  'labour',
  'county_pairing',
];

/** One assessment dimension of the scorecard. */
export interface DimensionMeta {
  id: DimensionId;
  name: LocalText;
}

/** One flow measure: what it counts, its unit, its direction and the dimension it is assessed under. */
export interface MeasureMeta {
  id: string;
  name: LocalText;
  unit: IndicatorUnit;
  unitLabel: LocalText;
  direction: FlowDirection;
  dimension: DimensionId;
  levels: MeasureLevel[];
  /** Id of the measure this one is a breakdown of (teachers → technical_staff). */
  partOf?: string;
  note?: LocalText;
}

/** The parsed measure registry. */
export interface MeasureRegistry {
  dimensions: DimensionMeta[];
  measures: MeasureMeta[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(path: string, what: string): never {
  throw new Error(`measure registry: ${path} ${what}`);
}

function local(v: unknown, path: string): LocalText {
  if (!isRecord(v) || typeof v.zh !== 'string' || typeof v.en !== 'string') fail(path, 'must be {zh, en}');
  return { zh: v.zh, en: v.en };
}

const UNITS: readonly IndicatorUnit[] = [
  'percent', 'persons', 'yuan_per_year', 'minutes', 'wan_yuan', 'yi_yuan', 'count', 'ratio', 'km', 'year', 'other',
];

function parseMeasure(v: unknown, path: string, dims: ReadonlySet<string>): MeasureMeta {
  if (!isRecord(v) || typeof v.id !== 'string' || v.id === '') fail(path, 'must be an object with an id');
  if (v.direction !== 'east_to_west' && v.direction !== 'west_to_east') fail(`${path}.direction`, 'is invalid');
  if (typeof v.dimension !== 'string' || !dims.has(v.dimension)) fail(`${path}.dimension`, 'is not a dimension');
  if (!UNITS.includes(v.unit as IndicatorUnit)) fail(`${path}.unit`, 'is not a known unit');
  const levels = Array.isArray(v.levels) ? v.levels : [];
  if (levels.length === 0 || levels.some((l) => l !== 'pair' && l !== 'county_pair')) fail(`${path}.levels`, 'is invalid');
  const out: MeasureMeta = {
    id: v.id,
    name: local(v.name, `${path}.name`),
    unit: v.unit as IndicatorUnit,
    unitLabel: local(v.unitLabel, `${path}.unitLabel`),
    direction: v.direction,
    dimension: v.dimension as DimensionId,
    levels: levels as MeasureLevel[],
  };
  if (typeof v.partOf === 'string') out.partOf = v.partOf;
  if (v.note !== undefined) out.note = local(v.note, `${path}.note`);
  return out;
}

/** Parses a measure registry ({dimensions, measures}); throws on unknown dimensions, units or directions. */
export function parseMeasureRegistry(json: unknown): MeasureRegistry {
  if (!isRecord(json) || !Array.isArray(json.dimensions) || !Array.isArray(json.measures)) {
    fail('', 'must have dimensions and measures arrays');
  }
  const dimensions = json.dimensions.map((d, i): DimensionMeta => {
    if (!isRecord(d) || !DIMENSION_IDS.includes(d.id as DimensionId)) fail(`dimensions[${i}].id`, 'is unknown');
    return { id: d.id as DimensionId, name: local(d.name, `dimensions[${i}].name`) };
  });
  const dimIds = new Set<string>(dimensions.map((d) => d.id));
  const measures = json.measures.map((m, i) => parseMeasure(m, `measures[${i}]`, dimIds));
  const ids = new Set<string>();
  for (const m of measures) {
    if (ids.has(m.id)) fail(`measures (${m.id})`, 'is listed twice');
    ids.add(m.id);
  }
  for (const m of measures) if (m.partOf !== undefined && !ids.has(m.partOf)) fail(`measures (${m.id}).partOf`, 'is unknown');
  return { dimensions, measures };
}

/** Finds a measure by id. */
export function findMeasure(registry: MeasureRegistry, id: string): MeasureMeta | undefined {
  return registry.measures.find((m) => m.id === id);
}

/** The measures assessed under a dimension, in registry order. */
export function measuresOfDimension(registry: MeasureRegistry, dimension: DimensionId): MeasureMeta[] {
  return registry.measures.filter((m) => m.dimension === dimension);
}

/** The measures that have values at a level (e.g. those a county-to-county arc can be sized by). */
export function measuresAtLevel(registry: MeasureRegistry, level: MeasureLevel): MeasureMeta[] {
  return registry.measures.filter((m) => m.levels.includes(level));
}
