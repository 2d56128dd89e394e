/**
 * What the county profile shows, pure: ranks in the province and the nation (ties share a rank, no-data counties
 * are not ranked), a small line chart per indicator over the years (d3 computes the path, gaps for missing years),
 * and the county exit check rows (pass / near / fail with the distance to the line, or not available).
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { CountyIndexJson } from '../../model/geo/county';
import type { IndicatorValues, Polarity } from '../../model/indicators/dataset';
import type { Region, Rule } from '../../model/rules/rule';
import { checkRule, type RuleCheck } from '../../model/rules/exit-check';
import { parseRegion, regionOfAdcode } from '../../model/geo/region';

/** A rank: 1 = best by the indicator's polarity (highest value for higher_better and neutral). */
export interface Rank {
  rank: number;
  of: number;
}

/**
 * Competition rank ("1224") of the county at `position` among `members` (all counties when null); null when the
 * county has no value. Lower is better for lower_better indicators, higher otherwise.
 */
export function rankAt(values: Float32Array, position: number, members: readonly number[] | null, polarity: Polarity): Rank | null {
  const v = values[position];
  if (v === undefined || Number.isNaN(v)) return null;
  const lowerBetter = polarity === 'lower_better';
  let better = 0;
  let of = 0;
  const visit = (i: number): void => {
    const w = values[i]!;
    if (Number.isNaN(w)) return;
    of++;
    if (lowerBetter ? w < v : w > v) better++;
  };
  if (members) for (const i of members) visit(i);
  else for (let i = 0; i < values.length; i++) visit(i);
  return { rank: better + 1, of };
}

const membersCache = new WeakMap<CountyIndexJson, Map<string, number[]>>();

/** Positions (in `index.counties`) of a province's counties. */
export function provinceMembers(index: CountyIndexJson, province: string): number[] {
  let byProvince = membersCache.get(index);
  if (!byProvince) {
    byProvince = new Map();
    index.counties.forEach((c, i) => {
      const list = byProvince!.get(c.province) ?? [];
      list.push(i);
      byProvince!.set(c.province, list);
    });
    membersCache.set(index, byProvince);
  }
  return byProvince.get(province) ?? [];
}

/** A small line chart in SVG user units. */
export interface Sparkline {
  width: number;
  height: number;
  /** Path of the defined stretches (missing years break the line). */
  path: string;
  /** One dot per year with a value. */
  points: { x: number; y: number; year: number; value: number }[];
  /** x of the current year, null when outside the years. */
  currentX: number | null;
  /** [min, max] of the county's values, null without any. */
  extent: [number, number] | null;
}

/** Size of a profile line chart in SVG user units. */
export const SPARKLINE_SIZE = { width: 120, height: 28, pad: 3 } as const;

/** The county's series of one indicator over `years`, laid out with d3 (gaps where a year has no value). */
export function buildSparkline(values: IndicatorValues, position: number, years: readonly number[], year: number): Sparkline {
  const { width, height, pad } = SPARKLINE_SIZE;
  const series = years.map((y) => ({ year: y, value: values.byYear.get(y)?.[position] ?? Number.NaN }));
  const defined = series.filter((p) => !Number.isNaN(p.value));
  const lo = years[0] ?? year;
  const hi = years[years.length - 1] ?? year;
  const x = scaleLinear().domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1]).range([pad, width - pad]);
  if (defined.length === 0) return { width, height, path: '', points: [], currentX: year >= lo && year <= hi ? x(year) : null, extent: null };
  const vMin = Math.min(...defined.map((p) => p.value));
  const vMax = Math.max(...defined.map((p) => p.value));
  const y = scaleLinear().domain(vMax > vMin ? [vMin, vMax] : [vMin - 1, vMax + 1]).range([height - pad, pad]);
  const path =
    line<{ year: number; value: number }>()
      .defined((p) => !Number.isNaN(p.value))
      .x((p) => x(p.year))
      .y((p) => y(p.value))(series) ?? '';
  return {
    width,
    height,
    path,
    points: defined.map((p) => ({ x: x(p.year), y: y(p.value), year: p.year, value: p.value })),
    currentX: year >= lo && year <= hi ? x(year) : null,
    extent: [vMin, vMax],
  };
}

/** Rule ids of the county exit check, in display order (incidence first). */
export const COUNTY_EXIT_RULE_PREFIX = 'county_exit_';

/** The county exit rules among loaded rules, incidence first. */
export function countyExitRules(rules: readonly Rule[]): Rule[] {
  const exit = rules.filter((r) => r.id.startsWith(COUNTY_EXIT_RULE_PREFIX));
  return [...exit.filter((r) => r.id === 'county_exit_incidence'), ...exit.filter((r) => r.id !== 'county_exit_incidence')];
}

/**
 * The county exit check for a year: every county-exit rule, each condition read from `valueOf` (unqualified
 * indicator id → value; undefined when the dataset lacks the indicator, which reads as not available).
 */
export function profileExitChecks(
  rules: readonly Rule[],
  region: Region | null,
  year: number,
  valueOf: (indicatorId: string) => number | undefined,
  margin: number,
): RuleCheck[] {
  return countyExitRules(rules).map((rule) => checkRule(rule, { region, year, valueOf, margin }));
}

/** Where a county's region comes from: the poverty-county list, or its province (the three-belt division). */
export interface ProfileRegion {
  region: Region | null;
  from: 'list' | 'province';
}

/**
 * The county's region for the exit line and the facts list: the poverty-county list's value when it has one (it
 * places some central counties under the western line, e.g. 恩施), else the province's belt. It never depends on
 * which dataset the pane maps, so mapping an imported indicator keeps it.
 */
export function profileRegion(listValue: unknown, adcode: string): ProfileRegion {
  const listed = parseRegion(listValue);
  return listed ? { region: listed, from: 'list' } : { region: regionOfAdcode(adcode), from: 'province' };
}

/** A condition of the exit check as read aloud: the value, which side of the line and by how much. */
export interface DistanceReading {
  value: number;
  line: number;
  /** |value − line|. */
  gap: number;
  side: 'below' | 'above' | 'at';
}

/** Reads a condition's value against its line the right way round (0.0 against a 3 line: 3.0 below it). */
export function readDistance(value: number, line: number): DistanceReading | null {
  if (Number.isNaN(value) || Number.isNaN(line)) return null;
  const d = Math.round((value - line) * 1e6) / 1e6;
  return { value, line, gap: Math.abs(d), side: d < 0 ? 'below' : d > 0 ? 'above' : 'at' };
}
