/**
 * Column roles: which column holds adcodes, county, prefecture and province names, the year, values and
 * categories; whether the table is long (a year column), wide (years in the headers) or static (no year).
 * Headers hint, sample values decide; every guess can be overridden per column.
 */
import { importError } from './import-error';
import type { ImportLookup } from './import-lookup';
import type { ColumnMapping, ColumnSpec, ImportError, ImportOverrides, TableLayout } from './import-types';
import { guessUnit } from './guess-unit';
import { cleanCell, isPlausibleAdcode, normaliseCode, parseValue, parseYear, splitHeaderYear } from './parse-value';

const CODE_HEADER = /代码|编码|编号|code|区划|adcode|gb/i;
const YEAR_HEADER = /^(?:年份|年度|年|统计年度|统计年份|数据年份|时间|year|sgnyear|yr)$/i;
const PROVINCE_HEADER = /省|province/i;
const PREFECTURE_HEADER = /市|地区|州|盟|city|pref/i;
const COUNTY_HEADER = /县|区县|县域|县名|名称|单位|county|name|地区|区域/i;
const GENERIC_HEADER = /^(?:列\d+|column_?\d+|unnamed.*|field\d+)$/i;
const NOTE_HEADER = /备注|说明|注释|来源|note|remark|comment|source/i;
const ID_HEADER = /(?:^|_)id$|areaid|序号|^no\.?$|^#$|^fid$|^objectid$/i;
/** Headers of columns whose values are years of an event (摘帽时间, 设立年份, exit year): an attribute, not a series. */
const EVENT_YEAR_HEADER = /年|时间|日期|year|date/i;
/** Headers of designations that are often written as numbers (是否重点县 1/0, 批次 1/2/3): categories. */
const DESIGNATION_HEADER = /是否|类型|类别|等级|批次|designation|type|category|flag|class/i;

interface ColumnStats {
  filled: string[];
  codes: number;
  years: number;
  numbers: number;
  missing: number;
}

function stats(values: readonly string[]): ColumnStats {
  const s: ColumnStats = { filled: [], codes: 0, years: 0, numbers: 0, missing: 0 };
  for (const raw of values) {
    const v = cleanCell(raw);
    if (v === '') continue;
    s.filled.push(v);
    const code = normaliseCode(v);
    if (code !== null && isPlausibleAdcode(code)) s.codes += 1;
    if (parseYear(v) !== null) s.years += 1;
    const p = parseValue(v);
    if (p.kind === 'number') s.numbers += 1;
    else if (p.kind === 'missing') s.missing += 1;
  }
  return s;
}

function share(n: number, of: number): number {
  return of > 0 ? n / of : 0;
}

function nameHits(values: readonly string[], test: (v: string) => boolean): number {
  const distinct = [...new Set(values)].slice(0, 120);
  let hits = 0;
  for (const v of distinct) if (test(v)) hits += 1;
  return share(hits, distinct.length);
}

/** Picks the best column for a role among the candidates, by score (ties: leftmost). */
function pick(scores: Map<number, number>, min: number): number | null {
  let best: number | null = null;
  let bestScore = min;
  for (const [c, s] of scores) if (s >= bestScore && (best === null || s > bestScore)) [best, bestScore] = [c, s];
  return best;
}

/**
 * Guesses a ColumnMapping from the layout and up to a few hundred data rows, then applies the user's overrides.
 * `defaultYear` is the year for value columns that have none (override, title or file name); without one they
 * become static attributes.
 */
