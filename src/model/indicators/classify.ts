/**
 * Classification of one indicator-year (a Float32Array by county, NaN = no data) into colour classes:
 * quantile, equal interval, natural breaks (ckmeans from simple-statistics), manual breaks, or official
 * thresholds (bands against a rule's line per county region, see exit-check.ts).
 *
 * Break convention: `breaks` are the k−1 interior class boundaries, ascending and distinct; class i holds
 * breaks[i−1] ≤ value < breaks[i]. A value equal to a break falls in the UPPER class (as d3.scaleThreshold).
 * Breaks are compared in Float32 precision so that a manual break of 1.9 catches a stored 1.9.
 * Ties can collapse breaks (e.g. many counties at 100%): duplicates and breaks at or below the minimum are
 * dropped, so classCount may come out smaller than asked, never with an empty class at the bottom.
 */
import { bin } from 'd3-array';
import { quantileSorted } from 'd3-array';
import { ckmeans } from 'simple-statistics';
import type { Region, Rule } from '../rules/rule';
import { bandOfValue, conditionsForRegion, DEFAULT_EXIT_MARGIN } from '../rules/exit-check';

/** Classification methods offered in the legend. */
export type ClassMethod = 'quantile' | 'equal_interval' | 'natural_breaks' | 'manual' | 'threshold' | 'category';

/** Class index of a county without a value (or without an applicable threshold). */
export const NO_DATA_CLASS = 255;

/** Most classes any method may produce (255 is reserved for no data). */
export const MAX_CLASSES = 254;

/** Default number of classes for the data-driven methods. */
export const DEFAULT_CLASS_COUNT = 5;

/** Threshold classes, in class-index order. */
export const THRESHOLD_CLASSES = ['pass', 'near', 'fail'] as const;

/** One histogram bar for the legend: [x0, x1) with its count of counties. */
export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

/** Options of `classify`. */
export interface ClassifyOptions {
  method: ClassMethod;
  /** Classes wanted for quantile / equal interval / natural breaks; default 5. */
  classCount?: number;
  /** Interior breaks for 'manual' (sorted and de-duplicated here). */
  breaks?: readonly number[];
  /** Range split by 'equal_interval'; default the data's extent. */
  domain?: readonly [number, number];
  /** Histogram bars wanted (d3 rounds to nice edges); default 20. */
  histogramBins?: number;
  /** 'threshold': region per county, the rule (e.g. county_exit_incidence) and the near-band margin. */
  regions?: readonly (Region | null)[];
  rule?: Rule;
  margin?: number;
  /** 'category': the category values in class order (a value not among them has no class). */
  categories?: readonly number[];
  /**
   * A meaningful midpoint (0 for a change, the line for a distance to it): always a break, with the classes split
   * between the two sides, so a diverging scheme turns colour exactly there. Data-driven methods only.
   */
  midpoint?: number;
}

/** A classification ready for the legend and the fill colours. */
export interface Classification {
  method: ClassMethod;
  /**
   * Interior breaks, ascending. For 'threshold' they are on the distance to the county's own line
   * ([−margin, +margin], classes pass / near / fail); otherwise on the values.
   */
  breaks: number[];
  breaksOn: 'value' | 'distance_to_line';
  classCount: number;
  /** Class per county (same order as the values); NO_DATA_CLASS = no data. */
  classIndex: Uint8Array;
  /** Counties per class, length classCount. */
  counts: number[];
  noDataCount: number;
  /** [min, max] of the classified quantity (values, or distances for 'threshold'); null without data. */
  extent: [number, number] | null;
  histogram: HistogramBin[];
  /** For 'threshold': the line that applied per region. */
  lines?: { region: Region; op: string; line: number }[];
  /** The midpoint when it is one of the breaks (classes from `breaks.indexOf(midpoint) + 1` up lie above it). */
  midpoint?: number;
}

function finiteSorted(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) out.push(v);
  }
  return out.sort((a, b) => a - b);
}

function distinctCount(sorted: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  return n;
}

/** Sorts, de-duplicates and drops breaks at or below `min` (they would leave the first class empty). */
export function normaliseBreaks(breaks: readonly number[], min = -Infinity): number[] {
  const sorted = breaks.filter((b) => Number.isFinite(b) && b > min).sort((a, b) => a - b);
  return sorted.filter((b, i) => i === 0 || b !== sorted[i - 1]).slice(0, MAX_CLASSES - 1);
}

/**
 * Breaks around a midpoint: the midpoint itself, half the classes (rounded down) among the values below it and
 * the rest among the values at or above it, each side by the method. A side without values gets no classes.
 */
