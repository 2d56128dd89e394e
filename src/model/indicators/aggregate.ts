/**
 * Aggregation of county values to prefectures and provinces as the registry says (weighted mean, sum, mean,
 * median, min, max). NaN-aware: missing counties are skipped; a unit with no valid county is NaN (never 0).
 */
import type { CountyIndexJson } from '../geo/county';
import type { Aggregation } from './dataset';

/** Map levels: counties as stored, or aggregated units. */
export type MapLevel = 'county' | 'prefecture' | 'province';

/** How a dataset's counties group into one aggregated level. */
export interface LevelIndex {
  level: 'prefecture' | 'province';
  /** Unit adcodes in the order of counties.json's prefectures / provinces: the index of every output array. */
  ids: string[];
  /** Per dataset county (manifest order): index into `ids`, −1 when the county is unknown to the boundary set. */
  groupOf: Int32Array;
}

/** Builds the grouping of a dataset's counties (manifest order) into prefectures or provinces of counties.json. */
export function buildLevelIndex(
  index: CountyIndexJson,
  datasetCounties: readonly string[],
  level: 'prefecture' | 'province',
): LevelIndex {
  const units = level === 'prefecture' ? index.prefectures : index.provinces;
  const ids = units.map((u) => u.adcode);
  const position = new Map(ids.map((id, i) => [id, i]));
  const countyUnit = new Map(index.counties.map((c) => [c.adcode, level === 'prefecture' ? c.prefecture : c.province]));
  const groupOf = new Int32Array(datasetCounties.length);
  datasetCounties.forEach((adcode, i) => {
    const unit = countyUnit.get(adcode);
    groupOf[i] = unit === undefined ? -1 : (position.get(unit) ?? -1);
  });
  return { level, ids, groupOf };
}

function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/**
 * Aggregates one county column into `groupCount` units. `weights` (same order as `values`) is required for
 * 'weighted_mean'; counties whose weight is NaN or ≤ 0 are skipped, and a unit whose weights sum to 0 is NaN.
 */
export function aggregateValues(
  values: Float32Array,
  groupOf: Int32Array,
  groupCount: number,
  aggregation: Aggregation,
  weights?: Float32Array,
): Float32Array {
  const out = new Float32Array(groupCount).fill(Number.NaN);
  const method = aggregation.method;
  if (method === 'median') {
    const buckets: number[][] = Array.from({ length: groupCount }, () => []);
    for (let i = 0; i < values.length; i++) {
      const g = groupOf[i]!;
      if (g >= 0 && g < groupCount && !Number.isNaN(values[i]!)) buckets[g]!.push(values[i]!);
    }
    buckets.forEach((b, g) => (out[g] = median(b)));
    return out;
  }
  if (method === 'weighted_mean' && !weights) throw new Error(`aggregate: weights "${aggregation.weight}" missing`);
  // Float64 accumulators: sums of millions of persons lose precision in Float32.
  const acc = new Float64Array(groupCount);
  const den = new Float64Array(groupCount);
  const n = new Uint32Array(groupCount);
  for (let i = 0; i < values.length; i++) {
    const g = groupOf[i]!;
    const v = values[i]!;
    if (g < 0 || g >= groupCount || Number.isNaN(v)) continue;
    if (method === 'weighted_mean') {
      const w = weights![i]!;
      if (!(w > 0)) continue;
      acc[g]! += v * w;
      den[g]! += w;
    } else if (method === 'min') {
      acc[g] = n[g] === 0 ? v : Math.min(acc[g]!, v);
    } else if (method === 'max') {
      acc[g] = n[g] === 0 ? v : Math.max(acc[g]!, v);
    } else {
      acc[g]! += v;
    }
    n[g]!++;
  }
  for (let g = 0; g < groupCount; g++) {
    if (n[g] === 0) continue;
    if (method === 'weighted_mean') out[g] = den[g]! > 0 ? acc[g]! / den[g]! : Number.NaN;
    else if (method === 'mean') out[g] = acc[g]! / n[g]!;
    else out[g] = acc[g]!;
  }
  return out;
}

/**
 * Aggregates an indicator-year to a level; `weightFor` supplies the weight column (an indicator of the same
 * year, or a static attribute) named by a weighted-mean aggregation.
 */
export function aggregateToLevel(
  values: Float32Array,
  aggregation: Aggregation,
  level: LevelIndex,
  weightFor: (weightId: string) => Float32Array | undefined,
): Float32Array {
  const weights = aggregation.method === 'weighted_mean' ? weightFor(aggregation.weight) : undefined;
  return aggregateValues(values, level.groupOf, level.ids.length, aggregation, weights);
}
