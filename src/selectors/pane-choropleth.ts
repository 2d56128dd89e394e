/**
 * A pane's choropleth, pure: classify one indicator-year at the pane's level (counties, or prefectures / provinces
 * aggregated as the registry says), expand the unit classes onto the county polygons, and paint them into a
 * reusable RGBA table. Classifications are memoised per (dataset, indicator, year, level, method, classes, breaks,
 * margin) so the legend and the fill share one computation and a year scrub back and forth costs a lookup.
 * By default the breaks of the data-driven methods are pooled over all the indicator's years (computed once per
 * indicator, level, method and classes, and cached), so a year switch only reassigns classes.
 */
import type { CountyIndexJson } from '../model/geo/county';
import type { IndicatorMeta, IndicatorValues } from '../model/indicators/dataset';
import type { Region, Rule } from '../model/rules/rule';
import type { ClassMethod as ViewClassMethod, Classification as ViewClassification, Level } from '../model/view/view-state';
import { classify, classifyWithBreaks, DEFAULT_CLASS_COUNT, computeBreaks, NO_DATA_CLASS, pooledBreaks, type ClassMethod, type Classification } from '../model/indicators/classify';
import { aggregateToLevel, buildLevelIndex, type LevelIndex } from '../model/indicators/aggregate';
import { classColors, divergingClassColors, fillColorsFor, isDivergingScheme, NO_DATA_RGBA, thresholdColors, type RGBA } from '../model/indicators/color-scheme';

/** Maps the view state's method names onto classify's. */
export function toClassifyMethod(method: ViewClassMethod): ClassMethod {
  switch (method) {
    case 'equal': return 'equal_interval';
    case 'jenks': return 'natural_breaks';
    case 'manual': return 'manual';
    case 'threshold': return 'threshold';
    default: return 'quantile';
  }
}

/** Everything one choropleth depends on; all county arrays are in map order (`index.counties`). */
export interface ChoroplethInput {
  index: CountyIndexJson;
  datasetId: string;
  meta: IndicatorMeta;
  values: IndicatorValues;
  year: number;
  level: Level;
  classification: ViewClassification;
  /** Near-band margin of the threshold method (percentage points). */
  margin: number;
  /** Weight column of a weighted-mean aggregation for this year (needed at prefecture/province level). */
  weights?: Float32Array;
  /** Weight column for any year (pooled breaks aggregate every year); falls back to `weights`. */
  weightsFor?: (year: number) => Float32Array | undefined;
  /**
   * Year whose values give the per-year breaks when they are not this pane's own year (the pane shares the
   * classification of a pane showing another year); absent = `year`.
   */
  breaksYear?: number;
  /** Region per county (needed by the threshold method). */
  regions?: readonly (Region | null)[];
  /** The indicator's official rule (needed by the threshold method). */
  rule?: Rule;
}

/** A classified pane, ready for the fill table and the legend. */
export interface PaneChoropleth {
  key: string;
  datasetId: string;
  meta: IndicatorMeta;
  year: number;
  level: Level;
  /** The classification of the units (counties, prefectures or provinces). */
  classification: Classification;
  /** Value per unit (aggregated for prefecture/province). */
  unitValues: Float32Array;
  /** Unit adcodes in unit order (null at county level: the units are `index.counties`). */
  unitIds: string[] | null;
  /** Class per map county (its unit's class). */
  countyClass: Uint8Array;
  /** Unit of each map county (−1 none); null at county level. */
  groupOf: Int32Array | null;
  /** First and last year the breaks were pooled over (classes fixed across them); null = breaks of one year. */
  fixedYears: [number, number] | null;
  /** The year the per-year breaks come from when it is not `year` (a shared classification). */
  breaksYear?: number;
}

/** Methods whose breaks come from the data (and so can be pooled over years or taken from another year). */
function dataDriven(method: ClassMethod): boolean {
  return method === 'quantile' || method === 'equal_interval' || method === 'natural_breaks';
}

/** Does the threshold method apply (the indicator has a rule and the county regions are known)? */
export function thresholdApplies(input: Pick<ChoroplethInput, 'rule' | 'regions'>): boolean {
  return !!input.rule && !!input.regions;
}

/**
 * The method actually used: a categorical indicator is always shown by category; 'threshold' falls back to
 * quantile for indicators without an official line.
 */
export function effectiveMethod(input: Pick<ChoroplethInput, 'classification' | 'rule' | 'regions'> & { meta?: Pick<IndicatorMeta, 'categories'> }): ClassMethod {
  if (input.meta?.categories?.length) return 'category';
  const m = toClassifyMethod(input.classification.method);
  return m === 'threshold' && !thresholdApplies(input) ? 'quantile' : m;
}

const valuesIds = new WeakMap<IndicatorValues, number>();
let nextValuesId = 1;

