/** The messages between the page and the matching worker (src/data/matching.worker.ts). */
import type { LabourScenario } from '../model/matching/labour-scenario';
import type { IndustryScenario, IndustryPlan } from '../model/matching/industry-plan';
import type { LabourPlan } from '../model/matching/labour-plan';
import type { PackedSkillOutcome } from '../model/matching/packed-outcomes';
import type { SkillId } from '../model/matching/skills';
import type { PackedLabourFlows } from '../model/matching/packed-flows';
import type { ImportedLabourTable, LabourTableCheck } from '../model/matching/labour-imported';
import type { ImportedIndustryTable, IndustryTableCheck } from '../model/matching/industry-imported';
import type { LocalText } from '../model/indicators/dataset';

/** What every fresh worker gets: absolute URLs of the files it reads (resolved against the page). */
export interface MatchingInit {
  counties: string;
  pairings: string;
  labour: string;
  industry: string;
  /** The user's imported labour tables, laid over labour.json in this order (checked before they get here). */
  labourTables: ImportedLabourTable[];
  /** The user's imported county endowment tables, laid over industry.json in this order (checked likewise). */
  industryTables: ImportedIndustryTable[];
}

/** One solve. */
export type MatchingRequest = { kind: 'labour'; scenario: LabourScenario } | { kind: 'industry'; scenario: IndustryScenario };

/** A labour plan with its flows packed in columns. */
export type PackedLabourPlan = Omit<LabourPlan, 'flows'> & { flows: PackedLabourFlows };

/**
 * The answer: the plan, the milliseconds it took to load the solver when this request was the first (cold),
 * whether sample data went into it, and the label of the user's labour tables in it (null: none); an industry
 * plan also carries the label of the user's county endowment tables in it (null: none).
 */
export type MatchingResult =
  | { kind: 'labour'; plan: PackedLabourPlan; coldMs: number | null; sample: boolean; dataLabel: LocalText | null }
  | { kind: 'industry'; plan: IndustryPlan; coldMs: number | null; sample: boolean; dataLabel: LocalText | null; industryLabel: LocalText | null };

/** Lays imported tables over the sample labour data, without keeping them: does each fit? */
export interface CheckLabourRequest {
  kind: 'check-labour';
  tables: ImportedLabourTable[];
}

/** The check's answer: what each table changed, or why the last one does not fit. */
export interface CheckLabourAnswer {
  kind: 'check-labour';
  ok: boolean;
  checks: LabourTableCheck[];
  error: LocalText | null;
}

/** Lays imported county endowment tables over the sample industry data, without keeping them: does each fit? */
export interface CheckIndustryRequest {
  kind: 'check-industry';
  tables: ImportedIndustryTable[];
}

/** The industry check's answer: what each table changed, or why the last one does not fit. */
export interface CheckIndustryAnswer {
  kind: 'check-industry';
  ok: boolean;
  checks: IndustryTableCheck[];
  error: LocalText | null;
}

/**
 * Some skills of a labour plan, asked of a helper worker by the worker solving the plan (labour-split.ts); the
 * answer's outcomes are merged there, in skill order, so which worker solved which skill never shows in the plan.
 */
export interface LabourPartRequest {
  kind: 'labour-part';
  scenario: LabourScenario;
  skills: SkillId[];
}

/** The outcomes of a part's skills, in the order asked, their flows packed (transferred, not cloned). */
export interface LabourPartAnswer {
  kind: 'labour-part';
  outcomes: PackedSkillOutcome[];
}

/** Everything the worker is asked and answers. */
export type MatchingWorkerRequest = MatchingRequest | CheckLabourRequest | CheckIndustryRequest | LabourPartRequest;
export type MatchingWorkerAnswer = MatchingResult | CheckLabourAnswer | CheckIndustryAnswer | LabourPartAnswer;
