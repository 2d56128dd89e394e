/**
 * The year an indicator is shown at for a chosen year: the chosen one when the indicator has it; the one year of a
 * single-year indicator (the 2020 census, the poverty-county facts) whatever year is chosen, so a single-year
 * dataset works everywhere a year is chosen; otherwise the chosen year (shown as no data).
 */
export function shownYear(years: readonly number[], chosen: number): number {
  if (years.includes(chosen)) return chosen;
  return years.length === 1 ? years[0]! : chosen;
}

/** Does the indicator have one year only? */
export function isSingleYear(years: readonly number[]): boolean {
  return years.length === 1;
}
