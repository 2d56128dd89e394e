/**
 * The one rule engine: evaluates any rule set (rule-set.ts) for one unit (a county, a village, a household) and
 * year, and returns for every criterion pass / near / fail / no data with the value, the line, the signed distance
 * to it and the source. A missing input is "no data", never a pass. Bands follow exit-check.ts (`bandOfDistance`):
 * pass holds with the line moved the margin against the unit, fail fails with it moved in its favour, near between.
 */
import type { Region } from './rule';
import { bandOfDistance } from './exit-check';
import {
  isGroup,
  type CompareCriterion,
  type Criterion,
  type GroupCriterion,
  type InForce,
  type RuleSet,
  type Threshold,
} from './rule-set';
import type { LocalText } from '../indicators/dataset';

/** Outcome of a criterion or a rule set. `not_applicable`: outside its dates, region or province, or no line there. */
export type RuleStatus = 'pass' | 'near' | 'fail' | 'no_data' | 'not_applicable';

/** Result of one criterion (groups carry their children's results). */
export interface CriterionResult {
  id: string;
  name: LocalText;
  status: RuleStatus;
  /** The unit's value; NaN without one (and for groups). */
  value: number;
  op: CompareCriterion['op'] | GroupCriterion['combine'];
  /** The line in force for this unit and year (NaN when none, and for groups). */
  line: number;
  /** Upper line of `between`. */
  upper?: number;
  /** value − line (between: 0 inside, else to the nearer edge), rounded; NaN without a value. */
  distance: number;
  source: LocalText;
  illustrative: boolean;
  indicator?: string;
  children?: CriterionResult[];
}

/** Result of a rule set for one unit and year. */
export interface RuleSetResult {
  ruleSetId: string;
  version: string;
  year: number;
  /** Was the rule set in force during (part of) the year? Results are computed anyway so a profile can show them. */
  inForce: boolean;
  status: RuleStatus;
  criteria: CriterionResult[];
}

/** The unit being evaluated: where it is, the year, and its values (`undefined` or NaN = no data). */
export interface RuleInput {
  region: Region | null;
  /** Adcode (any level) or 2-digit province prefix; only its first two digits are read. */
  province: string | null;
  year: number;
  valueFor: (indicatorId: string) => number | undefined;
  /** Near-band half-width: in the indicator's unit, or % of the line for `percent_of_line` criteria. Default 0. */
  margin?: number;
}

const DECIMALS = 1e6;

function round(x: number): number {
  return Math.round(x * DECIMALS) / DECIMALS;
}

/** Was something with these dates in force during any part of this calendar year? */
export function inForceDuring(inForce: InForce | undefined, year: number): boolean {
  if (!inForce) return true;
  const from = Number(inForce.from.slice(0, 4));
  const to = inForce.to ? Number(inForce.to.slice(0, 4)) : Infinity;
  return year >= from && year <= to;
}

function inScope(scope: { regions?: Region[]; provinces?: string[] } | undefined, input: RuleInput): boolean {
  if (!scope) return true;
  if (scope.regions && (input.region === null || !scope.regions.includes(input.region))) return false;
  const prefix = input.province?.slice(0, 2) ?? null;
  if (scope.provinces && (prefix === null || !scope.provinces.some((p) => p.slice(0, 2) === prefix))) return false;
  return true;
}

/** The line of a threshold for this unit and year; NaN when no case applies and there is no default. */
export function resolveThreshold(
  threshold: Threshold,
  input: Pick<RuleInput, 'region' | 'province' | 'year'>,
  lines: Readonly<Record<string, Threshold>> = {},
  depth = 0,
): { value: number; illustrative: boolean } {
  if (typeof threshold === 'number') return { value: threshold, illustrative: false };
  if ('ref' in threshold) {
    const target = lines[threshold.ref];
    if (!target || depth > 4) return { value: Number.NaN, illustrative: false };
    const r = resolveThreshold(target, input, lines, depth + 1);
    return { value: r.value * (threshold.factor ?? 1), illustrative: r.illustrative };
  }
  const prefix = input.province?.slice(0, 2) ?? null;
  for (const c of threshold.cases) {
    if (c.regions && (input.region === null || !c.regions.includes(input.region))) continue;
    if (c.provinces && (prefix === null || !c.provinces.some((p) => p.slice(0, 2) === prefix))) continue;
    if (c.from !== undefined && input.year < c.from) continue;
    if (c.to !== undefined && input.year > c.to) continue;
    return { value: c.value, illustrative: c.illustrative ?? false };
  }
  return { value: threshold.default ?? Number.NaN, illustrative: false };
}

/** Bands a value against `between` lines with margin m (pass: inside by m; fail: outside by more than m). */
export function bandBetween(value: number, lo: number, hi: number, m: number): 'pass' | 'near' | 'fail' {
  if (round(value - lo) >= m && round(hi - value) >= m) return 'pass';
  if (round(lo - value) > m || round(value - hi) > m) return 'fail';
  return 'near';
}

