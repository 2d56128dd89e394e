/**
 * A user's own western county endowments for the industry matching, as a long table laid over industry.json:
 * either sector fit (county × sector → 0–100) or county measures (county × measure → value: industrial-park land
 * in hectares, minutes to the nearest expressway). The rows' counties come matched by the import pipeline; what a
 * row names replaces the sample for that county and sector or measure, everything else stays sample. Sector and
 * measure cells may be ids, Chinese or English names. Rows that cannot be used are reported by reason (an
 * endowment above 100 or a negative figure is refused, not clipped), and a table that changes nothing is an error.
 *
 * Wired: the import pipeline reads such a table (src/data/import/industry-long-rows.ts), the matching worker lays
 * it over industry.json (industry-imported.ts) after checking it fits.
 */
import type { IndustryData } from './matching-data';
import { SECTOR_IDS, type SectorId } from './skills';

/** What a table holds: sector fit per county, or per-county measures (park land, expressway minutes). */
export type IndustryLongMeasure = 'endowment' | 'county-measures';

/** The per-county measures a county-measures table may give. */
export const COUNTY_MEASURE_IDS = ['park-ha', 'expressway-minutes'] as const;
export type CountyMeasureId = (typeof COUNTY_MEASURE_IDS)[number];

/** One row after county matching: a county, what the row is about (a sector or a measure cell) and the value. */
export interface IndustryLongRow {
  /** County adcode from the import pipeline's matcher, or null when it matched none. */
  county: string | null;
  /** The sector (endowment tables) or measure (county-measures tables) as written in the file. */
  key: string;
  value: number | null;
  /** The cell says there is none (无高速, none: noneOfCell); for expressway minutes that is a county off the network. */
  none?: boolean;
}

/** Why a row was not used. */
export type IndustryLongSkip = 'county-unmatched' | 'county-not-western' | 'sector-unknown' | 'measure-unknown' | 'value-missing' | 'value-out-of-range' | 'duplicate';

/** The outcome of laying a long table over the data. */
export interface IndustryLongResult {
  data: IndustryData;
  applied: number;
  skipped: { row: number; reason: IndustryLongSkip }[];
}

/**
 * The largest plausible value of each measure: endowment is a 0–100 score; no county park offers more than
 * 100,000 ha (1,000 km²); no county seat is a day (1,440 minutes) from an expressway. Beyond these a figure is a
 * unit or typing mistake, so the row is refused rather than solved with.
 */
export const INDUSTRY_VALUE_MAX: Readonly<Record<'endowment' | CountyMeasureId, number>> = { endowment: 100, 'park-ha': 100_000, 'expressway-minutes': 1_440 };

const SECTOR_NAMES: Record<SectorId, readonly string[]> = {
  agriculture: ['农业', '特色农业', '现代农业', 'agriculture'],
  minerals: ['矿产', '矿产资源', '采矿', '矿业', 'minerals', 'mining'],
  tourism: ['旅游', '文旅', '旅游业', '文化旅游', 'tourism'],
  textiles: ['纺织', '纺织服装', '服装', 'textiles', 'textile'],
  electronics: ['电子', '电子装配', '电子信息', 'electronics', 'electronics assembly'],
  food_processing: ['食品加工', '食品', 'food processing', 'food'],
};

const MEASURE_NAMES: Record<CountyMeasureId, readonly string[]> = {
  'park-ha': ['园区', '园区面积', '园区用地', '园区可用地', '园区容量', '产业园区', '产业园区面积', '工业园区', '工业园区面积', 'park', 'park ha', 'park land', 'industrial park', 'industrial park capacity', 'park capacity'],
  'expressway-minutes': ['高速', '高速公路', '高速分钟', '高速公路分钟', '到高速公路', '到高速公路时间', '距高速公路', '距高速公路时间', 'expressway', 'expressway minutes', 'minutes to expressway'],
};

