/**
 * Reading one county's value out of the column arrays of a dataset (IndicatorValues: Float32Array per year,
 * indexed by the manifest's county order). Every comparison model goes through here so "missing" is always
 * `null` to the charts and never a 0.
 */
import type { IndicatorValues } from '../indicators/dataset';

/** Adcode → column position, built once from a dataset manifest's `counties` list. */
export type CountyPositions = ReadonlyMap<string, number>;

/** Builds the position lookup of a dataset's county order. */
export function createCountyPositions(counties: readonly string[]): Map<string, number> {
  return new Map(counties.map((adcode, i) => [adcode, i]));
}

/**
 * A Float32 value as the shortest decimal that maps back to it: 0.3 is stored as 0.30000001192…, which must not
 * leak into labels, CSV exports or change figures; large whole numbers (persons) keep every digit.
 */
export function fromFloat32(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  for (let digits = 1; digits < 9; digits++) {
    const d = Number(v.toPrecision(digits));
    if (Math.fround(d) === v) return d;
  }
  return v;
}

/** A difference of two cleaned values without binary noise (0.3 − 0.1 = 0.2, not 0.19999999999999998). */
export function cleanDifference(to: number, from: number): number {
  return Number((to - from).toPrecision(10));
}

/** The value of the county at `position` in `year`, or null when the year, the county or the value is missing. */
export function valueAt(values: IndicatorValues, year: number, position: number | undefined): number | null {
  if (position === undefined) return null;
  const column = values.byYear.get(year);
  const v = column?.[position];
  return v === undefined || Number.isNaN(v) ? null : fromFloat32(v);
}

/** Positions of the given adcodes, dropping those the dataset does not hold. */
export function positionsOf(positions: CountyPositions, adcodes: readonly string[]): number[] {
  const out: number[] = [];
  for (const a of adcodes) {
    const p = positions.get(a);
    if (p !== undefined) out.push(p);
  }
  return out;
}
