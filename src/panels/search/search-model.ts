/** Pure county search by Chinese name, full pinyin or pinyin initials, ranked exact > prefix > substring. */
import type { County } from '../../model/county';

/** Finds up to `limit` counties matching `query`. */
export function searchCounties(counties: readonly County[], query: string, limit: number): County[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const scored: { county: County; score: number }[] = [];
  for (const c of counties) {
    const score = scoreCounty(c, q);
    if (score > 0) scored.push({ county: c, score });
  }
  scored.sort((a, b) => b.score - a.score || a.county.adcode.localeCompare(b.county.adcode));
  return scored.slice(0, limit).map((s) => s.county);
}

function scoreCounty(c: County, q: string): number {
  if (c.name === q || c.adcode === q) return 100;
  if (c.name.startsWith(q)) return 80;
  if (c.pinyin === q || c.initials === q) return 70;
  if (c.pinyin.startsWith(q)) return 60;
  if (c.initials.startsWith(q)) return 50;
  if (c.name.includes(q)) return 40;
  if (/^\d{2,6}$/.test(q) && c.adcode.startsWith(q)) return 30;
  return 0;
}
