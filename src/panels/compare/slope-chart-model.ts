/**
 * Lays out the slope chart: each county of the set between two years on one value axis, labels dodged so they do
 * not overlap, and an explicit "no data" end where a county lacks a year.
 */
import { slopeExtent, type SlopeRow } from '../../model/compare/slope';
import { dodgeLabels, valueScale, type ChartFrame, type Tick } from './chart-frame';

/** One county's slope as drawn. */
export interface SlopeMark {
  adcode: string;
  color: string;
  /** y of each end; null = no data at that end. */
  fromY: number | null;
  toY: number | null;
  /** Label positions after dodging (always present: a missing end shows "no data" at the label row). */
  fromLabelY: number;
  toLabelY: number;
  row: SlopeRow;
}

/** What the slope chart draws. */
export interface SlopeChartModel {
  fromX: number;
  toX: number;
  yTicks: Tick[];
  marks: SlopeMark[];
  hasData: boolean;
}

/** Lays out `rows` (colours by adcode) in `frame`; labels need about 7 em beside each axis. */
export function buildSlopeChart(
  frame: ChartFrame,
  rows: readonly SlopeRow[],
  colorOf: (adcode: string) => string,
  format: (v: number) => string,
): SlopeChartModel {
  const extent = slopeExtent(rows);
  const { scale, ticks } = valueScale(extent ?? [0, 1], frame.bottom, frame.top, frame.fontPx, format);
  const gap = frame.fontPx * 1.15;
  // Missing ends are listed at the bottom of the column, where "no data" reads as an aside, not as a value.
  const place = (v: number | null): number => (v === null ? frame.bottom : scale(v));
  const fromLabels = dodgeLabels(rows.map((r) => place(r.from)), gap, frame.top, frame.bottom);
  const toLabels = dodgeLabels(rows.map((r) => place(r.to)), gap, frame.top, frame.bottom);
  return {
    fromX: frame.left,
    toX: frame.right,
    yTicks: ticks,
    hasData: extent !== null,
    marks: rows.map((row, i) => ({
      adcode: row.adcode,
      color: colorOf(row.adcode),
      fromY: row.from === null ? null : scale(row.from),
      toY: row.to === null ? null : scale(row.to),
      fromLabelY: fromLabels[i]!,
      toLabelY: toLabels[i]!,
      row,
    })),
  };
}
