/**
 * Parsing of rule files (public/data/rules/*.json): `{ schema: 1, rules: Rule[] }`, validated at the edge so the
 * exit check only ever sees well-formed rules.
 */
import * as v from 'valibot';
import { parseWithSchema } from '../../lib/parse-with-schema';
import { ruleSchema, type Rule } from './rule';

/** The schema of a rules file. */
export const ruleFileSchema = v.object({ schema: v.literal(1), rules: v.array(ruleSchema) });

/** The on-disk shape of a rules file. */
export type RuleFile = v.InferOutput<typeof ruleFileSchema>;

/** Rule id of the county exit line for poverty incidence (2% east/central, 3% west). */
export const COUNTY_EXIT_INCIDENCE_RULE_ID = 'county_exit_incidence';

/** Validates one rule object. */
export function parseRule(x: unknown, file = 'rule'): Rule {
  return parseWithSchema(ruleSchema, x, file);
}

/** Validates a parsed rules file and returns its rules; errors name `file` and the bad path. */
export function parseRuleFile(json: unknown, file = 'rules file'): Rule[] {
  return parseWithSchema(ruleFileSchema, json, file).rules;
}