// Units in brackets ("园区面积（公顷）", "expressway (min)") do not change what a header or cell names.
const norm = (s: string): string => s.trim().toLowerCase().replace(/[（(][^）)]*[）)]/g, '').replace(/[\s_\-（）()]/g, '');

function named<T extends string>(ids: readonly T[], names: Record<T, readonly string[]>, cell: string): T | null {
  const c = norm(cell);
  if (c === '') return null;
  for (const id of ids) if (norm(id) === c || names[id].some((n) => norm(n) === c)) return id;
  return null;
}

/** Cells that say a county has none: for expressway minutes, no expressway at all (industry.json's null). */
const NONE_CELLS = new Set(['无', '没有', '无高速', '无高速公路', '未通', '未通高速', '未通高速公路', '不通高速', 'none', 'no expressway', 'no motorway']);

/** True when a value cell says "none" rather than giving a number (case and spaces ignored). */
export function noneOfCell(cell: string): boolean {
  return NONE_CELLS.has(cell.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** The sector a cell or header names (id, Chinese or English), or null. */
export function sectorOfCell(cell: string): SectorId | null {
  return named(SECTOR_IDS, SECTOR_NAMES, cell);
}

/** The county measure a cell or header names (id, Chinese or English, units in brackets ignored), or null. */
export function countyMeasureOfCell(cell: string): CountyMeasureId | null {
  return named(COUNTY_MEASURE_IDS, MEASURE_NAMES, cell);
}

/** Whether a cell names what a table of `measure` is keyed by. */
export function industryKeyOfCell(measure: IndustryLongMeasure, cell: string): string | null {
  return measure === 'endowment' ? sectorOfCell(cell) : countyMeasureOfCell(cell);
}

/** Lays `rows` over `base`; `label` names the user's files (the result is kind 'real' once a row applies). */
export function applyIndustryLongTable(base: IndustryData, rows: readonly IndustryLongRow[], measure: IndustryLongMeasure, label: { zh: string; en: string }): IndustryLongResult {
  const countyIndex = new Map(base.counties.map((c, i) => [c, i]));
  const endowment: Record<string, number[]> = Object.fromEntries(Object.entries(base.endowment).map(([k, a]) => [k, [...a]]));
  const parkHa = [...base.parkHa];
  const expresswayMinutes = [...base.expresswayMinutes];
  const seen = new Set<string>();
  const skipped: IndustryLongResult['skipped'] = [];
  let applied = 0;
  rows.forEach((r, row) => {
    const skip = (reason: IndustryLongSkip) => skipped.push({ row, reason });
    if (r.county === null) return skip('county-unmatched');
    const i = countyIndex.get(r.county);
    if (i === undefined) return skip('county-not-western');
    const key = measure === 'endowment' ? sectorOfCell(r.key) : countyMeasureOfCell(r.key);
    if (key === null || (measure === 'endowment' && !base.sectors.includes(key as SectorId))) return skip(measure === 'endowment' ? 'sector-unknown' : 'measure-unknown');
    // "No expressway" is a fact about the county (its minutes become null: no access), not a missing figure.
    const offNetwork = key === 'expressway-minutes' && r.value === null && r.none === true;
    if (!offNetwork && (r.value === null || !Number.isFinite(r.value))) return skip('value-missing');
    const max = measure === 'endowment' ? INDUSTRY_VALUE_MAX.endowment : INDUSTRY_VALUE_MAX[key as CountyMeasureId];
    if (r.value !== null && (r.value < 0 || r.value > max)) return skip('value-out-of-range');
    const seenKey = `${r.county}|${key}`;
    if (seen.has(seenKey)) return skip('duplicate');
    seen.add(seenKey);
    if (measure === 'endowment') endowment[key]![i] = r.value as number;
    else if (key === 'park-ha') parkHa[i] = r.value as number;
    else expresswayMinutes[i] = offNetwork ? null : r.value;
    applied++;
  });
  const data: IndustryData = applied > 0 ? { ...base, kind: 'real', label, endowment, parkHa, expresswayMinutes } : base;
  return { data, applied, skipped };
}
