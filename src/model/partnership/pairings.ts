/**
 * East–west partnership pairings: the official pairing structures of 2016 and 2021, loaded as data from
 * public/data/partnerships/pairings.json (facts with their sources; never sample data).
 */
import * as v from 'valibot';
import { adcodeSchema, localTextSchema, nonEmptyStringSchema } from '../common-schemas';
import { duplicateId, parseWithSchema } from '../../lib/parse-with-schema';

/** The year of the document that set up a pairing structure. */
const structureSchema = v.picklist([2016, 2021]);
export type PartnershipStructure = v.InferOutput<typeof structureSchema>;

/** The structures the app can switch between, oldest first. */
export const PARTNERSHIP_STRUCTURES: readonly PartnershipStructure[] = structureSchema.options;

/** Administrative level of one end of a pairing. */
const levelSchema = v.picklist(['province', 'prefecture']);
export type PartnerLevel = v.InferOutput<typeof levelSchema>;

/** One end of a pairing: a boundary province or prefecture of public/geo/counties.json. */
const partnerEndSchema = v.pipe(
  v.object({
    /** Boundary adcode of the province or prefecture (vintage 2016). */
    adcode: adcodeSchema,
    /** Full name as in counties.json, e.g. 恩施土家族苗族自治州. */
    name: nonEmptyStringSchema,
    /** Short name as the source documents say it, e.g. 恩施州. */
    short: nonEmptyStringSchema,
    level: levelSchema,
  }),
  v.forward(
    v.check((end) => (end.level === 'province') === end.adcode.endsWith('0000'), (issue) => `expected a level that fits adcode ${issue.input.adcode}`),
    ['level'],
  ),
);
export type PartnerEnd = v.InferOutput<typeof partnerEndSchema>;

/** One eastern partner supporting one western partner within a structure. */
const pairingSchema = v.pipe(
  v.object({
    /** Stable id `${structure}-${east}-${west}`, used in URLs and by flow records. */
    id: nonEmptyStringSchema,
    structure: structureSchema,
    /** `province` when both ends are provinces, else `prefecture` (the finer of the two ends). */
    level: levelSchema,
    east: partnerEndSchema,
    west: partnerEndSchema,
    /** The source document, cited exactly as the pairing's policy text names it. */
    source: nonEmptyStringSchema,
  }),
  v.forward(
    v.check(
      (p) => p.level === (p.east.level === 'province' && p.west.level === 'province' ? 'province' : 'prefecture'),
      'expected province only when both ends are provinces (else prefecture)',
    ),
    ['level'],
  ),
  v.forward(
    v.check((p) => p.id === `${p.structure}-${p.east.adcode}-${p.west.adcode}`, 'expected structure-east-west'),
    ['id'],
  ),
);
export type Pairing = v.InferOutput<typeof pairingSchema>;

/** A source document of a structure, with bilingual title for display. */
const pairingSourceSchema = v.object({
  structure: structureSchema,
  source: nonEmptyStringSchema,
  date: nonEmptyStringSchema,
  title: localTextSchema,
  issuer: v.optional(localTextSchema),
  note: v.optional(localTextSchema),
});
export type PairingSource = v.InferOutput<typeof pairingSourceSchema>;

/** The schema of public/data/partnerships/pairings.json (shape, id format, levels, no duplicate, known sources). */
export const pairingsSchema = v.pipe(
  v.object({
    schema: v.literal(1),
    geoVintage: nonEmptyStringSchema,
    sources: v.array(pairingSourceSchema),
    pairs: v.pipe(
      v.array(pairingSchema),
      v.check((pairs) => duplicateId(pairs) === undefined, (issue) => `expected each pair once (${duplicateId(issue.input)} is listed twice)`),
    ),
  }),
  v.forward(
    v.check(
      (json) => json.pairs.every((p) => json.sources.some((s) => s.structure === p.structure && s.source === p.source)),
      (issue) => `expected every pair's source among the sources (${issue.input.pairs.find((p) => !issue.input.sources.some((s) => s.structure === p.structure && s.source === p.source))?.id} is not)`,
    ),
    ['pairs'],
  ),
);

/** The parsed pairings.json. */
export type PairingsJson = v.InferOutput<typeof pairingsSchema>;

/** The key that identifies the same eastern–western relationship across structures (e.g. 浙江→四川). */
export function relationKey(pair: Pick<Pairing, 'east' | 'west'>): string {
  return `${pair.east.adcode}>${pair.west.adcode}`;
}

/** The pairs of one structure, in file order. */
export function pairsOfStructure(pairs: readonly Pairing[], structure: PartnershipStructure): Pairing[] {
  return pairs.filter((p) => p.structure === structure);
}

/** Parses and checks pairings.json; throws a SchemaError naming the file and the bad path. */
export function parsePairings(json: unknown, file = 'pairings.json'): PairingsJson {
  return parseWithSchema(pairingsSchema, json, file);
}
