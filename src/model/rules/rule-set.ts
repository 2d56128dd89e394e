/**
 * The versioned rule-set format (public/data/rules/*.json, format "tandem-rule-set" v1): criteria as data, so exit
 * criteria, village-exit items, relapse-watch lines and fund rules are files an office can edit and load, and one
 * engine (rule-engine.ts) evaluates any of them. See README.md in this folder for the format with examples.
 *
 * A criterion is either a comparison (`indicator OP line`, or `between` two lines) or a group of criteria combined
 * by `all`, `any` or `atLeast` k of n. A line is a number or a table of cases keyed by region, province and year
 * (first matching case wins), or a reference to one of the rule set's named `lines` (e.g. a monitoring income line
 * that changes every year and province).
 */
import * as v from 'valibot';
import { localTextSchema } from '../common-schemas';
import { parseWithSchema } from '../../lib/parse-with-schema';
import { regionSchema, type Region } from './rule';
import type { LocalText } from '../indicators/dataset';

/** Name of the format, written in every rule-set file. */
export const RULE_SET_FORMAT = 'tandem-rule-set';

/** Current version of the format; the parser refuses versions it does not know. */
export const RULE_SET_FORMAT_VERSION = 1;

/** Comparison of a criterion: the value must satisfy `value OP line` (between: line ≤ value ≤ upper). */
export const compareOpSchema = v.picklist(['<', '<=', '>', '>=', 'between']);
export type CompareOp = v.InferOutput<typeof compareOpSchema>;

/** How the children of a group combine. */
export const combineSchema = v.picklist(['all', 'any', 'atLeast']);
export type Combine = v.InferOutput<typeof combineSchema>;

const finite = v.pipe(v.number(), v.finite('expected a finite number'));
const yearNumber = v.pipe(v.number(), v.integer('expected a year'));
/** Two-digit province prefix of an adcode (e.g. "52" for 贵州) or a full 6-digit province code. */
const provinceCode = v.pipe(v.string(), v.regex(/^\d{2}(\d{4})?$/, 'expected a 2-digit province prefix'));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date (YYYY[-MM[-DD]])'));

/** Dates in force (ISO dates; `to` absent = still in force). */
export const inForceSchema = v.object({ from: isoDate, to: v.optional(isoDate) });
export type InForce = v.InferOutput<typeof inForceSchema>;

/** One case of a threshold table: applies when every key it names matches the unit being evaluated. */
export const thresholdCaseSchema = v.object({
  value: finite,
  regions: v.optional(v.array(regionSchema)),
  provinces: v.optional(v.array(provinceCode)),
  /** First year the case applies (inclusive). */
  from: v.optional(yearNumber),
  /** Last year the case applies (inclusive). */
  to: v.optional(yearNumber),
  /** True where the figure is not a confirmed official one (shown as 示意 / illustrative). */
  illustrative: v.optional(v.boolean()),
  note: v.optional(localTextSchema),
});
export type ThresholdCase = v.InferOutput<typeof thresholdCaseSchema>;

/** A line: a number, a table of cases (first match wins, else `default`), or a reference to a named line. */
export const thresholdSchema = v.union([
  finite,
  v.object({ cases: v.array(thresholdCaseSchema), default: v.optional(finite) }),
  v.object({ ref: v.string(), factor: v.optional(finite) }),
]);
export type Threshold = v.InferOutput<typeof thresholdSchema>;

/** Fields every criterion has. */
interface CriterionBase {
  id: string;
  name: LocalText;
  /** Limits in time; outside it the criterion does not apply. */
  inForce?: InForce;
  /** Regions / provinces it applies to; absent = all. */
  regions?: Region[];
  provinces?: string[];
  /** The document the criterion comes from (falls back to the rule set's). */
  source?: LocalText;
  /** True when the line is illustrative, not a confirmed official figure. */
  illustrative?: boolean;
}

/** `indicator OP line`: one measured item. */
export interface CompareCriterion extends CriterionBase {
  indicator: string;
  op: CompareOp;
  line: Threshold;
  /** Upper line of `between`. */
  upper?: Threshold;
  /** The user's near margin is in the indicator's unit (default) or a percentage of the line (for yuan lines). */
  marginMode?: 'absolute' | 'percent_of_line';
}

