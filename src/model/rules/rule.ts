/**
 * Rules as data: official thresholds with the dates they were in force and their sources, so exit checks and
 * later relapse-monitoring rules are versioned data, not code. The schemas here define the types.
 */
import * as v from 'valibot';
import { localTextSchema } from '../common-schemas';

/** Macro-region of a county: the west is the 12 western provinces. */
export const regionSchema = v.picklist(['east', 'central', 'west']);
export type Region = v.InferOutput<typeof regionSchema>;

/** One condition of a rule: indicator compared with a value, optionally limited to some regions. */
export const ruleConditionSchema = v.object({
  /** Indicator id (unqualified: rules apply to whichever dataset supplies that indicator). */
  indicator: v.string(),
  op: v.picklist(['<', '<=', '>', '>=']),
  value: v.pipe(v.number(), v.finite('expected a finite number')),
  /** Regions the condition applies to; absent = all. */
  regions: v.optional(v.array(regionSchema)),
});
export type RuleCondition = v.InferOutput<typeof ruleConditionSchema>;

/** A versioned rule, e.g. the county exit line for poverty incidence. */
export const ruleSchema = v.object({
  id: v.string(),
  version: v.string(),
  name: localTextSchema,
  /** ISO dates; `to` absent = still in force. */
  inForce: v.object({ from: v.string(), to: v.optional(v.string()) }),
  source: localTextSchema,
  /** All conditions that apply to a county must hold for it to pass. */
  conditions: v.pipe(v.array(ruleConditionSchema), v.nonEmpty('expected a non-empty array')),
});
export type Rule = v.InferOutput<typeof ruleSchema>;
