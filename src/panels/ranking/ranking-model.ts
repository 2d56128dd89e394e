/**
 * Pure parts of the ranking table: which rows a scroll position shows (fixed-height windowing), the inline bars
 * (from a zero line, so negative changes grow left), and the CSV rows of an export.
 */
import type { RankBy, RankRow } from '../../model/compare/ranking';
import { withSampleColumn, type CsvCell } from '../../lib/csv-export';
import type { CountyIndexView } from '../../model/geo/county-index-view';
import type { RankLevel } from '../../model/compare/unit-ranking';

/** The half-open row range [start, end) to render. */
export interface RowWindow {
  start: number;
  end: number;
}

/** Rows visible in a viewport of `viewportPx` scrolled to `scrollTopPx`, plus `overscan` rows each side. */
export function visibleRows(scrollTopPx: number, viewportPx: number, rowPx: number, rowCount: number, overscan = 6): RowWindow {
  if (rowCount <= 0 || rowPx <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTopPx) / rowPx);
  const shown = Math.ceil(Math.max(0, viewportPx) / rowPx) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(rowCount, first + shown + overscan) };
}

/** The value range the bars share, always including 0 so bar length reads as magnitude. */
export function barDomain(rows: readonly RankRow[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    if (r.value === null) continue;
    lo = Math.min(lo, r.value);
    hi = Math.max(hi, r.value);
  }
  return [lo, hi];
}

/** A bar's left edge and width as fractions of the cell, from the zero line of `domain`. */
export function barGeometry(value: number, domain: readonly [number, number]): { left: number; width: number } {
  const span = domain[1] - domain[0];
  if (!(span > 0)) return { left: 0, width: 0 };
  const zero = (0 - domain[0]) / span;
  const at = (value - domain[0]) / span;
  return { left: Math.min(zero, at), width: Math.abs(at - zero) };
}

/** Names shown for a county in an export. */
export interface CountyNames {
  name: string;
  prefecture: string;
  province: string;
}

/** Column headers of an export, in the interface language. */
export interface RankingCsvHeaders {
  rank: string;
  adcode: string;
  county: string;
  prefecture: string;
  province: string;
  value: string;
  change: string;
  unit: string;
}

/** The CSV rows (header first) of a ranking, with the sample-data column when the dataset is sample data. */
export function rankingCsvRows(
  rows: readonly RankRow[],
  by: RankBy,
  namesOf: (adcode: string) => CountyNames,
  headers: RankingCsvHeaders,
  unit: string,
  /** true = sample data; a string = the provenance label of real data or facts (see exportLabel). */
  sample: boolean | string,
): CsvCell[][] {
  const valueHeads =
    by.kind === 'value'
      ? [`${headers.value} ${by.year}`]
      : [`${headers.value} ${by.fromYear}`, `${headers.value} ${by.toYear}`, `${headers.change} ${by.fromYear}–${by.toYear}`];
  const out: CsvCell[][] = [[headers.rank, headers.adcode, headers.county, headers.prefecture, headers.province, ...valueHeads, headers.unit]];
  for (const r of rows) {
    const n = namesOf(r.adcode);
    const values = by.kind === 'value' ? [r.value] : [r.from, r.to, r.value];
    out.push([r.rank, r.adcode, n.name, n.prefecture, n.province, ...values, unit]);
  }
  return withSampleColumn(out, sample);
}

/** A file name for an export: indicator, what it is ranked by, and the date. */
export function rankingFileName(indicatorId: string, by: RankBy, today: Date): string {
  const what = by.kind === 'value' ? String(by.year) : `${by.fromYear}-${by.toYear}`;
  return `ranking_${indicatorId}_${what}_${today.toISOString().slice(0, 10)}.csv`;
}

/** A row's names at a level: its own, its prefecture's and province's (full), and its province's short name. */
export function rowNames(geo: CountyIndexView | null, level: RankLevel, adcode: string): CountyNames & { provinceShort: string } {
  if (level === 'province') {
    const p = geo?.province.get(adcode);
    return { name: p?.name ?? adcode, prefecture: '', province: p?.name ?? '', provinceShort: '' };
  }
  if (level === 'prefecture') {
    const p = geo?.prefecture.get(adcode);
    const prov = p ? geo?.province.get(p.province) : undefined;
    return { name: p?.name ?? adcode, prefecture: p?.name ?? '', province: prov?.name ?? '', provinceShort: prov?.short ?? '' };
  }
  const c = geo?.county(adcode);
  const prov = c ? geo?.province.get(c.province) : undefined;
  return { name: c?.name ?? adcode, prefecture: c ? (geo?.prefecture.get(c.prefecture)?.name ?? '') : '', province: prov?.name ?? '', provinceShort: prov?.short ?? '' };
}
