/**
 * The risk register: entries with a category (fiscal, execution, market, social stability, or one the office
 * adds), the counties they touch, an owner, a level 1–4, a status, a due date, the indicator or monitoring warning
 * they are tied to, and a dated log of actions. The valibot schemas define the types and are the one check on
 * everything that enters the register (the form, IndexedDB, a JSON or CSV file, a project file).
 */
import * as v from 'valibot';
import { adcodeSchema, localTextSchema } from '../common-schemas';

/** Version of the register's serialised shape. */
export const RISK_REGISTER_VERSION = 1;

/** The built-in categories; an office may add its own (see `RiskRegister.categories`). */
export const BUILT_IN_RISK_CATEGORIES = ['fiscal', 'execution', 'market', 'social_stability'] as const;

/** Statuses, in the order of their life. */
export const RISK_STATUSES = ['open', 'watching', 'mitigated', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Statuses that still count as a live risk (marked on the map, can be overdue). */
export const LIVE_RISK_STATUSES: readonly RiskStatus[] = ['open', 'watching'];

/** Risk levels: 1 low … 4 severe. */
export const RISK_LEVELS = [1, 2, 3, 4] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Limits that keep a hostile file from filling memory; a form never reaches them. */
export const RISK_LIMITS = { title: 200, description: 4000, owner: 100, counties: 3000, actions: 500, actionText: 2000, entries: 5000, categories: 50 } as const;

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/** A calendar date as YYYY-MM-DD that exists (no 2026-02-30). */
export const isoDateSchema = v.pipe(
  v.string('expected a date (YYYY-MM-DD)'),
  v.regex(DATE_RE, 'expected a date (YYYY-MM-DD)'),
  v.check((d) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, 'expected a date that exists'),
);

const text = (max: number, what: string, required: boolean) =>
  required
    ? v.pipe(v.string(`expected ${what} (text)`), v.trim(), v.nonEmpty(`expected ${what}`), v.maxLength(max, `expected ${what} of at most ${max} characters`))
    : v.pipe(v.string(`expected ${what} (text)`), v.trim(), v.maxLength(max, `expected ${what} of at most ${max} characters`));

/** An id: letters, digits, _ and -. */
export const riskIdSchema = v.pipe(v.string('expected an id'), v.regex(ID_RE, 'expected an id of letters, digits, _ or -'));

/** What an entry is tied to: an indicator (qualified `dataset:indicator`) or a monitoring warning. */
export const riskLinkSchema = v.nullable(
  v.variant('kind', [
    v.object({ kind: v.literal('indicator'), id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,40}:[A-Za-z0-9_.-]{1,80}$/, 'expected an indicator id dataset:indicator')) }),
    v.object({ kind: v.literal('warning'), id: v.pipe(v.string(), v.nonEmpty('expected a warning id'), v.maxLength(200)) }),
  ]),
);
export type RiskLink = v.InferOutput<typeof riskLinkSchema>;

/** One dated action. */
export const riskActionSchema = v.object({ date: isoDateSchema, text: text(RISK_LIMITS.actionText, 'an action', true) });
export type RiskAction = v.InferOutput<typeof riskActionSchema>;

/** The fields a user edits (the form's draft, validated before it becomes an entry). */
export const riskDraftEntries = {
  category: riskIdSchema,
  title: text(RISK_LIMITS.title, 'a title', true),
  description: text(RISK_LIMITS.description, 'a description', false),
  counties: v.pipe(v.array(adcodeSchema), v.maxLength(RISK_LIMITS.counties, `expected at most ${RISK_LIMITS.counties} counties`)),
  owner: text(RISK_LIMITS.owner, 'an owner', false),
  level: v.picklist(RISK_LEVELS, 'expected a level 1–4'),
  status: v.picklist(RISK_STATUSES, 'expected a status: open, watching, mitigated or closed'),
  due: v.nullable(isoDateSchema),
  link: riskLinkSchema,
  actions: v.pipe(v.array(riskActionSchema), v.maxLength(RISK_LIMITS.actions, `expected at most ${RISK_LIMITS.actions} actions`)),
};
export const riskDraftSchema = v.object(riskDraftEntries);
export type RiskDraft = v.InferOutput<typeof riskDraftSchema>;

