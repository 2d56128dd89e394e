/**
 * The "poverty counties" filter over the real designation (the facts dataset): all counties, the national
 * poverty counties, the others, or the poverty counties that exited in one year. Pure; used by the ranking and
 * the comparison set's smart sets, so every "poverty counties only" choice reads the same real list.
 */

/** What the filter keeps. */
export type PovertyFilter = 'all' | 'designated' | 'not_designated' | { exitYear: number };

/** The designation and exit year of each map county (facts attributes, map order). */
export interface DesignationColumns {
  designation: readonly (string | null)[];
  exitYear: ArrayLike<number>;
}

/** Does county `i` pass the filter? */
export function passesPovertyFilter(filter: PovertyFilter, columns: DesignationColumns, i: number): boolean {
  if (filter === 'all') return true;
  const d = columns.designation[i] ?? null;
  if (filter === 'designated') return d === 'designated';
  if (filter === 'not_designated') return d === 'not_designated';
  return d === 'designated' && columns.exitYear[i] === filter.exitYear;
}

/** The adcodes (map order) passing the filter; undefined for 'all' (no restriction). */
export function povertyFilterCounties(filter: PovertyFilter, adcodes: readonly string[], columns: DesignationColumns): string[] | undefined {
  if (filter === 'all') return undefined;
  return adcodes.filter((_, i) => passesPovertyFilter(filter, columns, i));
}

/** Parses the filter from a select value ('all', 'designated', 'not_designated', '2016'…'2020'). */
export function parsePovertyFilter(value: string): PovertyFilter {
  if (value === 'designated' || value === 'not_designated') return value;
  const y = Number(value);
  return Number.isInteger(y) && y >= 2016 && y <= 2020 ? { exitYear: y } : 'all';
}

/** The select value of a filter. */
export function povertyFilterValue(filter: PovertyFilter): string {
  return typeof filter === 'object' ? String(filter.exitYear) : filter;
}

/**
 * The target's exit cohort: the poverty counties of its province that exited in its exit year (the target first),
 * or the province's poverty counties when the target was not one.
 */
export function exitCohort(
  counties: readonly { adcode: string; province: string }[],
  target: string,
  columns: DesignationColumns,
): string[] {
  const t = counties.findIndex((c) => c.adcode === target);
  if (t < 0) return [];
  const targetYear = columns.designation[t] === 'designated' ? columns.exitYear[t] : undefined;
  const filter: PovertyFilter = targetYear !== undefined ? { exitYear: targetYear } : 'designated';
  const province = counties[t]!.province;
  const rest = counties.filter((c, i) => i !== t && c.province === province && passesPovertyFilter(filter, columns, i)).map((c) => c.adcode);
  return [target, ...rest];
}
