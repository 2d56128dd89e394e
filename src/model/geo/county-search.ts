/**
 * Type-ahead search over counties: Chinese names (official and old) by exact, prefix and substring match, and
 * pinyin by full-spelling prefix or initials. Ranked exact > prefix > substring, official names before old ones.
 */
import type { County } from './county';
import { normalizeName, shortCountyName } from './name-normalize';

interface SearchRow {
  county: County;
  names: string[];
  shortName: string;
  aliases: string[];
}

const ALIAS_PENALTY = 0.5;
const NO_MATCH = Number.POSITIVE_INFINITY;

function rankChinese(row: SearchRow, q: string): number {
  let best = NO_MATCH;
  for (const name of row.names) {
    if (name === q || row.shortName === q) best = Math.min(best, 0);
    else if (name.startsWith(q)) best = Math.min(best, 1);
    else if (name.includes(q)) best = Math.min(best, 2);
  }
  for (const alias of row.aliases) {
    if (alias === q || shortCountyName(alias) === q) best = Math.min(best, ALIAS_PENALTY);
    else if (alias.startsWith(q)) best = Math.min(best, 1 + ALIAS_PENALTY);
    else if (alias.includes(q)) best = Math.min(best, 2 + ALIAS_PENALTY);
  }
  return best;
}

function rankPinyin(county: County, q: string): number {
  if (county.pinyin === q) return 0;
  if (county.initials === q) return 0.25;
  if (county.pinyin.startsWith(q)) return 1;
  if (county.initials.startsWith(q)) return 1.25;
  return NO_MATCH;
}

/** Builds the search function over a fixed county list (aliases: old names per adcode from the change list). */
export function createCountySearch(
  counties: readonly County[],
  aliasesByAdcode: ReadonlyMap<string, readonly string[]>,
): (query: string, limit?: number) => County[] {
  // Rows are built on the first search, so workers that only match names never pay for them.
  let rows: SearchRow[] | undefined;
  const buildRows = (): SearchRow[] => counties.map((county) => {
    const name = normalizeName(county.name);
    return {
      county,
      names: [name],
      shortName: shortCountyName(name),
      aliases: (aliasesByAdcode.get(county.adcode) ?? []).map(normalizeName),
    };
  });
  return (query, limit = 10) => {
    const q = normalizeName(query).toLowerCase();
    if (q.length === 0) return [];
    const ascii = /^[a-z]+$/.test(q);
    rows ??= buildRows();
    const hits: { rank: number; county: County }[] = [];
    for (const row of rows) {
      const rank = ascii ? rankPinyin(row.county, q) : rankChinese(row, q);
      if (rank !== NO_MATCH) hits.push({ rank, county: row.county });
    }
    hits.sort(
      (a, b) =>
        a.rank - b.rank || a.county.name.length - b.county.name.length || a.county.adcode.localeCompare(b.county.adcode),
    );
    return hits.slice(0, limit).map((h) => h.county);
  };
}
