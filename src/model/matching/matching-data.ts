/**
 * The matching data files (public/data/matching/labour.json and industry.json, or the same shapes imported):
 * schemas, parsing with a clear error, and the checks that array lengths agree with the listed places.
 */
import * as v from 'valibot';
import { adcodeSchema, localTextSchema } from '../common-schemas';
import { parseWithSchema } from '../../lib/parse-with-schema';
import { SECTOR_IDS, SKILL_IDS, SUPPLY_GROUPS } from './skills';

const count = v.pipe(v.number(), v.minValue(0, 'expected a count ≥ 0'));
const flag = v.picklist([0, 1]);
const kindSchema = v.picklist(['sample', 'real']);

const offerSchema = v.object({
  vacancies: v.array(count),
  wage: v.array(count),
  housing: v.array(flag),
  training: v.array(flag),
});

function lengthsAgree(record: Record<string, readonly unknown[]>, length: number): boolean {
  return Object.values(record).every((a) => a.length === length);
}

/** Schema of labour.json: supply per county × skill × group, vacancies in the county, capitals and eastern cities. */
export const labourDataSchema = v.pipe(
  v.object({
    schema: v.literal(1),
    kind: kindSchema,
    label: localTextSchema,
    seed: v.optional(v.number()),
    skills: v.pipe(v.array(v.picklist(SKILL_IDS)), v.minLength(1)),
    groups: v.pipe(v.array(v.string()), v.check((g) => g.join() === SUPPLY_GROUPS.join(), `expected the groups ${SUPPLY_GROUPS.join(', ')}`)),
    counties: v.array(adcodeSchema),
    /** Per skill: 6 numbers per county in SUPPLY_GROUPS order. */
    supply: v.record(v.string(), v.array(count)),
    /** Per skill: vacancies in the county itself (帮扶车间, 公益岗位) and their wage. */
    localDemand: v.record(v.string(), v.object({ vacancies: v.array(count), wage: v.array(count) })),
    /** Prefecture adcodes of the western provincial capitals. */
    capitals: v.array(adcodeSchema),
    capitalDemand: v.record(v.string(), offerSchema),
    /** Prefecture adcodes of the eastern cities. */
    cities: v.array(adcodeSchema),
    cityDemand: v.record(v.string(), offerSchema),
  }),
  v.check((d) => d.skills.every((s) => d.supply[s]?.length === d.counties.length * 6), 'expected supply of every skill: 6 numbers per county'),
  v.check((d) => d.skills.every((s) => d.localDemand[s] !== undefined && lengthsAgree(d.localDemand[s], d.counties.length)), 'expected local demand of every skill: one value per county'),
  v.check((d) => d.skills.every((s) => d.capitalDemand[s] !== undefined && lengthsAgree(d.capitalDemand[s], d.capitals.length)), 'expected capital demand of every skill: one value per capital'),
  v.check((d) => d.skills.every((s) => d.cityDemand[s] !== undefined && lengthsAgree(d.cityDemand[s], d.cities.length)), 'expected city demand of every skill: one value per city'),
);
/** The parsed labour.json. */
export type LabourData = v.InferOutput<typeof labourDataSchema>;

const enterpriseSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  /** Eastern city (prefecture adcode) the enterprise comes from. */
  city: adcodeSchema,
  sector: v.picklist(SECTOR_IDS),
  jobs: count,
  landHa: count,
  needsExpressway: v.boolean(),
  needsResource: v.boolean(),
});
export type Enterprise = v.InferOutput<typeof enterpriseSchema>;

/** Schema of industry.json: western endowments per county and eastern enterprises. */
export const industryDataSchema = v.pipe(
  v.object({
    schema: v.literal(1),
    kind: kindSchema,
    label: localTextSchema,
    seed: v.optional(v.number()),
    sectors: v.array(v.picklist(SECTOR_IDS)),
    counties: v.array(adcodeSchema),
    /** Per sector: fit 0–100 per county. */
    endowment: v.record(v.string(), v.array(v.pipe(v.number(), v.minValue(0), v.maxValue(100)))),
    parkHa: v.array(count),
    expresswayMinutes: v.array(v.nullable(count)),
    enterprises: v.array(enterpriseSchema),
  }),
  v.check((d) => d.sectors.every((s) => d.endowment[s]?.length === d.counties.length), 'expected an endowment of every sector per county'),
  v.check((d) => d.parkHa.length === d.counties.length && d.expresswayMinutes.length === d.counties.length, 'expected park land and expressway minutes per county'),
);
/** The parsed industry.json. */
export type IndustryData = v.InferOutput<typeof industryDataSchema>;

/** Parses labour.json; throws a SchemaError naming the file and the bad path. */
export function parseLabourData(json: unknown, file = 'matching/labour.json'): LabourData {
  return parseWithSchema(labourDataSchema, json, file);
}

/** Parses industry.json; throws a SchemaError naming the file and the bad path. */
export function parseIndustryData(json: unknown, file = 'matching/industry.json'): IndustryData {
  return parseWithSchema(industryDataSchema, json, file);
}