export function divergingBreaks(sorted: number[], method: ClassMethod, options: ClassifyOptions, midpoint: number): number[] {
  const k = Math.max(2, Math.min(MAX_CLASSES, Math.round(options.classCount ?? DEFAULT_CLASS_COUNT)));
  const cut = sorted.findIndex((v) => v >= midpoint);
  const below = cut === -1 ? sorted : sorted.slice(0, cut);
  const above = cut === -1 ? [] : sorted.slice(cut);
  if (below.length === 0 || above.length === 0) {
    // One side only: the midpoint still bounds the classes (it is the low or high end of the legend).
    return computeBreaks(sorted, method, { ...options, midpoint: undefined, classCount: k });
  }
  const kBelow = Math.max(1, Math.floor(k / 2));
  const kAbove = Math.max(1, k - kBelow);
  const side = (values: number[], count: number, domain: [number, number]) =>
    computeBreaks(values, method, { ...options, midpoint: undefined, classCount: count, domain });
  const low = side(below, kBelow, [below[0]!, midpoint]).filter((b) => b < midpoint);
  const high = side(above, kAbove, [midpoint, above[above.length - 1]!]).filter((b) => b > midpoint);
  return normaliseBreaks([...low, midpoint, ...high], sorted[0]);
}

/** The first index of `sorted` whose value is at least (`strict`: above) `value`. */
function searchSorted(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? sorted[mid]! <= value : sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quantile breaks that survive ties: class by class, the next break cuts what is left into equal shares of the
 * classes still to fill; a tied run never splits (a value equal to a break is in the upper class), so a run longer
 * than a share becomes a class of its own (all the zeros: the best class of a lower-is-better indicator) and the
 * remaining classes share the rest. Gives min(k, distinct values) classes, each non-empty.
 */
export function tieAwareQuantileBreaks(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  const breaks: number[] = [];
  let start = 0;
  for (let c = 0; c < k - 1 && start < n; c++) {
    // Values still to come must leave room for the classes after this one: one distinct value each at least.
    const share = (n - start) / (k - c);
    let cut = Math.min(n - 1, Math.max(start + 1, Math.round(start + share)));
    // Never cut inside a tied run: move the cut to where the run at the cut starts, or past the class's own run.
    cut = searchSorted(sorted, sorted[cut]!, false);
    if (cut <= start) cut = searchSorted(sorted, sorted[start]!, true);
    if (cut >= n) break;
    breaks.push(sorted[cut]!);
    start = cut;
  }
  return breaks;
}

/** Interior breaks of a data-driven method for finite values sorted ascending. */
export function computeBreaks(sorted: number[], method: ClassMethod, options: ClassifyOptions): number[] {
  const k = Math.max(1, Math.min(MAX_CLASSES, Math.round(options.classCount ?? DEFAULT_CLASS_COUNT)));
  if (method === 'manual') return normaliseBreaks(options.breaks ?? []);
  if (options.midpoint !== undefined && Number.isFinite(options.midpoint) && method !== 'threshold' && method !== 'category') {
    return divergingBreaks(sorted, method, options, options.midpoint);
  }
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (method === 'equal_interval') {
    const [lo, hi] = options.domain ?? [min, max];
    if (!(hi > lo)) return [];
    return normaliseBreaks(Array.from({ length: k - 1 }, (_, i) => lo + ((i + 1) * (hi - lo)) / k));
  }
  if (method === 'quantile') {
    const plain = normaliseBreaks(Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k) ?? min), min);
    // Ties (the zeros of every year after poverty ended, pooled) can merge quantile breaks and leave three classes
    // of five, the top one holding most counties: then the classes are cut around the tied runs instead.
    return plain.length < Math.min(k, distinctCount(sorted)) - 1 ? tieAwareQuantileBreaks(sorted, k) : plain;
  }
  if (method === 'natural_breaks') {
    const clusters = Math.min(k, distinctCount(sorted));
    if (clusters < 2) return [];
    // ckmeans returns clusters in ascending order; each cluster's first element is its lower (inclusive) break.
    return normaliseBreaks(ckmeans([...sorted], clusters).slice(1).map((c) => c[0] ?? max), min);
  }
  return [];
}

