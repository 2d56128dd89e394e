/**
 * Which western county and eastern city are official partners in a pairing structure (2016 or 2021): a county's
 * pairings are those of its own prefecture when that prefecture is paired on its own, else those of its province;
 * an eastern end that is a province covers every city in it.
 */
import type { CountyIndexJson } from '../geo/county';
import type { Pairing, PartnershipStructure } from '../partnership/pairings';

/** Partner lookups of one structure. */
export interface PartnerLinks {
  structure: PartnershipStructure;
  /** The pairing that links a western county to an eastern city, or null when they are not partners. */
  pairingOf(county: string, city: string): string | null;
  /** The pairings a western county belongs to (possibly none: 西藏 and 新疆 have no east–west pairing). */
  pairingsOfCounty(county: string): readonly Pairing[];
  /** Whether an eastern city belongs to the eastern end of any pairing with this eastern province or city. */
  cityInEnd(city: string, end: Pairing['east']): boolean;
}

/** Province adcode of a prefecture adcode. */
function provinceOf(prefecture: string): string {
  return `${prefecture.slice(0, 2)}0000`;
}

/** Builds the partner lookups of `structure` from the pairings and the county index. */
export function createPartnerLinks(pairs: readonly Pairing[], index: Pick<CountyIndexJson, 'counties'>, structure: PartnershipStructure): PartnerLinks {
  const ofStructure = pairs.filter((p) => p.structure === structure);
  const byWestPrefecture = new Map<string, Pairing[]>();
  const byWestProvince = new Map<string, Pairing[]>();
  for (const p of ofStructure) {
    const target = p.west.level === 'prefecture' ? byWestPrefecture : byWestProvince;
    target.set(p.west.adcode, [...(target.get(p.west.adcode) ?? []), p]);
  }
  const countyPairs = new Map<string, readonly Pairing[]>();
  for (const c of index.counties) {
    const own = byWestPrefecture.get(c.prefecture) ?? byWestProvince.get(c.province);
    if (own) countyPairs.set(c.adcode, own);
  }
  const cityInEnd = (city: string, end: Pairing['east']): boolean =>
    end.level === 'province' ? provinceOf(city) === end.adcode : end.adcode === city;
  return {
    structure,
    pairingOf(county, city) {
      for (const p of countyPairs.get(county) ?? []) if (cityInEnd(city, p.east)) return p.id;
      return null;
    },
    pairingsOfCounty(county) {
      return countyPairs.get(county) ?? [];
    },
    cityInEnd,
  };
}
