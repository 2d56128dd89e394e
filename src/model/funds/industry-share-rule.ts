/**
 * The industry-share rule (public/data/rules/fund-industry-share.json): the share of the link fund spent on industry
 * must reach a minimum that depends on the year (55% in 2022, 60% from 2023). Kept as data in the rules format
 * (rule.ts) plus a `basis` saying which sources and programme lines the share is taken over, and evaluated by the
 * one small pure function here, so the monitoring engine can take it over unchanged.
 */
import * as v from 'valibot';
import { ruleSchema, type Rule } from '../rules/rule';
import { parseWithSchema } from '../../lib/parse-with-schema';

/** Rule id of the industry share. */
export const INDUSTRY_SHARE_RULE_ID = 'fund_industry_share';

/** Which money the share is computed over: the numerator's programme lines among the denominator's sources. */
const basisSchema = v.object({
  sources: v.pipe(v.array(v.string()), v.nonEmpty('expected at least one source')),
  programmes: v.pipe(v.array(v.string()), v.nonEmpty('expected at least one programme')),
});

/** A rule of the fund-share kind: one `>=` condition on `industry_share` (percent) and its basis. */
export const fundShareRuleSchema = v.pipe(
  v.object({ ...ruleSchema.entries, basis: basisSchema }),
  v.check((r) => r.conditions.length === 1 && r.conditions[0]!.op === '>=', 'expected one ">=" condition (a minimum share)'),
);
export type FundShareRule = v.InferOutput<typeof fundShareRuleSchema>;

const fileSchema = v.object({ schema: v.literal(1), rules: v.array(fundShareRuleSchema) });

/** Validates the rules file; errors name the file and the bad path. */
export function parseFundShareRules(json: unknown, file = 'rules/fund-industry-share.json'): FundShareRule[] {
  return parseWithSchema(fileSchema, json, file).rules;
}

/** The version of the rule in force at some point of `year` (the latest one starting on or before its end). */
export function ruleInForce(rules: readonly FundShareRule[], year: number): FundShareRule | null {
  const end = `${year}-12-31`;
  const start = `${year}-01-01`;
  let best: FundShareRule | null = null;
  for (const r of rules) {
    if (r.inForce.from > end) continue;
    if (r.inForce.to !== undefined && r.inForce.to < start) continue;
    if (!best || r.inForce.from > best.inForce.from) best = r;
  }
  return best;
}

/** The verdict on one county-year. */
export interface ShareVerdict {
  /** Share in percent, null when the basis has no money. */
  sharePct: number | null;
  /** The required minimum in percent, null when no rule is in force that year. */
  minimumPct: number | null;
  /** share − minimum in percentage points (null when either is missing). */
  gapPp: number | null;
  passes: boolean | null;
  rule: Rule | null;
}

/**
 * Judges a share: `industryFen` over `basisFen` (both integer fen), against the rule in force in `year`.
 * Pure and total: no money or no rule gives nulls, never a false verdict.
 */
export function evaluateIndustryShare(rules: readonly FundShareRule[], year: number, industryFen: number, basisFen: number): ShareVerdict {
  const rule = ruleInForce(rules, year);
  const sharePct = basisFen > 0 ? (100 * industryFen) / basisFen : null;
  const minimumPct = rule ? rule.conditions[0]!.value : null;
  if (sharePct === null || minimumPct === null) return { sharePct, minimumPct, gapPp: null, passes: null, rule };
  // Exact comparison on integers: share >= min  ⇔  100·industry >= min·basis (min has at most 2 decimals).
  const passes = 100 * 100 * industryFen >= Math.round(minimumPct * 100) * basisFen;
  return { sharePct, minimumPct, gapPp: sharePct - minimumPct, passes, rule };
}
