/**
 * Turns the set's series and the reference medians into what the line chart draws: one path per run of years
 * with data (a gap is a gap, never a drop to 0), dots, the years with no data per county, axes.
 */
import { line } from 'd3-shape';
import { seriesRuns, type SeriesPoint } from '../../model/compare/series';
import { valueScale, yearTicks, type ChartFrame, type Tick } from './chart-frame';

/** One county's series with its stable colour. */
export interface ColoredSeries {
  adcode: string;
  color: string;
  points: readonly SeriesPoint[];
}

/** A reference line (national or provincial median). */
export interface ReferenceLine {
  id: string;
  label: string;
  points: readonly SeriesPoint[];
}

/** What the line chart draws. */
export interface LineChartModel {
  xTicks: Tick[];
  yTicks: Tick[];
  lines: { adcode: string; color: string; paths: string[]; dots: { year: number; value: number; x: number; y: number }[]; missing: number[] }[];
  references: { id: string; label: string; paths: string[]; labelY: number | null }[];
  /** x position of each year, for the "no data" markers and the current-year rule. */
  xOf: (year: number) => number;
  hasData: boolean;
}

/** Lays out the line chart in `frame`. */
export function buildLineChart(
  frame: ChartFrame,
  years: readonly number[],
  series: readonly ColoredSeries[],
  references: readonly ReferenceLine[],
  format: (v: number) => string,
): LineChartModel {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const xOf = (year: number): number =>
    last === first ? (frame.left + frame.right) / 2 : frame.left + ((year - first) / (last - first)) * (frame.right - frame.left);
  const all = [...series, ...references].flatMap((s) => s.points).flatMap((p) => (p.value === null ? [] : [p.value]));
  const hasData = series.some((s) => s.points.some((p) => p.value !== null));
  const domain: [number, number] = all.length ? [Math.min(...all), Math.max(...all)] : [0, 1];
  const { scale: yOf, ticks: yTicks } = valueScale(domain, frame.bottom, frame.top, frame.fontPx, format);
  const path = line<{ year: number; value: number }>()
    .x((p) => xOf(p.year))
    .y((p) => yOf(p.value));
  const pathsOf = (points: readonly SeriesPoint[]): string[] => seriesRuns(points).map((run) => path(run) ?? '');
  return {
    xTicks: yearTicks(years, xOf, frame.fontPx),
    yTicks,
    xOf,
    hasData,
    lines: series.map((s) => ({
      adcode: s.adcode,
      color: s.color,
      paths: pathsOf(s.points),
      dots: s.points.flatMap((p) => (p.value === null ? [] : [{ year: p.year, value: p.value, x: xOf(p.year), y: yOf(p.value) }])),
      missing: s.points.filter((p) => p.value === null).map((p) => p.year),
    })),
    references: references.map((r) => {
      const lastPoint = [...r.points].reverse().find((p) => p.value !== null);
      return { id: r.id, label: r.label, paths: pathsOf(r.points), labelY: lastPoint?.value != null ? yOf(lastPoint.value) : null };
    }),
  };
}
