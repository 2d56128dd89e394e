/**
 * Gapminder-style scatter data: each county of the set as a point (x indicator, y indicator) in the current year
 * with its trail over the earlier years. A year where either value is missing is not a point: the trail breaks
 * there and the year is listed, so the chart can say "no data" instead of drawing at 0.
 */
import type { IndicatorValues } from '../indicators/dataset';
import { valueAt, type CountyPositions } from './columns';

/** One year of a trail. */
export interface TrailPoint {
  year: number;
  x: number;
  y: number;
}

/** One county's trail up to the current year. */
export interface Trail {
  adcode: string;
  /** Runs of consecutive years with both values, oldest first; a missing year splits runs. */
  runs: TrailPoint[][];
  /** The point of the current year, or null when a value is missing that year. */
  current: TrailPoint | null;
  /** Years up to the current one lacking x or y. */
  missingYears: number[];
}

/** The trails of the set for years ≤ `currentYear` (years ascending). */
export function scatterTrails(
  x: IndicatorValues,
  y: IndicatorValues,
  positions: CountyPositions,
  set: readonly string[],
  years: readonly number[],
  currentYear: number,
): Trail[] {
  const shown = years.filter((yr) => yr <= currentYear);
  return set.map((adcode) => {
    const pos = positions.get(adcode);
    const runs: TrailPoint[][] = [];
    const missing: number[] = [];
    let run: TrailPoint[] = [];
    let current: TrailPoint | null = null;
    for (const year of shown) {
      const vx = valueAt(x, year, pos);
      const vy = valueAt(y, year, pos);
      if (vx === null || vy === null) {
        missing.push(year);
        if (run.length) runs.push(run);
        run = [];
        continue;
      }
      const p = { year, x: vx, y: vy };
      run.push(p);
      if (year === currentYear) current = p;
    }
    if (run.length) runs.push(run);
    return { adcode, runs, current, missingYears: missing };
  });
}

/** Axis extents over every year (not just those shown) so the axes stay still while the year plays. */
export function trailExtents(
  x: IndicatorValues,
  y: IndicatorValues,
  positions: CountyPositions,
  set: readonly string[],
  years: readonly number[],
): { x: [number, number]; y: [number, number] } | null {
  const all = scatterTrails(x, y, positions, set, years, Infinity).flatMap((t) => t.runs.flat());
  if (all.length === 0) return null;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}