export function detectColumnRoles(
  layout: TableLayout,
  sample: readonly (readonly string[])[],
  lookup: ImportLookup,
  overrides: ImportOverrides = {},
  defaultYear: number | null = null,
): ColumnMapping | ImportError {
  const width = layout.columns.length;
  const colStats: ColumnStats[] = [];
  for (let c = 0; c < width; c += 1) colStats.push(stats(sample.map((r) => r[c] ?? '')));
  const role: ColumnSpec['role'][] = new Array<ColumnSpec['role']>(width).fill('ignore');
  const headerOf = (c: number) => layout.columns[c] ?? '';

  const codeScores = new Map<number, number>();
  const yearScores = new Map<number, number>();
  const textCols: number[] = [];
  for (let c = 0; c < width; c += 1) {
    const s = colStats[c] as ColumnStats;
    const present = s.filled.length - s.missing;
    if (present === 0) continue;
    const h = headerOf(c);
    const codeShare = share(s.codes, present);
    if (codeShare >= 0.6 && (CODE_HEADER.test(h) || codeShare >= 0.9)) codeScores.set(c, codeShare + (CODE_HEADER.test(h) ? 1 : 0));
    if (YEAR_HEADER.test(h.replace(/\s+/g, '')) && share(s.years, present) >= 0.9) yearScores.set(c, 1);
    if (share(s.numbers, present) < 0.5) textCols.push(c);
  }
  const codeCol = pick(codeScores, 0);
  if (codeCol !== null) role[codeCol] = 'adcode';
  const yearCol = pick(yearScores, 0);
  if (yearCol !== null && yearCol !== codeCol) role[yearCol] = 'year';

  const free = (c: number) => role[c] === 'ignore';
  const provScores = new Map<number, number>();
  for (const c of textCols.filter(free)) {
    const hits = nameHits((colStats[c] as ColumnStats).filled, (v) => lookup.provinceByName(v) !== undefined);
    if (hits >= 0.8 || (hits >= 0.5 && PROVINCE_HEADER.test(headerOf(c)))) provScores.set(c, hits);
  }
  const provCol = pick(provScores, 0);
  if (provCol !== null) role[provCol] = 'province';
  const prefScores = new Map<number, number>();
  for (const c of textCols.filter(free)) {
    const hits = nameHits((colStats[c] as ColumnStats).filled, (v) => lookup.prefectureByName(v) !== undefined);
    if (hits >= 0.8 || (hits >= 0.5 && PREFECTURE_HEADER.test(headerOf(c)))) prefScores.set(c, hits);
  }
  const prefCol = pick(prefScores, 0);
  if (prefCol !== null) role[prefCol] = 'prefecture';
  const countyScores = new Map<number, number>();
  for (const c of textCols.filter(free)) {
    const hits = nameHits((colStats[c] as ColumnStats).filled, (v) => lookup.matchName({ name: v }).status !== 'unmatched');
    const hinted = COUNTY_HEADER.test(headerOf(c));
    if (hits >= 0.6 || (hits >= 0.3 && hinted)) countyScores.set(c, hits + (hinted ? 0.1 : 0));
  }
  const countyCol = pick(countyScores, 0);
  if (countyCol !== null) role[countyCol] = 'county';

  for (let c = 0; c < width; c += 1) {
    if (!free(c)) continue;
    const s = colStats[c] as ColumnStats;
    const present = s.filled.length - s.missing;
    const h = headerOf(c).replace(/\s+/g, '');
    if (ID_HEADER.test(h)) continue;
    // Empty in the sample (long files sorted by year often start blank): a named column may fill in later.
    if (present === 0) {
      if (s.missing > 0 || (!GENERIC_HEADER.test(h) && !NOTE_HEADER.test(h))) role[c] = 'value';
      continue;
    }
    if (share(s.numbers, present) >= 0.8) role[c] = numericRole(s, present, h);
    else {
      const distinct = new Set(s.filled).size;
      if (distinct >= 2 && distinct <= Math.max(12, s.filled.length * 0.05)) role[c] = 'category';
    }
  }

  const columns: ColumnSpec[] = layout.columns.map((header, index) => {
    const spec: ColumnSpec = { index, header, role: role[index] ?? 'ignore' };
    if (spec.role === 'value') describeValue(spec, layout.columnParts[index] ?? [], sample, yearCol !== null);
    if (spec.role === 'attribute') describeAttribute(spec, sample);
    const o = overrides.columns?.[index];
    return o ? { ...spec, ...o } : spec;
  });
  if (!columns.some((c) => c.role === 'adcode' || c.role === 'county')) return importError('no_county_column');
  if (!columns.some((c) => c.role === 'value' || c.role === 'attribute' || c.role === 'category')) return importError('no_value_column');
  const hasYearCol = columns.some((c) => c.role === 'year');
  const year = overrides.year ?? defaultYear;
  for (const spec of columns) if (spec.role === 'value' && !hasYearCol && spec.year === undefined && year !== null) spec.year = year;
  const wide = !hasYearCol && columns.some((c) => c.role === 'value' && c.year !== undefined);
  return { sheet: layout.sheet, layout: hasYearCol ? 'long' : wide ? 'wide' : 'static', columns };
}

/**
 * A mostly numeric column: a value series, unless its numbers are years of an event (an attribute with unit 'year')
 * or a few codes of a designation (a category).
 */
function numericRole(s: ColumnStats, present: number, header: string): ColumnSpec['role'] {
  if (share(s.years, present) >= 0.9 && EVENT_YEAR_HEADER.test(header)) return 'attribute';
  if (DESIGNATION_HEADER.test(header) && new Set(s.filled).size <= 12) return 'category';
  return 'value';
}

/** Fills the name and unit of an attribute column (a year of an event reads as unit 'year'). */
function describeAttribute(spec: ColumnSpec, sample: readonly (readonly string[])[]): void {
  spec.indicator = spec.header === '' ? '数值' : spec.header;
  const cells = sample.slice(0, 400).map((r) => r[spec.index] ?? '').filter((v) => cleanCell(v) !== '');
  const years = cells.filter((v) => parseYear(v) !== null).length;
  spec.unit = cells.length > 0 && years / cells.length >= 0.9 ? 'year' : guessUnit(spec.indicator, cells.map(parseValue)).unit;
}

/** Fills indicator, year, unit and scale of a value column. */
function describeValue(spec: ColumnSpec, parts: readonly string[], sample: readonly (readonly string[])[], long: boolean): void {
  const { year, rest } = long ? { year: null, rest: spec.header } : splitHeaderYear(spec.header);
  let indicator = rest;
  if (year !== null && rest === '') indicator = parts.length > 1 ? (parts[0] ?? '') : '';
  spec.indicator = indicator === '' ? '数值' : indicator;
  if (year !== null) spec.year = year;
  const values = sample.slice(0, 400).map((r) => parseValue(r[spec.index] ?? ''));
  const unit = guessUnit(spec.indicator, values);
  spec.unit = unit.unit;
  if (unit.fractionShare) {
    spec.fractionShare = true;
    spec.scale = 100;
  }
}
