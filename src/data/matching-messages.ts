/** The messages between the page and the matching worker (src/data/matching.worker.ts). */
import type { LabourScenario } from '../model/matching/labour-scenario';
import type { IndustryScenario, IndustryPlan } from '../model/matching/industry-plan';
import type { LabourPlan } from '../model/matching/labour-plan';
import type { PackedLabourFlows } from '../model/matching/packed-flows';

/** What every fresh worker gets: absolute URLs of the files it reads (resolved against the page). */
export interface MatchingInit {
  counties: string;
  pairings: string;
  labour: string;
  industry: string;
}

/** One solve. */
export type MatchingRequest = { kind: 'labour'; scenario: LabourScenario } | { kind: 'industry'; scenario: IndustryScenario };

/** A labour plan with its flows packed in columns. */
export type PackedLabourPlan = Omit<LabourPlan, 'flows'> & { flows: PackedLabourFlows };

/** The answer: the plan, and the milliseconds it took to load the solver when this request was the first (cold). */
export type MatchingResult =
  | { kind: 'labour'; plan: PackedLabourPlan; coldMs: number | null; sample: boolean }
  | { kind: 'industry'; plan: IndustryPlan; coldMs: number | null; sample: boolean };
