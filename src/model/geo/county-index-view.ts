/** Fast read-only views over the county index: positions by adcode and parents by code. */
import type { County, CountyIndexJson, Prefecture, Province } from './county';

/** Lookups built once from counties.json. */
export interface CountyIndexView {
  /** Position of each county adcode in `index.counties` (the column order of the sample dataset). */
  positionOf: Map<string, number>;
  county: (adcode: string) => County | undefined;
  prefecture: Map<string, Prefecture>;
  province: Map<string, Province>;
  /** Index of each county's province in `index.provinces`, parallel to counties (for categorical colours). */
  provinceOrdinal: Uint16Array;
}

/** Builds the lookups for an index. */
export function buildCountyIndexView(index: CountyIndexJson): CountyIndexView {
  const positionOf = new Map(index.counties.map((c, i) => [c.adcode, i]));
  const province = new Map(index.provinces.map((p) => [p.adcode, p]));
  const provinceOrder = new Map(index.provinces.map((p, i) => [p.adcode, i]));
  const provinceOrdinal = new Uint16Array(index.counties.length);
  index.counties.forEach((c, i) => {
    provinceOrdinal[i] = provinceOrder.get(c.province) ?? 0;
  });
  return {
    positionOf,
    county: (adcode) => {
      const i = positionOf.get(adcode);
      return i === undefined ? undefined : index.counties[i];
    },
    prefecture: new Map(index.prefectures.map((p) => [p.adcode, p])),
    province,
    provinceOrdinal,
  };
}
