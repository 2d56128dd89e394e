/**
 * The one county lookup used by the app, its workers and the import CLI: codes of any vintage and names as
 * users write them, resolved to the Counties of the boundary set. Pure TypeScript: no DOM, no fs.
 */
import type { AdcodeChangeList } from './adcode-change';
import { AdcodeResolver, type CodeResolution } from './adcode-resolver';
import type { County, CountyIndexJson, Prefecture, Province } from './county';
import { CountyNameIndex, pickEntries, type NameEntry } from './county-name-index';
import { nameVariants, normalizeName, shortCountyName, shortPrefectureName, shortProvinceName } from './name-normalize';
import { createCountySearch } from './county-search';
import { reason, type MatchReason } from './match-reason';

export type { CodeResolution, CodeResolutionStatus } from './adcode-resolver';
export { normalizeAdcode } from './adcode-resolver';

/** A name to match, with optional hints in any usual form (河北省/河北, 恩施州/恩施土家族苗族自治州). */
export interface NameQuery {
  name: string;
  province?: string;
  prefecture?: string;
  /** The data's year: decides between an old polygon and a newer unit of the same name (崇川区 after 2020). */
  year?: number;
}

/** One possible County for a name, as shown to a user choosing between them. */
export interface NameCandidate {
  adcode: string;
  /** All boundary counties the name stands for (several for a merged unit such as 平城区). */
  adcodes: string[];
  name: string;
  prefectureName: string;
  provinceName: string;
}

/** Result of matching one name: never a guess; 'ambiguous' and 'unmatched' carry candidates or suggestions. */
export interface NameMatch {
  status: 'matched' | 'ambiguous' | 'unmatched';
  /** The County id when the name lands on exactly one polygon. */
  adcode?: string;
  /** Boundary counties the name lands on (empty unless matched). */
  adcodes: string[];
  approximate: boolean;
  /** Ambiguous: the candidates; unmatched: the closest names; matched: the match itself. */
  candidates: NameCandidate[];
  /** Why, as codes with parameters (the outcome first, then notes on ignored hints); rendered by the interface. */
  reasons: MatchReason[];
}

/** The lookup over one boundary set and one change list. */
export interface CountyLookup {
  /** All counties of the boundary set, in index order. */
  readonly counties: readonly County[];
  get(adcode: string): County | undefined;
  getPrefecture(adcode: string): Prefecture | undefined;
  getProvince(adcode: string): Province | undefined;
  /** Resolves a code of any vintage ("130631", "130631.0", 12-digit) to boundary County ids. */
  resolveCode(code: string | number, year?: number): CodeResolution;
  /** Matches a county name, narrowed by province and prefecture hints. */
  matchName(query: NameQuery): NameMatch;
  /** Counties by Chinese name (exact > prefix > substring, old names too), full pinyin prefix or initials. */
  search(query: string, limit?: number): County[];
  /** A province by full or short name (内蒙古, 广西壮族自治区, 北京市). */
  provinceByName(name: string): Province | undefined;
  /** A prefecture by full or short name (恩施州, 黔东南, 大同市), unique within the optional province. */
  prefectureByName(name: string, province?: string): Prefecture | undefined;
}

const SUGGESTIONS = 5;

