/** The latest-common-year rule: a comparison defaults to the latest year in which every county of the set has data. */
import type { IndicatorValues } from '../indicators/dataset';
import { valueAt, type CountyPositions } from './columns';

/**
 * The latest of `years` where every county of `set` has a value for every indicator given; null when no year
 * qualifies (or the set is empty), so the caller can say so instead of showing a year full of gaps.
 */
export function latestCommonYear(
  indicators: readonly IndicatorValues[],
  positions: CountyPositions,
  set: readonly string[],
  years: readonly number[],
): number | null {
  return commonYears(indicators, positions, set, years).at(-1) ?? null;
}

/** All of `years` (ascending) where every county of the set has a value for every indicator. */
export function commonYears(
  indicators: readonly IndicatorValues[],
  positions: CountyPositions,
  set: readonly string[],
  years: readonly number[],
): number[] {
  if (set.length === 0 || indicators.length === 0) return [];
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.filter((year) =>
    set.every((adcode) => {
      const pos = positions.get(adcode);
      return indicators.every((ind) => valueAt(ind, year, pos) !== null);
    }),
  );
}
