/**
 * Ids for imported datasets and indicators: [a-z0-9_] slugs from the header or file name. Headers that mean
 * one of the sample indicators get its id (so `myfile:tap_water` lines up with `sample:tap_water`); Chinese
 * headers without Latin letters get a short stable hash of the header, so re-importing the same file gives the
 * same ids.
 */
import { cleanCell } from './parse-value';

/** Header patterns for the sample dataset's indicator ids (issue 3's table). */
const KNOWN: [RegExp, string][] = [
  [/贫困发生率|poverty.?incidence/i, 'poverty_incidence'],
  [/(?:建档立卡)?贫困人口|poor.?pop/i, 'poor_population'],
  [/农村.*(?:人均)?可支配收入|农民人均纯收入|rurperdisposableinc|rural.?income/i, 'rural_income'],
  [/硬化路|road.?hardened/i, 'road_hardened_villages'],
  [/高速.*(?:分钟|时间)|expressway/i, 'expressway_minutes'],
  [/安全饮水|safe.?drinking/i, 'safe_drinking_water'],
  [/自来水|hous_samp_watr|tap.?water/i, 'tap_water'],
  [/宽带|broadband/i, 'broadband_villages'],
  [/4g/i, 'mobile_4g'],
  [/卫生室|clinic/i, 'clinic_coverage'],
  [/义务教育.*巩固率|compulsory/i, 'compulsory_completion'],
  [/防返贫监测|监测户|monitored.?households/i, 'monitored_households'],
];

/** FNV-1a hash of a string, base 36: short, stable, no dependency. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Lower-case ASCII slug: runs of anything else become one underscore; '' when nothing Latin remains. */
export function asciiSlug(text: string): string {
  return cleanCell(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48);
}

/** An indicator id for a header: a sample id when the meaning is known, else a slug, else a hash. */
export function indicatorIdFor(header: string): string {
  for (const [re, id] of KNOWN) if (re.test(header)) return id;
  const slug = asciiSlug(header);
  if (slug !== '' && /[a-z]/.test(slug) && !/[\u4e00-\u9fff]/.test(header)) return /^[a-z]/.test(slug) ? slug : `v_${slug}`;
  return slug !== '' && /[a-z]{2,}/.test(slug) ? `${slug}_${shortHash(header)}` : `v_${shortHash(header)}`;
}

/** Makes `id` unique against `taken` by appending _2, _3… and records it. */
export function uniqueId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n += 1) out = `${id}_${n}`;
  taken.add(out);
  return out;
}

/** A dataset id from a file name ("poverty_county_list.csv" → "poverty_county_list"), unique against `taken`. */
export function datasetIdFor(fileName: string, taken: Iterable<string> = []): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  const slug = asciiSlug(base).replace(/_/g, '-').slice(0, 32).replace(/-+$/, '');
  const id = slug !== '' && /[a-z]/.test(slug) ? slug : `import-${shortHash(base)}`;
  const set = new Set(taken);
  set.add('sample');
  let out = id;
  for (let n = 2; set.has(out); n += 1) out = `${id}-${n}`;
  return out;
}