/** A group of criteria: all must pass, any may, or at least k of them. */
export interface GroupCriterion extends CriterionBase {
  combine: Combine;
  k?: number;
  criteria: Criterion[];
}

/** One criterion of a rule set. */
export type Criterion = CompareCriterion | GroupCriterion;

const criterionBaseEntries = {
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]{1,80}$/, 'expected an id of letters, digits, _ . -')),
  name: localTextSchema,
  inForce: v.optional(inForceSchema),
  regions: v.optional(v.array(regionSchema)),
  provinces: v.optional(v.array(provinceCode)),
  source: v.optional(localTextSchema),
  illustrative: v.optional(v.boolean()),
};

const compareCriterionSchema = v.pipe(
  v.object({
    ...criterionBaseEntries,
    indicator: v.pipe(v.string(), v.nonEmpty('expected an indicator id')),
    op: compareOpSchema,
    line: thresholdSchema,
    upper: v.optional(thresholdSchema),
    marginMode: v.optional(v.picklist(['absolute', 'percent_of_line'])),
  }),
  v.check((c) => (c.op === 'between') === (c.upper !== undefined), 'expected `upper` exactly when op is "between"'),
);

/** Schema of one criterion (recursive through groups). */
export const criterionSchema: v.GenericSchema<Criterion> = v.union([
  compareCriterionSchema,
  v.pipe(
    v.object({
      ...criterionBaseEntries,
      combine: combineSchema,
      k: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      criteria: v.pipe(
        v.array(v.lazy(() => criterionSchema)),
        v.nonEmpty('expected a non-empty array'),
      ),
    }),
    v.check((g) => g.combine !== 'atLeast' || (g.k !== undefined && g.k <= g.criteria.length), 'expected k (1…n) with atLeast'),
  ),
]) as v.GenericSchema<Criterion>;

/** A rule set: one versioned document's criteria, with its dates in force and source. */
export const ruleSetSchema = v.pipe(
  v.object({
    format: v.literal(RULE_SET_FORMAT),
    formatVersion: v.literal(RULE_SET_FORMAT_VERSION),
    id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,60}$/, 'expected [a-z0-9_-]+')),
    /** Version of the rules themselves, e.g. the date of the document ("2016-04"). */
    version: v.pipe(v.string(), v.nonEmpty()),
    name: localTextSchema,
    /** What one row is: a county, a village or a household. */
    unit: v.picklist(['county', 'village', 'household']),
    inForce: inForceSchema,
    source: localTextSchema,
    /** Where the rule set applies; absent = everywhere. */
    scope: v.optional(v.object({ regions: v.optional(v.array(regionSchema)), provinces: v.optional(v.array(provinceCode)) })),
    /** An example shipped to show the format (offices load their own). */
    example: v.optional(v.boolean()),
    note: v.optional(localTextSchema),
    /** Named lines the criteria refer to with `{ "ref": name }`. */
    lines: v.optional(v.record(v.string(), thresholdSchema)),
    combine: combineSchema,
    k: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    criteria: v.pipe(v.array(criterionSchema), v.nonEmpty('expected a non-empty array')),
  }),
  v.check((s) => s.combine !== 'atLeast' || (s.k !== undefined && s.k <= s.criteria.length), 'expected k (1…n) with atLeast'),
);
export type RuleSet = v.InferOutput<typeof ruleSetSchema>;

/** Is this criterion a group? */
export function isGroup(c: Criterion): c is GroupCriterion {
  return 'combine' in c;
}

/** Every comparison of a rule set, depth first (the indicators a rule set needs). */
export function comparisonsOf(criteria: readonly Criterion[]): CompareCriterion[] {
  return criteria.flatMap((c) => (isGroup(c) ? comparisonsOf(c.criteria) : [c]));
}

/** Validates a parsed rule-set file; errors name `file` and the bad path. */
export function parseRuleSet(json: unknown, file = 'rule set'): RuleSet {
  const set = parseWithSchema(ruleSetSchema, json, file);
  for (const c of comparisonsOf(set.criteria)) {
    for (const t of [c.line, c.upper]) {
      if (t && typeof t === 'object' && 'ref' in t && !set.lines?.[t.ref]) {
        throw new Error(`${file}: criterion ${c.id}: line "${t.ref}" is not in lines`);
      }
    }
  }
  return set;
}
