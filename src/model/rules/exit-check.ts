/**
 * The exit check: a county's values against a rule (rules as data, see rule.ts), banded into pass / near / fail
 * around each line with a user-set margin.
 *
 * Bands, for a condition `value OP line` and margin m ≥ 0:
 *   pass = the condition still holds with the line moved m against the county (e.g. `<`: value < line − m);
 *   fail = the condition fails even with the line moved m in the county's favour (e.g. `<`: value ≥ line + m);
 *   near = everything between (e.g. `<`: line − m ≤ value < line + m).
 * With m = 0 "near" is empty and pass/fail is exactly the rule. The signed distance is value − line (percentage
 * points for % indicators): negative is below the line.
 */
import type { Region, Rule, RuleCondition } from './rule';

/** Band of one value against one line. */
export type ExitBand = 'pass' | 'near' | 'fail';

/** Outcome of one condition for one county. */
export type ConditionStatus = ExitBand | 'no_data' | 'not_available';

/** Default margin of the near band, in the indicator's unit (1 percentage point for incidence). */
export const DEFAULT_EXIT_MARGIN = 1;

/** Rounding applied to distances so that Float32 storage noise (1.9 → 1.8999999) never flips a band. */
const DISTANCE_DECIMALS = 1e6;

/** Result of one condition: the value, the line, the signed distance and its band. */
export interface ConditionCheck {
  condition: RuleCondition;
  /** NaN when the county has no value. */
  value: number;
  line: number;
  /** value − line, rounded to 1e-6; NaN without a value. */
  distance: number;
  /** Does the value satisfy the condition exactly as written (no margin)? */
  meets: boolean;
  status: ConditionStatus;
}

/** Result of one rule for one county and year. */
export interface RuleCheck {
  ruleId: string;
  year: number;
  /** Was the rule in force during (part of) this year? Checks are computed anyway so a profile can show them. */
  inForce: boolean;
  /**
   * Worst band over the applicable conditions; 'not_available' when the dataset lacks an indicator the rule needs,
   * 'no_data' when the county has no value, 'not_applicable' when no condition applies to the county's region.
   */
  status: ConditionStatus | 'not_applicable';
  conditions: ConditionCheck[];
}

/** Where a county's values come from: `undefined` = the dataset has no such indicator, NaN = no value. */
export interface ExitCheckInput {
  region: Region | null;
  year: number;
  valueOf: (indicatorId: string) => number | undefined;
  /** Near-band half-width in the indicator's unit; default DEFAULT_EXIT_MARGIN. */
  margin?: number;
}

function round(x: number): number {
  return Math.round(x * DISTANCE_DECIMALS) / DISTANCE_DECIMALS;
}

function holds(distance: number, op: RuleCondition['op']): boolean {
  switch (op) {
    case '<': return distance < 0;
    case '<=': return distance <= 0;
    case '>': return distance > 0;
    case '>=': return distance >= 0;
  }
}

/** Bands a signed distance (value − line) for a condition operator and margin; see the module comment. */
export function bandOfDistance(distance: number, op: RuleCondition['op'], margin: number): ExitBand {
  const m = round(Math.max(0, margin));
  const lowerIsGood = op === '<' || op === '<=';
  // Shift the line against the county for "pass" and in its favour for "fail".
  const passDistance = round(lowerIsGood ? distance + m : distance - m);
  if (holds(passDistance, op)) return 'pass';
  const failDistance = round(lowerIsGood ? distance - m : distance + m);
  return holds(failDistance, op) ? 'near' : 'fail';
}

/** Bands one value against one line; NaN values have no band (returns null). */
export function bandOfValue(value: number, op: RuleCondition['op'], line: number, margin: number): ExitBand | null {
  if (Number.isNaN(value)) return null;
  return bandOfDistance(round(value - line), op, margin);
}

/** The conditions of a rule that apply to a county of this region (all conditions without a region list). */
export function conditionsForRegion(rule: Rule, region: Region | null): RuleCondition[] {
  return rule.conditions.filter((c) => !c.regions || (region !== null && c.regions.includes(region)));
}

/** Was the rule in force during any part of this calendar year? */
export function isRuleInForce(rule: Rule, year: number): boolean {
  const fromYear = Number(rule.inForce.from.slice(0, 4));
  const toYear = rule.inForce.to ? Number(rule.inForce.to.slice(0, 4)) : Infinity;
  return year >= fromYear && year <= toYear;
}

const SEVERITY: Record<RuleCheck['status'], number> = {
  pass: 0, near: 1, fail: 2, no_data: 3, not_available: 4, not_applicable: -1,
};

/** Checks one county against one rule for one year. */
export function checkRule(rule: Rule, input: ExitCheckInput): RuleCheck {
  const margin = input.margin ?? DEFAULT_EXIT_MARGIN;
  const conditions = conditionsForRegion(rule, input.region).map((condition): ConditionCheck => {
    const raw = input.valueOf(condition.indicator);
    const value = raw === undefined ? Number.NaN : raw;
    const distance = Number.isNaN(value) ? Number.NaN : round(value - condition.value);
    const band = Number.isNaN(distance) ? null : bandOfDistance(distance, condition.op, margin);
    return {
      condition,
      value,
      line: condition.value,
      distance,
      meets: !Number.isNaN(distance) && holds(distance, condition.op),
      status: raw === undefined ? 'not_available' : (band ?? 'no_data'),
    };
  });
  let status: RuleCheck['status'] = 'not_applicable';
  for (const c of conditions) if (SEVERITY[c.status] > SEVERITY[status]) status = c.status;
  return { ruleId: rule.id, year: input.year, inForce: isRuleInForce(rule, input.year), status, conditions };
}

/** Checks one county against every rule in a list (e.g. the four county-exit rules). */
export function checkRules(rules: readonly Rule[], input: ExitCheckInput): RuleCheck[] {
  return rules.map((rule) => checkRule(rule, input));
}
