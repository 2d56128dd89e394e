/** Small hand-made indicator columns for the comparison model tests (no shared mutable state: builders only). */
import type { IndicatorValues } from '../../../../src/model/indicators/dataset';
import { createCountyPositions } from '../../../../src/model/compare/columns';

/** Builds IndicatorValues from { year: values per county } (NaN = missing). */
export function indicator(id: string, byYear: Record<number, number[]>): IndicatorValues {
  const years = Object.keys(byYear).map(Number).sort((a, b) => a - b);
  return { id, years, byYear: new Map(years.map((y) => [y, Float32Array.from(byYear[y]!)])) };
}

/** Positions of adcodes 000001, 000002, … in that order. */
export function positionsFor(n: number): Map<string, number> {
  return createCountyPositions(Array.from({ length: n }, (_, i) => code(i)));
}

/** The adcode at position i in `positionsFor`. */
export function code(i: number): string {
  return String(i + 1).padStart(6, '0');
}
