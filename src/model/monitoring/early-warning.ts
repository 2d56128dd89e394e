/**
 * Early warnings: counties that crossed a line or worsened beyond a set change since the previous year, each with
 * what changed and by how much. `EarlyWarning` is a plain, serialisable record so other features (the risk register)
 * can turn one into an entry without knowing how it was found.
 */

/** One warning: a county whose indicator crossed its line or worsened by at least the set change. */
export interface EarlyWarning {
  /** County adcode (6 digits). */
  adcode: string;
  /** Qualified indicator id that changed, e.g. "monitor:risk_score". */
  indicator: string;
  /** crossed: from the good side of the line to the bad one; worsened: moved the bad way by at least `threshold`. */
  kind: 'crossed' | 'worsened';
  year: number;
  previousYear: number;
  before: number;
  after: number;
  /** after − before, in the indicator's unit. */
  change: number;
  /** The line crossed (crossed), or null. */
  line: number | null;
  /** The set change that counts as worsening (worsened), or null. */
  threshold: number | null;
  /** Which way is worse for this indicator. */
  worseWhen: 'higher' | 'lower';
  /** For ordering: crossings first, then by how far beyond the set change. */
  severity: number;
}

/** What to watch on one indicator. */
export interface WarningWatch {
  indicator: string;
  worseWhen: 'higher' | 'lower';
  /** Is a value on the bad side of the line? Absent = no line (only worsening is watched). */
  isBad?: (value: number) => boolean;
  /** The line reported with a crossing. */
  line?: number;
  /** Warn when the value moved the bad way by at least this much; 0 or absent = crossings only. */
  minChange?: number;
}

/** Float noise (Float32 columns) must not make a change of exactly the threshold fall short. */
const EPSILON = 1e-6;

/** Warnings of one watched indicator between two years' columns (indexed like `adcodes`). */
export function detectWarnings(
  adcodes: readonly string[],
  watch: WarningWatch,
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  year: number,
  previousYear: number,
): EarlyWarning[] {
  const out: EarlyWarning[] = [];
  const sign = watch.worseWhen === 'higher' ? 1 : -1;
  const minChange = watch.minChange ?? 0;
  for (let i = 0; i < adcodes.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const change = b - a;
    const crossed = watch.isBad !== undefined && !watch.isBad(a) && watch.isBad(b);
    const worsened = minChange > 0 && sign * change >= minChange - EPSILON;
    if (!crossed && !worsened) continue;
    out.push({
      adcode: adcodes[i]!,
      indicator: watch.indicator,
      kind: crossed ? 'crossed' : 'worsened',
      year,
      previousYear,
      before: a,
      after: b,
      change,
      line: crossed ? (watch.line ?? null) : null,
      threshold: worsened ? minChange : null,
      worseWhen: watch.worseWhen,
      severity: (crossed ? 10 : 0) + (minChange > 0 ? (sign * change) / minChange : 0),
    });
  }
  return out;
}

/** Orders warnings: most severe first, then by adcode (a stable order for lists and tests). */
export function sortWarnings(warnings: readonly EarlyWarning[]): EarlyWarning[] {
  return [...warnings].sort((x, y) => y.severity - x.severity || (x.adcode < y.adcode ? -1 : x.adcode > y.adcode ? 1 : 0));
}

/** One line per county: its most severe warning (a county can trip several watches in a year). */
export function worstPerCounty(warnings: readonly EarlyWarning[]): EarlyWarning[] {
  const best = new Map<string, EarlyWarning>();
  for (const w of sortWarnings(warnings)) if (!best.has(w.adcode)) best.set(w.adcode, w);
  return [...best.values()];
}
