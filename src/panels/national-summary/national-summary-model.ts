/**
 * What the county column shows while no county is focused: the national figure of the pane's indicator for the
 * year (as its aggregation says: a sum, a mean, a weighted mean, or the county median when a weight is missing),
 * the distribution of county values, and the highest and lowest counties. Pure: values in, numbers out.
 */
import { bin, extent, median } from 'd3-array';
import type { Aggregation } from '../../model/indicators/dataset';

/** How the national figure was computed (the panel names it). */
export type NationalFigureKind = 'sum' | 'mean' | 'weighted_mean' | 'median' | 'min' | 'max';

/** One bar of the distribution: counties whose value lies in [x0, x1). */
export interface SummaryBin {
  x0: number;
  x1: number;
  count: number;
}

/** A county with its value, for the top and bottom lists. */
export interface RankedCounty {
  adcode: string;
  value: number;
}

/** The national summary of one indicator in one year. */
export interface NationalSummary {
  figure: { value: number; kind: NationalFigureKind };
  /** Counties with a value, and without. */
  counted: number;
  missing: number;
  bins: SummaryBin[];
  highest: RankedCounty[];
  lowest: RankedCounty[];
}

/** Inputs: county values in `adcodes` order (NaN = no data), the aggregation, and weights when it needs them. */
export interface NationalSummaryInput {
  values: ArrayLike<number>;
  adcodes: readonly string[];
  aggregation: Aggregation;
  /** Weights in the same order (for 'weighted_mean'); without them the figure is the county median. */
  weights?: ArrayLike<number> | null;
  bins?: number;
  listed?: number;
}

/** The summary, or null when no county has a value. */
export function nationalSummary(input: NationalSummaryInput): NationalSummary | null {
  const { values, adcodes, aggregation, weights } = input;
  const present: RankedCounty[] = [];
  for (let i = 0; i < adcodes.length; i += 1) {
    const v = values[i];
    if (v !== undefined && Number.isFinite(v)) present.push({ adcode: adcodes[i] as string, value: v });
  }
  if (present.length === 0) return null;
  const xs = present.map((p) => p.value);
  const figure = nationalFigure(values, xs, aggregation, weights ?? null);
  const [lo = 0, hi = 0] = extent(xs);
  const bars = bin().domain([lo, hi === lo ? lo + 1 : hi]).thresholds(input.bins ?? 12)(xs);
  const sorted = [...present].sort((a, b) => b.value - a.value || a.adcode.localeCompare(b.adcode));
  const listed = Math.min(input.listed ?? 5, Math.floor(sorted.length / 2) || 1);
  return {
    figure,
    counted: present.length,
    missing: adcodes.length - present.length,
    bins: bars.map((b) => ({ x0: b.x0 ?? lo, x1: b.x1 ?? hi, count: b.length })),
    highest: sorted.slice(0, listed),
    lowest: sorted.slice(-listed).reverse(),
  };
}

function nationalFigure(
  values: ArrayLike<number>,
  xs: readonly number[],
  aggregation: Aggregation,
  weights: ArrayLike<number> | null,
): NationalSummary['figure'] {
  switch (aggregation.method) {
    case 'sum':
      return { value: xs.reduce((s, v) => s + v, 0), kind: 'sum' };
    case 'mean':
      return { value: xs.reduce((s, v) => s + v, 0) / xs.length, kind: 'mean' };
    case 'min':
      return { value: Math.min(...xs), kind: 'min' };
    case 'max':
      return { value: Math.max(...xs), kind: 'max' };
    case 'weighted_mean': {
      if (weights) {
        let sum = 0;
        let total = 0;
        for (let i = 0; i < values.length; i += 1) {
          const v = values[i] as number;
          const w = weights[i] as number;
          if (Number.isFinite(v) && Number.isFinite(w) && w > 0) {
            sum += v * w;
            total += w;
          }
        }
        if (total > 0) return { value: sum / total, kind: 'weighted_mean' };
      }
      return { value: median(xs) ?? Number.NaN, kind: 'median' };
    }
    default:
      return { value: median(xs) ?? Number.NaN, kind: 'median' };
  }
}
