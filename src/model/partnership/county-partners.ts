/**
 * The partnership side of one western county, for its brief: every official pairing of a structure whose western
 * end is the county, its prefecture or its province, the eastern counties paired with it county-to-county, and the
 * pairing's flows in the year nearest the asked one. An eastern or unpaired county gets an empty list (the brief says so).
 */
import type { Pairing } from './pairings';
import type { MeasureMeta } from './measures';
import { pairFlowValue, type IndexedPartnershipFlows } from './flows';

/** Where a county sits (adcodes of the county, its prefecture and its province). */
export interface CountyPlace {
  adcode: string;
  prefecture: string;
  province: string;
}

/** One pairing that supports the county. */
export interface CountyPartner {
  pair: Pairing;
  /** Eastern counties paired with this county under the pairing (county-to-county help), sorted. */
  eastCounties: string[];
  /**
   * The year of the figures: the pairing's latest flow year at or before the asked one, else its first (a 2021
   * pairing asked for 2016 shows 2021); null when the pairing has no flows at all.
   */
  year: number | null;
  /** The pairing's figures in that year, in the registry's order; null where the flows have none. */
  flows: { measure: MeasureMeta; value: number | null }[];
}

/** The pairings of `structure` that support `county`, the finest (its own prefecture's) first. */
export function countyPartners(
  pairs: readonly Pairing[],
  flows: IndexedPartnershipFlows,
  measures: readonly MeasureMeta[],
  county: CountyPlace,
  structure: Pairing['structure'],
  year: number,
): CountyPartner[] {
  const ends = [county.adcode, county.prefecture, county.province];
  const matching = pairs.filter((p) => p.structure === structure && ends.includes(p.west.adcode));
  const rank = (p: Pairing): number => ends.indexOf(p.west.adcode);
  return matching
    .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))
    .map((pair) => {
      const east = new Set<string>();
      for (const set of flows.countyPairs) {
        if (set.structure !== structure) continue;
        set.pair.forEach((id, i) => {
          if (id === pair.id && set.west[i] === county.adcode && set.east[i] !== undefined) east.add(set.east[i]!);
        });
      }
      const years = flows.seriesByPair.get(pair.id)?.years ?? [];
      const before = years.filter((y) => y <= year);
      const shown = before.length > 0 ? Math.max(...before) : years.length > 0 ? Math.min(...years) : null;
      return {
        pair,
        eastCounties: [...east].sort(),
        year: shown,
        flows: measures.map((measure) => ({ measure, value: shown === null ? null : pairFlowValue(flows, pair.id, measure.id, shown) })),
      };
    });
}
