/**
 * Pure place search for the search boxes: provinces and prefectures by name, short name or pinyin, then counties
 * through the county lookup's search (names, old names, pinyin, initials). A place whose name matches exactly
 * ranks first, so 成都 and chengdu find 成都市 before 称多县 (chengduo).
 */
import type { BBox, County, CountyIndexJson } from '../../model/geo/county';

/** A search result. */
export interface PlaceResult {
  kind: 'province' | 'prefecture' | 'county';
  adcode: string;
  name: string;
  /** Parent names for display, e.g. "阿坝藏族羌族自治州 · 四川". */
  context: string;
  bbox: BBox;
}

/** Which kinds of place a box offers. */
export type PlaceKind = PlaceResult['kind'];

/** Strips the administrative suffix a user may leave out (成都市 → 成都, 恩施土家族苗族自治州 → 恩施…). */
function stem(name: string): string {
  return name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/u, '');
}

/** 0 = exact, 1 = prefix, 2 = substring, Infinity = no match. */
function rankUnit(name: string, pinyin: string, q: string, ascii: boolean): number {
  if (ascii) return pinyin === q ? 0 : pinyin.startsWith(q) ? 1 : Number.POSITIVE_INFINITY;
  if (name === q || stem(name) === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  return Number.POSITIVE_INFINITY;
}

/** Searches places of the given kinds; `searchCounties` is the county lookup's search. */
export function searchPlaces(
  index: CountyIndexJson,
  searchCounties: (query: string, limit: number) => County[],
  query: string,
  limit: number,
  kinds: readonly PlaceKind[] = ['province', 'prefecture', 'county'],
): PlaceResult[] {
  const q = query.trim().replace(/\s+/g, '').toLowerCase();
  if (!q) return [];
  const ascii = /^[a-z]+$/.test(q);
  const provinceName = new Map(index.provinces.map((p) => [p.adcode, p.short || p.name]));
  const prefectureName = new Map(index.prefectures.map((p) => [p.adcode, p.name]));
  const units: { rank: number; result: PlaceResult }[] = [];
  if (kinds.includes('province')) {
    for (const p of index.provinces) {
      const rank = Math.min(rankUnit(p.name, p.pinyin, q, ascii), rankUnit(p.short, p.pinyin, q, ascii));
      if (rank < Number.POSITIVE_INFINITY) units.push({ rank, result: { kind: 'province', adcode: p.adcode, name: p.name, context: '', bbox: p.bbox } });
    }
  }
  if (kinds.includes('prefecture')) {
    for (const p of index.prefectures) {
      // Single-county units (东莞, 三沙…) are found as counties; municipalities' districts have no name of their own.
      if (/^\d+$/.test(p.name) || index.counties.some((c) => c.adcode === p.adcode)) continue;
      const rank = rankUnit(p.name, p.pinyin, q, ascii);
      if (rank < Number.POSITIVE_INFINITY) {
        units.push({ rank, result: { kind: 'prefecture', adcode: p.adcode, name: p.name, context: provinceName.get(p.province) ?? '', bbox: p.bbox } });
      }
    }
  }
  const counties = kinds.includes('county')
    ? searchCounties(query, limit).map((c) => ({
        kind: 'county' as const,
        adcode: c.adcode,
        name: c.name,
        context: [prefectureName.get(c.prefecture), provinceName.get(c.province)].filter((n) => n && n !== c.name).join(' · '),
        bbox: c.bbox,
      }))
    : [];
  // Exact unit matches lead; then counties in the lookup's own ranking; then other unit matches.
  units.sort((a, b) => a.rank - b.rank || a.result.adcode.localeCompare(b.result.adcode));
  const exact = units.filter((u) => u.rank === 0).map((u) => u.result);
  const rest = units.filter((u) => u.rank > 0).map((u) => u.result);
  return [...exact, ...counties, ...rest].slice(0, limit);
}
