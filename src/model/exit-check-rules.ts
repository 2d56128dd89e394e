/**
 * Parsing of rule files (public/data/rules/*.json): `{ schema: 1, rules: Rule[] }`, validated at the edge so the
 * exit check only ever sees well-formed rules.
 */
import type { LocalText } from './dataset';
import type { Region, Rule, RuleCondition } from './rule';

/** The on-disk shape of a rules file. */
export interface RuleFile {
  schema: 1;
  rules: Rule[];
}

/** Rule id of the county exit line for poverty incidence (2% east/central, 3% west). */
export const COUNTY_EXIT_INCIDENCE_RULE_ID = 'county_exit_incidence';

function fail(where: string, what: string): never {
  throw new Error(`Invalid rules file at ${where}: ${what}`);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function text(x: unknown, where: string): LocalText {
  if (!isRecord(x) || typeof x.zh !== 'string' || typeof x.en !== 'string') fail(where, 'expected {zh, en}');
  return { zh: x.zh, en: x.en };
}

const OPS: readonly RuleCondition['op'][] = ['<', '<=', '>', '>='];
const REGIONS: readonly Region[] = ['east', 'central', 'west'];

function condition(x: unknown, where: string): RuleCondition {
  if (!isRecord(x)) fail(where, 'expected an object');
  const op = OPS.find((o) => o === x.op);
  if (typeof x.indicator !== 'string') fail(where, 'indicator must be a string');
  if (!op) fail(where, `unknown op ${String(x.op)}`);
  if (typeof x.value !== 'number' || !Number.isFinite(x.value)) fail(where, 'value must be a finite number');
  const out: RuleCondition = { indicator: x.indicator, op, value: x.value };
  if (x.regions !== undefined) {
    if (!Array.isArray(x.regions)) fail(where, 'regions must be an array');
    out.regions = x.regions.map((r) => REGIONS.find((g) => g === r) ?? fail(where, `unknown region ${String(r)}`));
  }
  return out;
}

/** Validates one rule object. */
export function parseRule(x: unknown, where = 'rule'): Rule {
  if (!isRecord(x)) fail(where, 'expected an object');
  if (typeof x.id !== 'string' || typeof x.version !== 'string') fail(where, 'id and version must be strings');
  const inForce = x.inForce;
  if (!isRecord(inForce) || typeof inForce.from !== 'string') fail(where, 'inForce.from must be an ISO date');
  if (inForce.to !== undefined && typeof inForce.to !== 'string') fail(where, 'inForce.to must be an ISO date');
  if (!Array.isArray(x.conditions) || x.conditions.length === 0) fail(where, 'conditions must be a non-empty array');
  return {
    id: x.id,
    version: x.version,
    name: text(x.name, `${where}.name`),
    inForce: typeof inForce.to === 'string' ? { from: inForce.from, to: inForce.to } : { from: inForce.from },
    source: text(x.source, `${where}.source`),
    conditions: x.conditions.map((c, i) => condition(c, `${where}.conditions[${i}]`)),
  };
}

/** Validates a parsed rules file and returns its rules. */
export function parseRuleFile(json: unknown): Rule[] {
  if (!isRecord(json) || json.schema !== 1 || !Array.isArray(json.rules)) fail('root', 'expected {schema: 1, rules: []}');
  return json.rules.map((r, i) => parseRule(r, `rules[${i}]`));
}
