/**
 * The places the matching model needs from counties.json: anchor points of counties and prefectures (a point
 * inside each polygon), the province of a county and the capital of a province.
 */
import type { CountyIndexJson, LngLat } from '../geo/county';

/** Lookups over the boundary set, built once per loaded counties.json. */
export interface MatchingGeo {
  countyPoint(adcode: string): LngLat | undefined;
  countyProvince(adcode: string): string | undefined;
  prefecturePoint(adcode: string): LngLat | undefined;
  provinceCapital(province: string): string | undefined;
  name(adcode: string): string;
}

/** Builds the lookups. */
export function createMatchingGeo(index: Pick<CountyIndexJson, 'counties' | 'prefectures' | 'provinces'>): MatchingGeo {
  const counties = new Map(index.counties.map((c) => [c.adcode, c]));
  const prefectures = new Map(index.prefectures.map((p) => [p.adcode, p]));
  const provinces = new Map(index.provinces.map((p) => [p.adcode, p]));
  return {
    countyPoint: (a) => counties.get(a)?.point,
    countyProvince: (a) => counties.get(a)?.province,
    prefecturePoint: (a) => prefectures.get(a)?.point ?? counties.get(a)?.point,
    provinceCapital: (p) => provinces.get(p)?.capital,
    name: (a) => counties.get(a)?.name ?? prefectures.get(a)?.name ?? provinces.get(a)?.name ?? a,
  };
}
