/**
 * The dated list of county-level changes (public/geo/changes.json) that lets codes and names of any vintage
 * from 2011 to 2023 land on the polygons of the 2016 boundary set. Parsed here from `unknown` at the edge.
 */
import * as v from 'valibot';
import { adcodeSchema } from '../common-schemas';
import { parseWithSchema } from '../../lib/parse-with-schema';

/** What happened to the units of one change entry. */
const changeKindSchema = v.picklist(['rename', 'upgrade', 'merge', 'split', 'recode']);
export type AdcodeChangeKind = v.InferOutput<typeof changeKindSchema>;

/** One unit on either side of a change: a 6-digit adcode and the name it had then. */
const unitSchema = v.object({ code: adcodeSchema, name: v.string() });
export type AdcodeUnit = v.InferOutput<typeof unitSchema>;

const unitsSchema = v.pipe(v.array(unitSchema), v.nonEmpty('expected a non-empty array'));

/** One dated change: the `from` units became the `to` units in month `date` ("YYYY-MM"). */
const changeSchema = v.object({
  date: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM')),
  kind: changeKindSchema,
  from: unitsSchema,
  to: unitsSchema,
  /** True when a `to` unit covers only part of the `from` polygons (or the reverse): the mapping is approximate. */
  partial: v.optional(v.boolean()),
  note: v.optional(v.string()),
  source: v.optional(v.string()),
});
export type AdcodeChange = v.InferOutput<typeof changeSchema>;

/** A code that is known but deliberately lands on no polygon, with the reason shown to users. */
const unresolvedSchema = v.object({ code: v.string(), name: v.string(), reason: v.string() });
export type UnresolvedCode = v.InferOutput<typeof unresolvedSchema>;

/** A name without a code of its own (冷湖行委) that stands for boundary counties. */
const aliasSchema = v.object({
  name: v.string(),
  adcodes: v.pipe(v.array(adcodeSchema), v.nonEmpty('expected a non-empty array')),
  approximate: v.optional(v.boolean(), false),
  note: v.optional(v.string()),
});
export type NameAlias = v.InferOutput<typeof aliasSchema>;

/** The schema of public/geo/changes.json. */
export const adcodeChangeListSchema = v.object({
  schema: v.literal(1),
  /** Vintage of the boundary set the list is written against, e.g. "2016". */
  boundaryVintage: v.string(),
  changes: v.array(changeSchema),
  unresolved: v.optional(v.array(unresolvedSchema), []),
  /** Optional: older files and fixtures may omit it. */
  aliases: v.optional(v.array(aliasSchema)),
});

/** The parsed public/geo/changes.json. */
export type AdcodeChangeList = v.InferOutput<typeof adcodeChangeListSchema>;

/** Validates parsed JSON as an AdcodeChangeList, throwing a SchemaError that names the first bad entry. */
export function parseAdcodeChangeList(json: unknown, file = 'geo/changes.json'): AdcodeChangeList {
  const list = parseWithSchema(adcodeChangeListSchema, json, file);
  return { ...list, aliases: list.aliases ?? [] };
}
