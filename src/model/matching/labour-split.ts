/**
 * The skills of a labour plan solved side by side: the skill groups share no constraint, so each is its own
 * programme and several workers (threads) can solve them at once. The split is fixed before any solve — longest
 * first onto the least loaded worker, by a static cost estimate from the data, never by measured time — and the
 * outcomes are merged in the scenario's skill order by the same code as the serial solve, so the plan is the same
 * (byte for byte, timings aside) whichever worker solved which skill and in whatever order they finished.
 */
import type { LpSolver } from '../../lib/lp-solver';
import type { WorkerRun } from '../../lib/worker-client';
import type { LabourData } from './matching-data';
import type { LabourScenario } from './labour-scenario';
import { mergeLabourSkillOutcomes, scenarioSkills, solveLabourSkills, type LabourInputs, type LabourPlan, type LabourSkillOutcome } from './labour-plan';
import type { SkillId } from './skills';

/** At most this many workers per plan: each holds its own copy of the data and of HiGHS (≈ 0.3–0.5 GB at full size). */
export const MAX_LABOUR_WORKERS = 4;

/** Workers for a plan: one per core, at most one per skill and at most `cap`. */
export function labourWorkerCount(cores: number, skills: number, cap = MAX_LABOUR_WORKERS): number {
  return Math.max(1, Math.min(Math.floor(cores) || 1, skills, cap));
}

/**
 * Expected solve cost of one skill, from the data alone: the simplex takes a number of iterations in proportion to
 * the rows (≈ 0.25 per row from the warm start, BASELINE.md) and each iteration costs in proportion to the rows, so
 * rows squared. Rows are the supply groups with people and the destinations with vacancies.
 */
export function labourSkillCost(data: LabourData, skill: SkillId): number {
  const positive = (xs: readonly number[] | undefined): number => (xs ?? []).reduce((n, x) => (x > 0 ? n + 1 : n), 0);
  const rows = positive(data.supply[skill]) + positive(data.localDemand[skill]?.vacancies) + positive(data.capitalDemand[skill]?.vacancies) + positive(data.cityDemand[skill]?.vacancies);
  return rows * rows;
}

/**
 * Splits skills onto `workers` parts: longest first (ties in the given order) onto the least loaded part (ties to
 * the lowest index); each part keeps the given order, empty parts are dropped. Depends on its arguments only.
 */
export function splitLabourSkills(skills: readonly SkillId[], costs: readonly number[], workers: number): SkillId[][] {
  const n = Math.max(1, Math.min(workers, skills.length));
  const load = new Array<number>(n).fill(0);
  const part = new Array<number>(skills.length).fill(0);
  const order = skills.map((_, i) => i).sort((a, b) => costs[b]! - costs[a]! || a - b);
  for (const i of order) {
    let w = 0;
    for (let k = 1; k < n; k++) if (load[k]! < load[w]!) w = k;
    part[i] = w;
    load[w]! += costs[i]!;
  }
  const parts = Array.from({ length: n }, (): SkillId[] => []);
  skills.forEach((s, i) => parts[part[i]!]!.push(s));
  return parts.filter((p) => p.length > 0);
}

/** The fixed split of a scenario's skills onto at most `workers` parts. */
export function labourSplit(data: LabourData, scenario: LabourScenario, workers: number): SkillId[][] {
  const skills = scenarioSkills(data, scenario);
  return splitLabourSkills(skills, skills.map((s) => labourSkillCost(data, s)), workers);
}

/** How a split solve reaches its other workers. */
export interface LabourSplitOptions {
  /** Parts wanted (the plan's worker count, this thread included). */
  workers: number;
  /** Starts solving `skills` (in that order) in another worker; part ≥ 1 (part 0 is solved in this thread). */
  startPart: (skills: SkillId[], part: number) => WorkerRun<LabourSkillOutcome[]>;
  now?: () => number;
}

/** A split solve under way. */
export interface LabourSplitRun {
  /** The plan, or a rejection when a part failed or the run was cancelled (the other parts are then cancelled). */
  result: Promise<LabourPlan>;
  /** Cancels every part still running elsewhere. */
  cancel: () => void;
}

/** Lets queued messages go out (the other parts' requests) before this thread starts its own synchronous solve. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Solves a plan split over workers: parts 1… start elsewhere, part 0 is solved here meanwhile, then the outcomes
 * are merged in skill order. With one part it is the serial solve. `plan.solveMs` is the wall time of it all.
 */
export function solveLabourPlanSplit(inputs: LabourInputs, scenario: LabourScenario, solver: LpSolver, options: LabourSplitOptions): LabourSplitRun {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const skills = scenarioSkills(inputs.data, scenario);
  const parts = labourSplit(inputs.data, scenario, options.workers);
  const remote = parts.slice(1).map((p, i) => options.startPart(p, i + 1));
  let cancelled = false;
  const cancel = (): void => {
    cancelled = true;
    for (const r of remote) r.cancel();
  };
  // A part that fails cancels the others at once (not only when this thread gets to it).
  const elsewhere = Promise.all(remote.map(async (r, k) => {
    const outcome = await r.result;
    if (!outcome.ok) throw new Error(`labour part ${k + 1} (${parts[k + 1]!.join(', ')}): ${outcome.error.kind}: ${outcome.error.message}`);
    return outcome.value;
  }));
  let failure: unknown = null;
  elsewhere.catch((error: unknown) => {
    failure = error;
    cancel();
  });
  const stopped = (): Error => (failure instanceof Error ? failure : new Error('cancelled'));
  const result = (async (): Promise<LabourPlan> => {
    if (remote.length > 0) await yieldToEventLoop();
    if (cancelled) throw stopped();
    const bySkill = new Map<SkillId, LabourSkillOutcome>();
    for (const o of solveLabourSkills(inputs, scenario, parts[0] ?? [], solver, now)) bySkill.set(o.run.skill, o);
    for (const o of (await elsewhere).flat()) bySkill.set(o.run.skill, o);
    if (cancelled) throw stopped();
    const outcomes = skills.map((s) => {
      const o = bySkill.get(s);
      if (!o) throw new Error(`labour plan: no outcome for skill ${s}`);
      return o;
    });
    return mergeLabourSkillOutcomes(inputs, scenario, solver.name, outcomes, now() - started, parts.length);
  })();
  return { result, cancel };
}
