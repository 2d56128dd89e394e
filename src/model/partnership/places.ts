/**
 * Where partnership arcs start and end: a point inside each partner's polygon, taken from counties.json
 * (a province anchors at its capital prefecture's interior point, a prefecture or county at its own).
 */
import type { County, CountyIndexJson, LngLat } from '../geo/county';

/** Administrative level of a place an arc can end at. */
export type PlaceLevel = 'province' | 'prefecture' | 'county';

/** A boundary unit resolved for partnership use. */
export interface PartnershipPlace {
  adcode: string;
  name: string;
  level: PlaceLevel;
  /** Adcode of the province the place lies in (itself for a province). */
  province: string;
  /** A point inside the place's polygon (for a province: inside its capital). */
  anchor: LngLat;
}

/** Lookups over counties.json that the partnership model needs. */
export interface PartnershipPlaces {
  /** Resolves an adcode at a level; undefined when the boundary set has no such unit. */
  get(adcode: string, level: PlaceLevel): PartnershipPlace | undefined;
  /**
   * The counties inside a province or prefecture, by adcode order. A prefecture-level city without counties
   * (东莞 441900, 中山 442000) is its own single county when counties.json lists it as one.
   */
  countiesIn(adcode: string, level: 'province' | 'prefecture'): readonly County[];
}

function byAdcode<T extends { adcode: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.adcode, i]));
}

/** Builds the partnership lookups once per loaded counties.json. */
export function createPartnershipPlaces(index: CountyIndexJson): PartnershipPlaces {
  const provinces = byAdcode(index.provinces);
  const prefectures = byAdcode(index.prefectures);
  const counties = byAdcode(index.counties);
  const sorted = [...index.counties].sort((a, b) => a.adcode.localeCompare(b.adcode));
  const byPrefecture = new Map<string, County[]>();
  const byProvince = new Map<string, County[]>();
  for (const c of sorted) {
    const inPref = byPrefecture.get(c.prefecture) ?? [];
    inPref.push(c);
    byPrefecture.set(c.prefecture, inPref);
    const inProv = byProvince.get(c.province) ?? [];
    inProv.push(c);
    byProvince.set(c.province, inProv);
  }

  // Why the capital: a province's own label point can sit anywhere inside it, but arcs read as "from Beijing"
  // or "to Chengdu" only when they end in the capital; its interior point is never outside the polygon.
  function provinceAnchor(adcode: string, fallback: LngLat): LngLat {
    const province = provinces.get(adcode);
    const capital = province?.capital ?? '';
    return prefectures.get(capital)?.point ?? counties.get(capital)?.point ?? fallback;
  }

  return {
    get(adcode, level) {
      if (level === 'province') {
        const p = provinces.get(adcode);
        return p && { adcode, name: p.name, level, province: adcode, anchor: provinceAnchor(adcode, p.point) };
      }
      if (level === 'prefecture') {
        const p = prefectures.get(adcode);
        return p && { adcode, name: p.name, level, province: p.province, anchor: p.point };
      }
      const c = counties.get(adcode);
      return c && { adcode, name: c.name, level, province: c.province, anchor: c.point };
    },
    countiesIn(adcode, level) {
      return (level === 'province' ? byProvince.get(adcode) : byPrefecture.get(adcode)) ?? [];
    },
  };
}