/** An entry of the register. */
export const riskEntrySchema = v.object({
  id: riskIdSchema,
  ...riskDraftEntries,
  /** ISO times. */
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type RiskEntry = v.InferOutput<typeof riskEntrySchema>;

/** A category the office added. */
export const riskCategorySchema = v.object({ id: riskIdSchema, name: localTextSchema });
export type RiskCategory = v.InferOutput<typeof riskCategorySchema>;

/** The whole register: custom categories and entries (ids unique; every entry's category known). */
export const riskRegisterSchema = v.pipe(
  v.object({
    v: v.literal(RISK_REGISTER_VERSION, `expected register version ${RISK_REGISTER_VERSION}`),
    categories: v.pipe(v.array(riskCategorySchema), v.maxLength(RISK_LIMITS.categories)),
    entries: v.pipe(v.array(riskEntrySchema), v.maxLength(RISK_LIMITS.entries, `expected at most ${RISK_LIMITS.entries} entries`)),
  }),
  v.check((r) => new Set(r.entries.map((e) => e.id)).size === r.entries.length, 'expected every entry id once'),
  v.check((r) => {
    const known = new Set<string>([...BUILT_IN_RISK_CATEGORIES, ...r.categories.map((c) => c.id)]);
    return r.entries.every((e) => known.has(e.category));
  }, 'expected every entry category to be built in or listed in categories'),
);
export type RiskRegister = v.InferOutput<typeof riskRegisterSchema>;

/** An empty register. */
export function createEmptyRiskRegister(): RiskRegister {
  return { v: RISK_REGISTER_VERSION, categories: [], entries: [] };
}

/** An empty draft for the form. */
export function createEmptyRiskDraft(): RiskDraft {
  return { category: 'fiscal', title: '', description: '', counties: [], owner: '', level: 2, status: 'open', due: null, link: null, actions: [] };
}

/** Whether an entry is past its due date while still live (`today` as YYYY-MM-DD). */
export function isRiskOverdue(entry: Pick<RiskEntry, 'due' | 'status'>, today: string): boolean {
  return entry.due !== null && entry.due < today && LIVE_RISK_STATUSES.includes(entry.status);
}

/** A county's mark on the map: the highest level among its live entries, how many, and whether one is overdue. */
export interface CountyRiskMark {
  county: string;
  level: RiskLevel;
  count: number;
  overdue: boolean;
}

/** The marks of every county with live risks, highest level first. */
export function countyRiskMarks(entries: readonly RiskEntry[], today: string): CountyRiskMark[] {
  const byCounty = new Map<string, CountyRiskMark>();
  for (const e of entries) {
    if (!LIVE_RISK_STATUSES.includes(e.status)) continue;
    const overdue = isRiskOverdue(e, today);
    for (const county of e.counties) {
      const m = byCounty.get(county);
      if (!m) byCounty.set(county, { county, level: e.level, count: 1, overdue });
      else {
        m.level = Math.max(m.level, e.level) as RiskLevel;
        m.count += 1;
        m.overdue ||= overdue;
      }
    }
  }
  return [...byCounty.values()].sort((a, b) => b.level - a.level || a.county.localeCompare(b.county));
}

/** A monitoring warning as the register takes it (the monitoring engine's warnings carry at least this). */
export interface WarningLike {
  adcodes: string[];
  title: string;
  indicatorId: string;
  description: string;
  year: number;
  /** The warning's own id, when it has one (else one is made from the indicator and year). */
  id?: string;
}

/**
 * Turns a monitoring warning into a register entry in one step: open, level 2, execution category, its counties,
 * tied to the warning, with a first action saying where it came from. Pure: id and time come from the caller.
 */
export function riskEntryFromWarning(warning: WarningLike, make: { id: string; now: string }): RiskEntry {
  const today = make.now.slice(0, 10);
  const counties = [...new Set(warning.adcodes.filter((a) => /^\d{6}$/.test(a)))].slice(0, RISK_LIMITS.counties);
  const linkId = (warning.id ?? `${warning.indicatorId}@${warning.year}`).slice(0, 200) || 'warning';
  return {
    id: make.id,
    category: 'execution',
    title: warning.title.trim().slice(0, RISK_LIMITS.title) || warning.indicatorId.slice(0, RISK_LIMITS.title) || 'warning',
    description: warning.description.trim().slice(0, RISK_LIMITS.description),
    counties,
    owner: '',
    level: 2,
    status: 'open',
    due: null,
    link: { kind: 'warning', id: linkId },
    actions: [{ date: today, text: `${warning.indicatorId} · ${warning.year}`.slice(0, RISK_LIMITS.actionText) }],
    createdAt: make.now,
    updatedAt: make.now,
  };
}
