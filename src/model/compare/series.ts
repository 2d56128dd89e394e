/**
 * Line-chart data of the development paths panel: a county's series over the years with explicit gaps (null,
 * never 0) where it has no value, and the national and provincial medians per year as references.
 */
import { median } from 'd3-array';
import type { IndicatorValues } from '../indicators/dataset';
import { valueAt, type CountyPositions } from './columns';

/** One year of a series; null = no data that year. */
export interface SeriesPoint {
  year: number;
  value: number | null;
}

/** A county's series over `years` (null where the county has no value). */
export function countySeries(
  values: IndicatorValues,
  positions: CountyPositions,
  adcode: string,
  years: readonly number[],
): SeriesPoint[] {
  const pos = positions.get(adcode);
  return years.map((year) => ({ year, value: valueAt(values, year, pos) }));
}

/** The years of a series that have no value (what the chart labels as "no data"). */
export function missingYears(series: readonly SeriesPoint[]): number[] {
  return series.filter((p) => p.value === null).map((p) => p.year);
}

/** Splits a series into runs of consecutive years with values, so a line is never drawn across a gap. */
export function seriesRuns(series: readonly SeriesPoint[]): { year: number; value: number }[][] {
  const runs: { year: number; value: number }[][] = [];
  let run: { year: number; value: number }[] = [];
  for (const p of series) {
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ year: p.year, value: p.value });
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The median per year over the counties at `subset` positions (all counties when absent), skipping missing values;
 * a year where none has data is null.
 */
export function medianSeries(values: IndicatorValues, years: readonly number[], subset?: readonly number[]): SeriesPoint[] {
  return years.map((year) => {
    const column = values.byYear.get(year);
    if (!column) return { year, value: null };
    // d3.median ignores NaN, which is how missing values are stored.
    const m = subset ? median(subset, (i) => column[i]) : median(column);
    return { year, value: m === undefined ? null : m };
  });
}

/** Positions of the counties of one province in a dataset (the subset of a provincial median). */
export function provincePositions(
  counties: readonly { adcode: string; province: string }[],
  positions: CountyPositions,
  province: string,
): number[] {
  const out: number[] = [];
  for (const c of counties) {
    if (c.province !== province) continue;
    const p = positions.get(c.adcode);
    if (p !== undefined) out.push(p);
  }
  return out;
}