/** Class of one value for interior breaks (value equal to a break → upper class); NaN → NO_DATA_CLASS. */
export function classOfValue(value: number, breaks: readonly number[]): number {
  if (Number.isNaN(value)) return NO_DATA_CLASS;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (Math.fround(breaks[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Histogram of finite values sorted ascending, with d3's nice bin edges. */
export function histogramOf(sorted: readonly number[], bins = 20): HistogramBin[] {
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [{ x0: min, x1: max, count: sorted.length }];
  return bin()
    .domain([min, max])
    .thresholds(bins)(sorted)
    .map((b) => ({ x0: b.x0 ?? min, x1: b.x1 ?? max, count: b.length }));
}

function classifyThreshold(values: Float32Array, options: ClassifyOptions): Classification {
  const { rule, regions } = options;
  if (!rule || !regions) throw new Error("classify: method 'threshold' needs `rule` and `regions`");
  const margin = Math.max(0, options.margin ?? DEFAULT_EXIT_MARGIN);
  const classIndex = new Uint8Array(values.length).fill(NO_DATA_CLASS);
  const counts = [0, 0, 0];
  const distances: number[] = [];
  const lines = new Map<Region, { region: Region; op: string; line: number }>();
  for (let i = 0; i < values.length; i++) {
    const region = regions[i] ?? null;
    const condition = region ? conditionsForRegion(rule, region)[0] : undefined;
    const band = condition ? bandOfValue(values[i]!, condition.op, condition.value, margin) : null;
    if (!condition || !band || !region) continue;
    const c = THRESHOLD_CLASSES.indexOf(band);
    classIndex[i] = c;
    counts[c]!++;
    distances.push(values[i]! - condition.value);
    if (!lines.has(region)) lines.set(region, { region, op: condition.op, line: condition.value });
  }
  distances.sort((a, b) => a - b);
  const classified = counts[0]! + counts[1]! + counts[2]!;
  return {
    method: 'threshold',
    breaks: [-margin, margin],
    breaksOn: 'distance_to_line',
    classCount: 3,
    classIndex,
    counts,
    noDataCount: values.length - classified,
    extent: distances.length ? [distances[0]!, distances[distances.length - 1]!] : null,
    histogram: histogramOf(distances, options.histogramBins),
    lines: [...lines.values()],
  };
}

/** Value range of each class for legend labels: [from, to), the outer ends closed at the data's extent. */
export function classRanges(c: Classification): { from: number; to: number }[] {
  const lo = c.extent?.[0] ?? Number.NaN;
  const hi = c.extent?.[1] ?? Number.NaN;
  return Array.from({ length: c.classCount }, (_, i) => ({
    from: i === 0 ? Math.min(lo, c.breaks[0] ?? lo) : c.breaks[i - 1]!,
    to: i === c.classCount - 1 ? Math.max(hi, c.breaks[i - 1] ?? hi) : c.breaks[i]!,
  }));
}

/** One class per category value (e.g. exit year 2016…2020, 0 = not designated), in the categories' order. */
export function classifyCategories(values: Float32Array, categories: readonly number[]): Classification {
  const classOf = new Map(categories.map((v, i) => [v, i]));
  const classIndex = new Uint8Array(values.length);
  const counts = new Array<number>(categories.length).fill(0);
  let noDataCount = 0;
  for (let i = 0; i < values.length; i++) {
    const c = classOf.get(values[i]!);
    if (c === undefined) {
      classIndex[i] = NO_DATA_CLASS;
      noDataCount++;
    } else {
      classIndex[i] = c;
      counts[c]!++;
    }
  }
  const finite = finiteSorted(categories);
  return {
    method: 'category', breaks: [], breaksOn: 'value', classCount: categories.length, classIndex, counts, noDataCount,
    extent: finite.length ? [finite[0]!, finite[finite.length - 1]!] : null,
    histogram: [],
  };
}

/**
 * Breaks (and their value range) of a data-driven method over several value arrays pooled together, e.g. every
 * year of an indicator: classes that stay fixed while the year changes, so colours show change, not rank.
 */
export function pooledBreaks(columns: Iterable<ArrayLike<number>>, options: ClassifyOptions): { breaks: number[]; extent: [number, number] | null } {
  const pooled: number[] = [];
  for (const column of columns) for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i]!)) pooled.push(column[i]!);
  pooled.sort((a, b) => a - b);
  return {
    breaks: computeBreaks(pooled, options.method, options),
    extent: pooled.length ? [pooled[0]!, pooled[pooled.length - 1]!] : null,
  };
}

/**
 * Classifies values against given interior breaks (fixed across years, or shared with another pane). `extent`
 * is the range the breaks were computed over (the legend's outer ends), widened to the values' own range.
 */
export function classifyWithBreaks(
  values: Float32Array,
  method: ClassMethod,
  breaks: readonly number[],
  options: { extent?: [number, number] | null; histogramBins?: number; midpoint?: number } = {},
): Classification {
  const sorted = finiteSorted(values);
  const classCount = breaks.length + 1;
  const classIndex = new Uint8Array(values.length);
  const counts = new Array<number>(classCount).fill(0);
  let noDataCount = 0;
  for (let i = 0; i < values.length; i++) {
    const c = classOfValue(values[i]!, breaks);
    classIndex[i] = c;
    if (c === NO_DATA_CLASS) noDataCount++;
    else counts[c]!++;
  }
  const own: [number, number] | null = sorted.length ? [sorted[0]!, sorted[sorted.length - 1]!] : null;
  const given = options.extent ?? null;
  const extent: [number, number] | null = given && own ? [Math.min(given[0], own[0]), Math.max(given[1], own[1])] : (given ?? own);
  return {
    method,
    breaks: [...breaks],
    breaksOn: 'value',
    classCount,
    classIndex,
    counts,
    noDataCount,
    extent,
    histogram: histogramOf(sorted, options.histogramBins),
    ...(options.midpoint !== undefined && breaks.includes(options.midpoint) ? { midpoint: options.midpoint } : {}),
  };
}

/** Classifies one indicator-year for the map and the legend. */
export function classify(values: Float32Array, options: ClassifyOptions): Classification {
  if (options.method === 'threshold') return classifyThreshold(values, options);
  if (options.method === 'category') return classifyCategories(values, options.categories ?? []);
  const breaks = computeBreaks(finiteSorted(values), options.method, options);
  return classifyWithBreaks(values, options.method, breaks, {
    ...(options.histogramBins === undefined ? {} : { histogramBins: options.histogramBins }),
    ...(options.midpoint === undefined ? {} : { midpoint: options.midpoint }),
  });
}
