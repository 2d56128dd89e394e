/**
 * The registry of partnership flow measures and assessment dimensions, loaded as data
 * (public/data/partnerships/measures.json, copied into every flows file so it describes itself).
 */
import * as v from 'valibot';
import { localTextSchema, nonEmptyStringSchema } from '../common-schemas';
import { indicatorUnitSchema } from '../indicators/dataset';
import { duplicateId, parseWithSchema } from '../../lib/parse-with-schema';

/** Which way a measure travels along a pairing: money, people sent and firms east → west; labour west → east. */
const directionSchema = v.picklist(['east_to_west', 'west_to_east']);
export type FlowDirection = v.InferOutput<typeof directionSchema>;

/** Where a measure has values: on a pairing, on a county-to-county pair (携手奔小康), or both. */
const measureLevelSchema = v.picklist(['pair', 'county_pair']);
export type MeasureLevel = v.InferOutput<typeof measureLevelSchema>;

/** The six assessment dimensions of the east–west cooperation scorecard, in the order the scorecard shows them. */
const dimensionIdSchema = v.picklist(['organisation', 'talent', 'funds', 'industry', 'labour', 'county_pairing']);
export type DimensionId = v.InferOutput<typeof dimensionIdSchema>;

/** The six dimensions in the order the scorecard shows them. */
export const DIMENSION_IDS: readonly DimensionId[] = dimensionIdSchema.options;

/** One assessment dimension of the scorecard. */
const dimensionSchema = v.object({ id: dimensionIdSchema, name: localTextSchema });
export type DimensionMeta = v.InferOutput<typeof dimensionSchema>;

/** One flow measure: what it counts, its unit, its direction and the dimension it is assessed under. */
const measureSchema = v.object({
  id: nonEmptyStringSchema,
  name: localTextSchema,
  unit: indicatorUnitSchema,
  unitLabel: localTextSchema,
  direction: directionSchema,
  dimension: dimensionIdSchema,
  levels: v.pipe(v.array(measureLevelSchema), v.nonEmpty('expected at least one level')),
  /** Id of the measure this one is a breakdown of (teachers → technical_staff). */
  partOf: v.optional(v.string()),
  note: v.optional(localTextSchema),
});
export type MeasureMeta = v.InferOutput<typeof measureSchema>;

/** The entries of a measure registry, also embedded in every flows file so it describes itself. */
export const measureRegistryEntries = {
  dimensions: v.array(dimensionSchema),
  measures: v.pipe(
    v.array(measureSchema),
    v.check((ms) => duplicateId(ms) === undefined, (issue) => `expected each measure once (${duplicateId(issue.input)} is listed twice)`),
    v.check(
      (ms) => ms.every((m) => m.partOf === undefined || ms.some((o) => o.id === m.partOf)),
      (issue) => `expected partOf to name a listed measure (${issue.input.find((m) => m.partOf !== undefined && !issue.input.some((o) => o.id === m.partOf))?.id}.partOf does not)`,
    ),
  ),
};

/** Every measure's dimension must be one the registry lists (a pipe step for any object holding a registry). */
export function measureDimensionsListed<T extends { dimensions: DimensionMeta[]; measures: MeasureMeta[] }>() {
  return v.forward<T, v.CheckIssue<T>, ['measures']>(
    v.check((r: T) => r.measures.every((m) => r.dimensions.some((d) => d.id === m.dimension)), "expected every measure's dimension among the dimensions"),
    // The generic T hides that 'measures' is a key of it from valibot's path type; it is one by the constraint.
    ['measures'] as Parameters<typeof v.forward<T, v.CheckIssue<T>, ['measures']>>[1],
  );
}

/** The schema of public/data/partnerships/measures.json. */
export const measureRegistrySchema = v.pipe(v.object(measureRegistryEntries), measureDimensionsListed());

/** The parsed measure registry. */
export type MeasureRegistry = v.InferOutput<typeof measureRegistrySchema>;

/** Parses a measure registry ({dimensions, measures}); throws a SchemaError naming the file and the bad path. */
export function parseMeasureRegistry(json: unknown, file = 'measures.json'): MeasureRegistry {
  return parseWithSchema(measureRegistrySchema, json, file);
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
