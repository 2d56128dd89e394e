/**
 * The county geography as the app knows it: provinces, prefectures and counties of the boundary set
 * (public/geo/counties.json). A County's id is its boundary adcode (vintage 2016), used everywhere.
 * The schemas here define the types.
 */
import * as v from 'valibot';
import { adcodeSchema } from '../common-schemas';
import { parseWithSchema } from '../../lib/parse-with-schema';

/** [west, south, east, north] in degrees. */
const bboxSchema = v.tuple([v.number(), v.number(), v.number(), v.number()]);
export type BBox = v.InferOutput<typeof bboxSchema>;
/** [longitude, latitude] in degrees. */
const lngLatSchema = v.tuple([v.number(), v.number()]);
export type LngLat = v.InferOutput<typeof lngLatSchema>;

/** A province-level unit (province, autonomous region, municipality, SAR, Taiwan). */
const provinceSchema = v.object({
  adcode: adcodeSchema,
  name: v.string(),
  /** Short name, e.g. 内蒙古, 广西, 北京. */
  short: v.string(),
  pinyin: v.string(),
  /** Adcode of the capital prefecture. */
  capital: v.string(),
  /** A point inside the province polygon (label anchor). */
  point: lngLatSchema,
  bbox: bboxSchema,
});
export type Province = v.InferOutput<typeof provinceSchema>;

/** A prefecture-level unit (or the pseudo-prefecture of province-administered counties, e.g. 429000). */
const prefectureSchema = v.object({
  adcode: adcodeSchema,
  name: v.string(),
  province: adcodeSchema,
  pinyin: v.string(),
  /** A point inside the prefecture polygon. */
  point: lngLatSchema,
  bbox: bboxSchema,
});
export type Prefecture = v.InferOutput<typeof prefectureSchema>;

/** A county-level unit of the boundary set: the unit every dataset column is keyed by. */
const countySchema = v.object({
  adcode: adcodeSchema,
  name: v.string(),
  prefecture: adcodeSchema,
  province: adcodeSchema,
  /** Full pinyin without tones or spaces, lower case, e.g. "jinjiangqu". */
  pinyin: v.string(),
  /** Pinyin initials, e.g. "jjq". */
  initials: v.string(),
  /** A point inside the county polygon (never a centroid that may fall outside). */
  point: lngLatSchema,
  bbox: bboxSchema,
});
export type County = v.InferOutput<typeof countySchema>;

/** The schema of public/geo/counties.json. */
export const countyIndexSchema = v.object({
  schema: v.literal(1),
  vintage: v.string(),
  source: v.string(),
  provinces: v.array(provinceSchema),
  prefectures: v.array(prefectureSchema),
  counties: v.array(countySchema),
});

/** The parsed public/geo/counties.json. */
export type CountyIndexJson = v.InferOutput<typeof countyIndexSchema>;

/** Validates counties.json; a bad file fails with its path (`geo/counties.json: counties[12].adcode: …`). */
export function parseCountyIndex(json: unknown, file = 'geo/counties.json'): CountyIndexJson {
  return parseWithSchema(countyIndexSchema, json, file);
}