/** The memo key: what the classification (not the palette) depends on. */
export function choroplethKey(input: ChoroplethInput): string {
  let vid = valuesIds.get(input.values);
  if (vid === undefined) valuesIds.set(input.values, (vid = nextValuesId++));
  const method = effectiveMethod(input);
  const c = input.classification;
  const breaks = method === 'manual' ? (c.breaks ?? []).join(',') : '';
  const margin = method === 'threshold' ? String(input.margin) : '';
  const scope = !dataDriven(method) ? '' : c.perYear ? `y${input.breaksYear ?? input.year}` : 'fixed';
  const mid = midpointOf(input, method) ?? '';
  return `${input.datasetId}:${input.meta.id}#${vid}|${input.year}|${input.level}|${method}|${c.classes}|${breaks}|${margin}|${scope}|${mid}`;
}

/** The midpoint the classes split at: only with a diverging scheme and a data-driven method. */
function midpointOf(input: ChoroplethInput, method: ClassMethod): number | undefined {
  const c = input.classification;
  return c.midpoint !== undefined && dataDriven(method) && isDivergingScheme(c.scheme) ? c.midpoint : undefined;
}

const levelIndexes = new WeakMap<CountyIndexJson, Map<string, LevelIndex>>();

/** The grouping of the map's counties into prefectures or provinces (cached per index). */
export function mapLevelIndex(index: CountyIndexJson, level: 'prefecture' | 'province'): LevelIndex {
  let byLevel = levelIndexes.get(index);
  if (!byLevel) levelIndexes.set(index, (byLevel = new Map()));
  let li = byLevel.get(level);
  if (!li) {
    li = buildLevelIndex(index, index.counties.map((c) => c.adcode), level);
    byLevel.set(level, li);
  }
  return li;
}

/** Region of each unit: the region of its first county that has one (regions never straddle a province). */
function unitRegions(regions: readonly (Region | null)[], groupOf: Int32Array, unitCount: number): (Region | null)[] {
  const out = new Array<Region | null>(unitCount).fill(null);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0 && out[g] === null) out[g] = regions[i] ?? null;
  }
  return out;
}

const EMPTY = new Float32Array(0);

/** Values of one year at the input's level (counties, or aggregated units), NaN where there is no data. */
function levelValues(input: ChoroplethInput, year: number): Float32Array {
  const countyValues = input.values.byYear.get(year) ?? new Float32Array(input.index.counties.length).fill(Number.NaN);
  if (input.level === 'county') return countyValues;
  const weights = year === input.year ? input.weights : (input.weightsFor?.(year) ?? input.weights);
  return aggregateToLevel(countyValues, input.meta.aggregation, mapLevelIndex(input.index, input.level), () => weights ?? EMPTY);
}

const POOLED_SIZE = 32;
const pooledMemo = new Map<string, { breaks: number[]; extent: [number, number] | null }>();

/** Breaks pooled over every year of the indicator, cached per (values, level, method, classes). */
function pooledBreaksOf(input: ChoroplethInput, method: ClassMethod): { breaks: number[]; extent: [number, number] | null } {
  let vid = valuesIds.get(input.values);
  if (vid === undefined) valuesIds.set(input.values, (vid = nextValuesId++));
  const midpoint = midpointOf(input, method);
  const key = `${input.datasetId}:${input.meta.id}#${vid}|${input.level}|${method}|${input.classification.classes}|${midpoint ?? ''}`;
  const hit = pooledMemo.get(key);
  if (hit) return hit;
  const years = [...input.values.byYear.keys()];
  const pooled = pooledBreaks(years.map((y) => levelValues(input, y)), { method, classCount: input.classification.classes, ...(midpoint === undefined ? {} : { midpoint }) });
  pooledMemo.set(key, pooled);
  if (pooledMemo.size > POOLED_SIZE) pooledMemo.delete(pooledMemo.keys().next().value!);
  return pooled;
}

/** Classifies a pane (not memoised; see `getPaneChoropleth`). */
export function computePaneChoropleth(input: ChoroplethInput, key = choroplethKey(input)): PaneChoropleth {
  const method = effectiveMethod(input);
  const unitValues = levelValues(input, input.year);
  let groupOf: Int32Array | null = null;
  let unitIds: string[] | null = null;
  let regions = input.regions;
  if (input.level !== 'county') {
    const li = mapLevelIndex(input.index, input.level);
    groupOf = li.groupOf;
    unitIds = li.ids;
    if (regions) regions = unitRegions(regions, li.groupOf, li.ids.length);
  }
  const c = input.classification;
  const midpoint = midpointOf(input, method);
  const mid = midpoint === undefined ? {} : { midpoint };
  let classification: Classification;
  let fixedYears: [number, number] | null = null;
  if (dataDriven(method) && !c.perYear) {
    const pooled = pooledBreaksOf(input, method);
    classification = classifyWithBreaks(unitValues, method, pooled.breaks, { extent: pooled.extent, ...mid });
    const years = [...input.values.byYear.keys()].sort((a, b) => a - b);
    if (years.length) fixedYears = [years[0]!, years[years.length - 1]!];
  } else if (dataDriven(method) && input.breaksYear !== undefined && input.breaksYear !== input.year) {
    const sorted = Array.from(levelValues(input, input.breaksYear)).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    classification = classifyWithBreaks(unitValues, method, computeBreaks(sorted, method, { method, classCount: c.classes, ...mid }), mid);
  } else {
    classification = classify(unitValues, {
      method,
      classCount: c.classes,
      ...(c.breaks ? { breaks: c.breaks } : {}),
      ...(method === 'threshold' ? { rule: input.rule!, regions: regions!, margin: input.margin } : {}),
      ...(method === 'category' ? { categories: input.meta.categories!.map((k) => k.value) } : {}),
      ...mid,
    });
  }
  let countyClass = classification.classIndex;
  if (groupOf) {
    countyClass = new Uint8Array(groupOf.length);
    for (let i = 0; i < groupOf.length; i++) {
      const g = groupOf[i]!;
      countyClass[i] = g < 0 ? NO_DATA_CLASS : (classification.classIndex[g] ?? NO_DATA_CLASS);
    }
  }
  return {
    key, datasetId: input.datasetId, meta: input.meta, year: input.year, level: input.level, classification, unitValues, unitIds,
    countyClass, groupOf, fixedYears,
    ...(!fixedYears && input.breaksYear !== undefined && input.breaksYear !== input.year ? { breaksYear: input.breaksYear } : {}),
  };
}