function evaluateCompare(c: CompareCriterion, set: RuleSet, input: RuleInput, fallbackSource: LocalText, applies: boolean): CriterionResult {
  const lines = set.lines ?? {};
  const line = resolveThreshold(c.line, input, lines);
  const upper = c.upper ? resolveThreshold(c.upper, input, lines) : undefined;
  const raw = input.valueFor(c.indicator);
  const value = raw === undefined || Number.isNaN(raw) ? Number.NaN : raw;
  // One object literal (no spreads): the engine runs for every county and year of a derived column.
  const result: CriterionResult = {
    id: c.id,
    name: c.name,
    status: 'not_applicable',
    value,
    op: c.op,
    line: line.value,
    distance: Number.NaN,
    source: c.source ?? fallbackSource,
    illustrative: (c.illustrative ?? false) || line.illustrative || (upper?.illustrative ?? false),
    indicator: c.indicator,
  };
  if (upper) result.upper = upper.value;
  if (Number.isNaN(line.value) || (upper && Number.isNaN(upper.value))) return result;
  if (!Number.isNaN(value)) {
    if (c.op === 'between' && upper) {
      result.distance = value < line.value ? round(value - line.value) : value > upper.value ? round(value - upper.value) : 0;
    } else result.distance = round(value - line.value);
  }
  if (!applies) return result;
  if (Number.isNaN(value)) {
    result.status = 'no_data';
    return result;
  }
  const userMargin = Math.max(0, input.margin ?? 0);
  const m = round(c.marginMode === 'percent_of_line' ? (Math.abs(line.value) * userMargin) / 100 : userMargin);
  result.status = c.op === 'between' && upper ? bandBetween(value, line.value, upper.value, m) : bandOfDistance(result.distance, c.op as '<' | '<=' | '>' | '>=', m);
  return result;
}

/**
 * Combines children's statuses. all: one fail fails; else missing data leaves it open (no data); else near; else
 * pass. any: one pass passes; else near; else no data; else fail. atLeast k: k passes pass; k passes or nears are
 * near; k that could still pass (with no data) are no data; else fail. Children that do not apply are left out.
 */
export function combineStatuses(statuses: readonly RuleStatus[], combine: GroupCriterion['combine'], k = 1): RuleStatus {
  const applicable = statuses.filter((s) => s !== 'not_applicable');
  if (applicable.length === 0) return 'not_applicable';
  const count = (s: RuleStatus): number => applicable.filter((x) => x === s).length;
  const pass = count('pass');
  const near = count('near');
  const noData = count('no_data');
  if (combine === 'all') {
    if (count('fail') > 0) return 'fail';
    if (noData > 0) return 'no_data';
    return near > 0 ? 'near' : 'pass';
  }
  const need = combine === 'any' ? 1 : k;
  if (pass >= need) return 'pass';
  if (pass + near >= need) return 'near';
  if (pass + near + noData >= need) return 'no_data';
  return 'fail';
}

function evaluateCriterion(c: Criterion, set: RuleSet, input: RuleInput, fallbackSource: LocalText): CriterionResult {
  const applies = inForceDuring(c.inForce, input.year) && inScope(c, input);
  if (!isGroup(c)) return evaluateCompare(c, set, input, fallbackSource, applies);
  const children = c.criteria.map((child) => evaluateCriterion(child, set, input, c.source ?? fallbackSource));
  return {
    id: c.id,
    name: c.name,
    op: c.combine,
    status: applies ? combineStatuses(children.map((x) => x.status), c.combine, c.k) : 'not_applicable',
    value: Number.NaN,
    line: Number.NaN,
    distance: Number.NaN,
    source: c.source ?? fallbackSource,
    illustrative: children.some((x) => x.illustrative),
    children,
  };
}

/** Evaluates a rule set for one unit and year. */
export function evaluateRuleSet(set: RuleSet, input: RuleInput): RuleSetResult {
  const criteria = set.criteria.map((c) => evaluateCriterion(c, set, input, set.source));
  const status = inScope(set.scope, input) ? combineStatuses(criteria.map((c) => c.status), set.combine, set.k) : 'not_applicable';
  return { ruleSetId: set.id, version: set.version, year: input.year, inForce: inForceDuring(set.inForce, input.year), status, criteria };
}

/** The comparisons of a result, depth first (groups left out), for tables and the CLI. */
export function flattenResults(results: readonly CriterionResult[]): CriterionResult[] {
  return results.flatMap((r) => (r.children ? flattenResults(r.children) : [r]));
}

/** Numeric code of a status for a categorical column: 3 pass, 2 near, 1 fail; NaN for no data / not applicable. */
export function statusCode(status: RuleStatus): number {
  return status === 'pass' ? 3 : status === 'near' ? 2 : status === 'fail' ? 1 : Number.NaN;
}
