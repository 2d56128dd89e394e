/** Slope-chart data: each county of the set between two years, with which end is missing when one is. */
import type { IndicatorValues } from '../indicators/dataset';
import { cleanDifference, valueAt, type CountyPositions } from './columns';

/** One county's line of the slope chart. */
export interface SlopeRow {
  adcode: string;
  from: number | null;
  to: number | null;
  /** to − from; null unless both ends exist. */
  change: number | null;
}

/** The slope rows of the set between `fromYear` and `toYear`, in set order. */
export function slopeData(
  values: IndicatorValues,
  positions: CountyPositions,
  set: readonly string[],
  fromYear: number,
  toYear: number,
): SlopeRow[] {
  return set.map((adcode) => {
    const pos = positions.get(adcode);
    const from = valueAt(values, fromYear, pos);
    const to = valueAt(values, toYear, pos);
    return { adcode, from, to, change: from !== null && to !== null ? cleanDifference(to, from) : null };
  });
}

/** [min, max] over every present end of the rows; null when no row has any value. */
export function slopeExtent(rows: readonly SlopeRow[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    for (const v of [r.from, r.to]) {
      if (v === null) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}
