/**
 * The county geography as the app knows it: provinces, prefectures and counties of the boundary set
 * (public/geo/counties.json). A County's id is its boundary adcode (vintage 2016), used everywhere.
 */

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
/** [longitude, latitude] in degrees. */
export type LngLat = [number, number];

/** A province-level unit (province, autonomous region, municipality, SAR, Taiwan). */
export interface Province {
  adcode: string;
  name: string;
  /** Short name, e.g. 内蒙古, 广西, 北京. */
  short: string;
  pinyin: string;
  /** Adcode of the capital prefecture. */
  capital: string;
  /** A point inside the province polygon (label anchor). */
  point: LngLat;
  bbox: BBox;
}

/** A prefecture-level unit (or the pseudo-prefecture of province-administered counties, e.g. 429000). */
export interface Prefecture {
  adcode: string;
  name: string;
  province: string;
  pinyin: string;
  /** A point inside the prefecture polygon. */
  point: LngLat;
  bbox: BBox;
}

/** A county-level unit of the boundary set: the unit every dataset column is keyed by. */
export interface County {
  adcode: string;
  name: string;
  prefecture: string;
  province: string;
  /** Full pinyin without tones or spaces, lower case, e.g. "jinjiangqu". */
  pinyin: string;
  /** Pinyin initials, e.g. "jjq". */
  initials: string;
  /** A point inside the county polygon (never a centroid that may fall outside). */
  point: LngLat;
  bbox: BBox;
}

/** The parsed public/geo/counties.json. */
export interface CountyIndexJson {
  schema: 1;
  vintage: string;
  source: string;
  provinces: Province[];
  prefectures: Prefecture[];
  counties: County[];
}