const MEMO_SIZE = 48;
const memo = new Map<string, PaneChoropleth>();

/** The memoised choropleth of an input (least recently used entries are dropped beyond MEMO_SIZE). */
export function getPaneChoropleth(input: ChoroplethInput): PaneChoropleth {
  const key = choroplethKey(input);
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit); // refresh its place in the LRU order
    return hit;
  }
  const result = computePaneChoropleth(input, key);
  memo.set(key, result);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return result;
}

/** Class colours of a choropleth: the scheme oriented by polarity, or the pass/near/fail colours. */
export function choroplethPalette(choropleth: Pick<PaneChoropleth, 'classification' | 'meta'>, scheme: string): RGBA[] {
  const c = choropleth.classification;
  if (c.method === 'threshold') return thresholdColors();
  // A year where every unit is 0 collapses to one class: 0 is the low end of the scale (the best class of a
  // lower-is-better indicator), never the scale's middle colour.
  if (c.classCount === 1 && c.extent && c.extent[0] === 0 && c.extent[1] === 0) {
    return classColors(scheme, DEFAULT_CLASS_COUNT, choropleth.meta.polarity).slice(0, 1);
  }
  if (c.midpoint !== undefined && isDivergingScheme(scheme)) {
    return divergingClassColors(scheme, c.classCount, c.breaks.indexOf(c.midpoint) + 1, choropleth.meta.polarity);
  }
  return classColors(scheme, c.classCount, choropleth.meta.polarity);
}

/** Background the dimmed classes fade towards (the land colour of the base map). */
const DIM_TOWARDS: RGBA = [243, 241, 236, 255];
const DIM_KEEP = 0.22;

/** Fades a colour towards the land colour, so a highlighted legend class stands out. */
export function dimColor(c: RGBA): RGBA {
  const mix = (a: number, b: number): number => Math.round(a * DIM_KEEP + b * (1 - DIM_KEEP));
  return [mix(c[0], DIM_TOWARDS[0]), mix(c[1], DIM_TOWARDS[1]), mix(c[2], DIM_TOWARDS[2]), 255];
}

/**
 * Paints a choropleth into `out` (reused when its size fits): class colours, the no-data grey, and — with a
 * highlighted class (NO_DATA_CLASS highlights the no-data counties) — every other class dimmed.
 */
export function paintChoropleth(
  choropleth: PaneChoropleth,
  palette: readonly RGBA[],
  highlight: number | null,
  out?: Uint8Array,
  /** Counties kept by the map filter (1) and dimmed (0); absent = all kept. */
  keep?: Uint8Array | null,
): Uint8Array {
  const n = choropleth.countyClass.length;
  const target = out && out.length === n * 4 ? out : new Uint8Array(n * 4);
  if (highlight === null) fillColorsFor(choropleth.countyClass, palette, NO_DATA_RGBA, target);
  else {
    const shown = palette.map((c, i) => (i === highlight ? c : dimColor(c)));
    const noData = highlight === NO_DATA_CLASS ? NO_DATA_RGBA : dimColor(NO_DATA_RGBA);
    fillColorsFor(choropleth.countyClass, shown, noData, target);
  }
  return dimOutside(target, keep);
}

/** Dims (in place) the counties the map filter leaves out (keep[i] = 0) in a colour table of 4 bytes a county. */
export function dimOutside(target: Uint8Array, keep: Uint8Array | null | undefined): Uint8Array {
  if (!keep || keep.length * 4 !== target.length) return target;
  for (let i = 0; i < keep.length; i++) {
    if (keep[i]) continue;
    const o = i * 4;
    target.set(dimColor([target[o]!, target[o + 1]!, target[o + 2]!, 255]), o);
  }
  return target;
}
