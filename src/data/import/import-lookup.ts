/**
 * The part of the county lookup (src/model/geo/county-lookup.ts) that the import pipeline uses. Declared here as a
 * narrow port so the stages depend on four questions, not on the whole module; the real CountyLookup satisfies it.
 */
import type { CodeResolution } from '../../model/geo/adcode-resolver';
import type { MatchReason } from '../../model/geo/match-reason';

/** A county as the import needs to know it. */
export interface ImportCounty {
  adcode: string;
  name: string;
  prefecture: string;
  province: string;
}

/** Result of matching a name within an optional province and prefecture. */
export interface ImportNameMatch {
  status: 'matched' | 'ambiguous' | 'unmatched';
  adcode?: string;
  /** Every county the name lands on (several for a merged unit). */
  adcodes?: string[];
  approximate?: boolean;
  candidates: { adcode: string; name: string; prefectureName: string; provinceName: string }[];
  reasons: MatchReason[];
}

/** What the pipeline asks of the county lookup. */
export interface ImportLookup {
  get(adcode: string): ImportCounty | undefined;
  /** The prefecture and province of a county (by their own adcodes), to show candidates with where they are. */
  getPrefecture(adcode: string): { name: string } | undefined;
  getProvince(adcode: string): { name: string } | undefined;
  resolveCode(code: string, year?: number): CodeResolution;
  matchName(query: { name: string; province?: string; prefecture?: string; year?: number }): ImportNameMatch;
  provinceByName(name: string): { adcode: string; name: string } | undefined;
  prefectureByName(name: string, province?: string): { adcode: string; name: string } | undefined;
}
