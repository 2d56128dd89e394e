/**
 * Drawing data of the scorecard: sparkline paths of each measure's trend since 2016 (d3 computes, React draws),
 * and the poverty incidence of the pairing's western counties beside it, aligned by adcode.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { IndicatorValues } from '../../model/indicators/dataset';
import type { TrendPoint } from '../../model/partnership/scorecard';
import { SCORECARD_TREND_START_YEAR } from '../../model/partnership/scorecard';
import { valueAt, type CountyPositions } from '../../model/compare/columns';

/** A sparkline: its SVG path and the last drawn point (for a dot), both in the box's pixels. */
export interface Sparkline {
  path: string;
  last: { x: number; y: number } | null;
}

/** The sparkline of a trend in a box of `widthPx` × `heightPx` (1px inset so the stroke is not clipped). */
export function sparkline(trend: readonly TrendPoint[], widthPx: number, heightPx: number): Sparkline {
  const defined = trend.filter((p): p is { year: number; value: number } => p.value !== null);
  if (defined.length === 0 || trend.length === 0) return { path: '', last: null };
  const first = trend[0]!.year;
  const lastYear = trend[trend.length - 1]!.year;
  const x = scaleLinear().domain([first, Math.max(lastYear, first + 1)]).range([1, widthPx - 1]);
  const values = defined.map((p) => p.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  const y = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range([heightPx - 1, 1]);
  const path = line<TrendPoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.year))
    .y((p) => y(p.value ?? 0))(trend as TrendPoint[]) ?? '';
  const end = defined[defined.length - 1]!;
  return { path, last: { x: x(end.year), y: y(end.value) } };
}

/** One western county of a pairing with its poverty incidence. */
export interface PovertyRow {
  adcode: string;
  name: string;
  /** Value in 2016 (the start of the trend). */
  base: number | null;
  value: number | null;
}

/** The paired counties' poverty incidence: rows, the (unweighted) mean per year from 2016, and the year's mean. */
export interface PovertySummary {
  rows: PovertyRow[];
  trend: TrendPoint[];
  mean: number | null;
  baseMean: number | null;
}

function mean(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
}

/**
 * Aligns the counties (boundary adcodes) to the dataset's column order through `positions` (built once per
 * dataset from manifest.counties) and reads the values; a county the dataset lacks shows as missing.
 */
export function povertySummary(
  adcodes: readonly string[],
  values: IndicatorValues | undefined,
  positions: CountyPositions,
  year: number,
  nameOf: (adcode: string) => string | undefined,
): PovertySummary {
  const read = (adcode: string, y: number): number | null => (values ? valueAt(values, y, positions.get(adcode)) : null);
  const rows = adcodes.map((adcode) => ({
    adcode,
    name: nameOf(adcode) ?? adcode,
    base: read(adcode, SCORECARD_TREND_START_YEAR),
    value: read(adcode, year),
  }));
  const trend: TrendPoint[] = [];
  for (let y = SCORECARD_TREND_START_YEAR; y <= year; y++) trend.push({ year: y, value: mean(adcodes.map((a) => read(a, y))) });
  return { rows, trend, mean: mean(rows.map((r) => r.value)), baseMean: mean(rows.map((r) => r.base)) };
}
