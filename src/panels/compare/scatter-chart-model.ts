/**
 * Lays out the Gapminder-style scatter: fixed axes over all years, each county's trail up to the current year
 * (broken where a year lacks a value) and its current point, or a "no data" entry when the current year lacks one.
 */
import { line } from 'd3-shape';
import type { Trail, TrailPoint } from '../../model/compare/trails';
import { dodgeLabels, valueScale, type ChartFrame, type Tick } from './chart-frame';
import { spreadCoincident } from './series-marks';

/** What the scatter draws. */
export interface ScatterChartModel {
  xTicks: Tick[];
  yTicks: Tick[];
  trails: { adcode: string; color: string; paths: string[]; dots: { year: number; x: number; y: number }[]; current: { x: number; y: number; labelY: number; exactX: number; exactY: number } | null }[];
  /** Counties without a point in the current year. */
  missingNow: string[];
  hasData: boolean;
}

/** Lays out `trails` on axes spanning `extents` (from trailExtents) in `frame`. */
export function buildScatterChart(
  frame: ChartFrame,
  trails: readonly Trail[],
  extents: { x: [number, number]; y: [number, number] } | null,
  colorOf: (adcode: string) => string,
  formatX: (v: number) => string,
  formatY: (v: number) => string,
): ScatterChartModel {
  const xs = valueScale(extents?.x ?? [0, 1], frame.left, frame.right, frame.fontPx * 1.6, formatX);
  const ys = valueScale(extents?.y ?? [0, 1], frame.bottom, frame.top, frame.fontPx, formatY);
  const path = line<TrailPoint>()
    .x((p) => xs.scale(p.x))
    .y((p) => ys.scale(p.y));
  // Counties often share a point (e.g. 0% incidence after 2020): spread the coinciding points around their place
  // (each keeps a thin leader to it) and dodge their name labels, so none hides behind another.
  const exact = trails.map((t) => (t.current ? { x: xs.scale(t.current.x), y: ys.scale(t.current.y) } : null));
  const spread = spreadCoincident(exact, frame.fontPx * 0.95);
  const currentYs = spread.map((p) => p?.y ?? frame.bottom);
  const labelYs = dodgeLabels(currentYs, frame.fontPx * 1.1, frame.top, frame.bottom);
  return {
    xTicks: xs.ticks,
    yTicks: ys.ticks,
    hasData: extents !== null,
    missingNow: trails.filter((t) => t.current === null).map((t) => t.adcode),
    trails: trails.map((t, i) => ({
      adcode: t.adcode,
      color: colorOf(t.adcode),
      paths: t.runs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
      dots: t.runs.flat().map((p) => ({ year: p.year, x: xs.scale(p.x), y: ys.scale(p.y) })),
      current: spread[i] && exact[i] ? { x: spread[i].x, y: spread[i].y, labelY: labelYs[i]!, exactX: exact[i].x, exactY: exact[i].y } : null,
    })),
  };
}
