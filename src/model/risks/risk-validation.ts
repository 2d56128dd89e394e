/**
 * Checking a form draft: every problem at once, each as a field and a message key, so the form can mark each field
 * and say what is wrong in the interface language (the schema's English messages stay for files).
 */
import * as v from 'valibot';
import { BUILT_IN_RISK_CATEGORIES, riskDraftSchema, type RiskCategory, type RiskDraft } from './risk-entry';

/** Fields a draft error can point at. */
export type RiskField = 'category' | 'title' | 'description' | 'counties' | 'owner' | 'level' | 'status' | 'due' | 'link' | 'actions';

/** One problem of a draft. */
export interface RiskDraftError {
  field: RiskField;
  /** Key into the risk strings' `errors` table. */
  code: 'required' | 'tooLong' | 'badDate' | 'unknownCounty' | 'unknownCategory' | 'invalid';
  detail?: string;
}

/** The result of checking a draft. */
export type RiskDraftCheck = { ok: true; draft: RiskDraft } | { ok: false; errors: RiskDraftError[] };

function codeOf(issue: v.BaseIssue<unknown>): RiskDraftError['code'] {
  const m = issue.message;
  if (m.startsWith('expected a date')) return 'badDate';
  if (m.includes('at most')) return 'tooLong';
  if (m.startsWith('expected a ') && issue.type === 'non_empty') return 'required';
  return 'invalid';
}

/** Checks a draft against the schema, the known counties and the register's categories. */
export function checkRiskDraft(input: unknown, knownCounty: (adcode: string) => boolean, categories: readonly RiskCategory[]): RiskDraftCheck {
  const errors: RiskDraftError[] = [];
  const result = v.safeParse(riskDraftSchema, input);
  if (!result.success) {
    for (const issue of result.issues) {
      const field = String(issue.path?.[0]?.key ?? 'title') as RiskField;
      if (!errors.some((e) => e.field === field)) errors.push({ field, code: codeOf(issue) });
    }
    return { ok: false, errors };
  }
  const draft = result.output;
  const unknown = draft.counties.filter((c) => !knownCounty(c));
  if (unknown.length) errors.push({ field: 'counties', code: 'unknownCounty', detail: unknown.slice(0, 5).join(', ') });
  const known = new Set<string>([...BUILT_IN_RISK_CATEGORIES, ...categories.map((c) => c.id)]);
  if (!known.has(draft.category)) errors.push({ field: 'category', code: 'unknownCategory', detail: draft.category });
  return errors.length ? { ok: false, errors } : { ok: true, draft };
}