/** Builds the lookup; cheap enough (a few ms for 2,850 counties) to run in every worker. */
export function createCountyLookup(index: CountyIndexJson, changes: AdcodeChangeList): CountyLookup {
  const counties = new Map(index.counties.map((c) => [c.adcode, c]));
  const prefectures = new Map(index.prefectures.map((p) => [p.adcode, p]));
  const provinces = new Map(index.provinces.map((p) => [p.adcode, p]));
  const levelName = (code: string) => provinces.get(code)?.name ?? prefectures.get(code)?.name;
  const resolver = new AdcodeResolver((a) => counties.has(a), levelName, changes);
  const names = new CountyNameIndex(index.counties, changes, resolver, (a) => counties.get(a));

  const provinceKeys = new Map<string, Province>();
  for (const p of index.provinces) {
    for (const key of [p.name, p.short, shortProvinceName(normalizeName(p.name))]) {
      provinceKeys.set(normalizeName(key), p);
    }
  }
  const prefectureKeys = new Map<string, Prefecture[]>();
  for (const p of index.prefectures) {
    const full = normalizeName(p.name);
    const short = shortPrefectureName(full);
    for (const key of new Set([full, short, `${short}州`, `${short}市`, `${short}地区`, `${short}盟`])) {
      const list = prefectureKeys.get(key) ?? [];
      list.push(p);
      prefectureKeys.set(key, list);
    }
  }

  function provinceByName(name: string): Province | undefined {
    const key = normalizeName(name);
    const hit = provinceKeys.get(key) ?? provinceKeys.get(shortProvinceName(key));
    if (hit || key.length < 2) return hit;
    const prefixed = index.provinces.filter((p) => normalizeName(p.name).startsWith(key));
    return prefixed.length === 1 ? prefixed[0] : undefined;
  }

  function prefecturesByName(name: string, province?: Province): Prefecture[] {
    const key = normalizeName(name);
    const hits = prefectureKeys.get(key) ?? prefectureKeys.get(shortPrefectureName(key)) ?? [];
    return province ? hits.filter((p) => p.province === province.adcode) : hits;
  }

  function prefectureByName(name: string, province?: string): Prefecture | undefined {
    const prov = province === undefined ? undefined : provinceByName(province);
    const hits = prefecturesByName(name, prov);
    return hits.length === 1 ? hits[0] : undefined;
  }

  function toCandidate(e: NameEntry): NameCandidate {
    const adcode = e.adcodes[0] ?? '';
    return {
      adcode,
      adcodes: e.adcodes,
      name: counties.get(adcode)?.name ?? e.name,
      prefectureName: prefectures.get(e.prefecture)?.name ?? '',
      provinceName: provinces.get(e.province)?.name ?? '',
    };
  }

  // Import files repeat the same few province and prefecture spellings thousands of times: resolve each once.
  const provinceHints = new Map<string, Province | undefined>();
  const prefectureHints = new Map<string, { prefs: Prefecture[]; note?: MatchReason }>();

  function provinceHint(name: string): Province | undefined {
    if (!provinceHints.has(name)) provinceHints.set(name, provinceByName(name));
    return provinceHints.get(name);
  }

  function prefectureHint(name: string, province: Province | undefined): { prefs: Prefecture[]; note?: MatchReason } {
    const key = `${province?.adcode ?? ''}|${name}`;
    let hint = prefectureHints.get(key);
    if (!hint) {
      const prefs = prefecturesByName(name, province);
      // A municipality written as the prefecture (重庆市) says nothing beyond the province: no note.
      hint = prefs.length === 0 && !provinceByName(name) ? { prefs, note: reason('prefecture_ignored', { name }) } : { prefs };
      prefectureHints.set(key, hint);
    }
    return hint;
  }

  function matchName(query: NameQuery): NameMatch {
    const province = query.province ? provinceHint(query.province) : undefined;
    const notes: MatchReason[] = [];
    if (query.province && !province) notes.push(reason('province_ignored', { name: query.province }));
    let prefs: Prefecture[] = [];
    if (query.prefecture) {
      const hint = prefectureHint(query.prefecture, province);
      prefs = hint.prefs;
      if (hint.note) notes.push(hint.note);
    }
    const inProvince = (e: NameEntry) => !province || e.province === province.adcode;
    const inPrefecture = (e: NameEntry) => prefs.length === 0 || prefs.some((p) => p.adcode === e.prefecture);

    const found: NameEntry[] = [];
    for (const variant of nameVariants(query.name)) {
      let hits = names.lookup(variant).filter(inProvince);
      if (hits.length === 0) hits = names.lookup(shortCountyName(variant)).filter(inProvince);
      const narrowed = hits.filter(inPrefecture);
      if (narrowed.length > 0) hits = narrowed;
      else if (hits.length > 0 && prefs.length > 0 && !notes.some((n) => n.code === 'outside_prefecture')) notes.push(reason('outside_prefecture'));
      found.push(...pickEntries(hits, query.year));
    }
    const picked = pickEntries(found, query.year);
    const only = picked[0];
    if (picked.length === 1 && only) {
      const via = only.kind === 'alias' ? reason('matched_by_alias', { adcodes: only.adcodes.join('+') }) : reason('matched_by_name');
      return {
        status: 'matched',
        ...(only.adcodes.length === 1 ? { adcode: only.adcodes[0] } : {}),
        adcodes: only.adcodes,
        approximate: only.approximate,
        candidates: [toCandidate(only)],
        reasons: [via, ...notes],
      };
    }
    if (picked.length > 1) {
      return {
        status: 'ambiguous',
        adcodes: [],
        approximate: false,
        candidates: picked.map(toCandidate),
        reasons: [reason('name_shared', { n: picked.length }), ...notes],
      };
    }
    const key = nameVariants(query.name)[0] ?? '';
    const suggestions = names.suggest(key, SUGGESTIONS, inProvince);
    return {
      status: 'unmatched',
      adcodes: [],
      approximate: false,
      candidates: suggestions.map(toCandidate),
      reasons: [province ? reason('name_unknown_in_province', { province: province.name }) : reason('name_unknown'), ...notes],
    };
  }

  return {
    counties: index.counties,
    get: (adcode) => counties.get(adcode),
    getPrefecture: (adcode) => prefectures.get(adcode),
    getProvince: (adcode) => provinces.get(adcode),
    resolveCode: (code, year) => resolver.resolve(code, year),
    matchName,
    search: createCountySearch(index.counties, names.aliasesByAdcode),
    provinceByName,
    prefectureByName,
  };
}
