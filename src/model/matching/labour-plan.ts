/**
 * One labour plan end to end: per skill group, build the transportation problem, solve it exactly with the
 * pricing loop (candidate arcs first, every omitted arc priced with the duals until none improves), explain each
 * flow, and sum up — people placed, average wage, distances, vacancies and supply left, the share placed with
 * official partners — plus one summary per pairing for the partnership scorecard. Skill groups share no
 * constraint, so each is its own programme.
 */
import type { LpSolver, LpStatus } from '../../lib/lp-solver';
import type { Pairing } from '../partnership/pairings';
import type { PricedSolution } from './pricing-loop';
import { labourClusterings } from './labour-clusters';
import { solveTransportWarm } from './transport-warm-start';
import { buildLabourSkillProblem, labourGeometryOf, labourTransport, type LabourSkillProblem } from './labour-problem';
import { explainLabourFlows, type LabourFlow } from './labour-explain';
import type { LabourData } from './matching-data';
import type { MatchingGeo } from './matching-geo';
import type { PartnerLinks } from './partner-links';
import type { LabourScenario } from './labour-scenario';
import { SKILL_IDS, type SkillId } from './skills';

/** Totals of a plan (all skills together). */
export interface LabourTotals {
  supply: number;
  placed: number;
  placedEast: number;
  placedCapital: number;
  placedLocal: number;
  /** People-weighted mean of the posted wage of the jobs taken (yuan/month). */
  averageWage: number;
  /** Sum of people × km. */
  totalDistanceKm: number;
  averageDistanceKm: number;
  vacancies: number;
  vacanciesLeft: number;
  eastVacanciesLeft: number;
  supplyLeft: number;
  /** Share of people placed in the east who went to an official partner city (0 when none went east). */
  partnerShare: number;
  objective: number;
}

/** The solve of one skill group. */
export interface LabourSkillRun {
  skill: SkillId;
  status: LpStatus;
  objective: number;
  /** Arcs of the full problem (every pair the scenario allows). */
  variables: number;
  constraints: number;
  /** Arcs in the last solved (restricted) programme. */
  columnsSolved: number;
  /** Solves of the full problem's pricing loop (the aggregated levels' not counted). */
  rounds: number;
  /** Simplex iterations of the whole solve, the aggregated levels' included. */
  iterations: number;
  proven: boolean;
  solveMs: number;
}

/** What flows along one official pairing, for the scorecard; an unused pairing says why. */
export interface PairingSummary {
  pairing: string;
  east: string;
  west: string;
  people: number;
  flows: number;
  averageWage: number;
  /** When nothing flows: the best unused arc of the pairing and its reduced cost, and the reason. */
  idle: { county: string; city: string; skill: SkillId; reducedCost: number; reason: 'no-far-workers' | 'no-vacancies' | 'better-elsewhere' | 'cities-full' } | null;
}

/** A solved labour plan. */
export interface LabourPlan {
  solver: string;
  status: LpStatus;
  objective: number;
  /** Wall time of the whole plan (all workers together). */
  solveMs: number;
  /** How many workers (threads) solved its skills: 1 = one after another in one thread. */
  workers: number;
  variables: number;
  constraints: number;
  columnsSolved: number;
  skills: LabourSkillRun[];
  totals: LabourTotals;
  flows: LabourFlow[];
  pairings: PairingSummary[];
}

/** Inputs every plan needs. */
export interface LabourInputs {
  data: LabourData;
  geo: MatchingGeo;
  links: PartnerLinks;
  pairs: readonly Pairing[];
}

const worst = (a: LpStatus, b: LpStatus): LpStatus => {
  const order: LpStatus[] = ['optimal', 'time-limit', 'infeasible', 'unbounded', 'error'];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
};

/** The skills a scenario solves, in the data's order. */
export function scenarioSkills(data: LabourData, scenario: LabourScenario): SkillId[] {
  const wanted = scenario.skills ?? SKILL_IDS;
  return data.skills.filter((s) => wanted.includes(s));
}

/** Builds the problems of every skill of the scenario. */
export function buildLabourProblems(inputs: LabourInputs, scenario: LabourScenario): LabourSkillProblem[] {
  const geometry = labourGeometryOf(inputs.data, inputs.geo, inputs.links);
  return scenarioSkills(inputs.data, scenario).map((s) => buildLabourSkillProblem(inputs.data, s, inputs.geo, inputs.links, scenario, geometry));
}

/** The best arc of one pairing in one skill, for the pairing's "why nothing flows" when none does. */
export interface PairingArc {
  pairing: string;
  county: string;
  city: string;
  skill: SkillId;
  reducedCost: number;
  reason: 'better-elsewhere' | 'cities-full';
}

/**
 * What the solve of one skill contributes to a plan, without its problem or solution arrays: enough to merge the
 * skills into a plan in any process (the skills may be solved by different workers, see labour-split.ts).
 */
export interface LabourSkillOutcome {
  run: LabourSkillRun;
  /** Its explained flows (none when the skill did not solve). */
  flows: LabourFlow[];
  /** The posted wage of each flow's job, by flow. */
  flowWages: number[];
  supply: number;
  vacancies: number;
  supplyLeft: number;
  vacanciesLeft: number;
  eastVacanciesLeft: number;
  /** Per pairing with an arc of this skill, its best arc (largest reduced cost; the first in arc order on ties). */
  pairingArcs: PairingArc[];
  /** Pairings whose western end has far-willing workers of this skill. */
  farPairings: string[];
}

const solved = (status: LpStatus): boolean => status === 'optimal' || status === 'time-limit';

/** Solves one skill's problem and reduces it to what the plan needs. */
export function solveLabourSkill(problem: LabourSkillProblem, scenario: LabourScenario, links: PartnerLinks, solver: LpSolver, now: () => number = () => performance.now()): LabourSkillOutcome {
  const t0 = now();
  // Started from prices of the problem aggregated by province, then prefecture (transport-warm-start.ts).
  const solution = solveTransportWarm(labourTransport(problem), labourClusterings(problem), solver);
  const solveMs = now() - t0;
  const run: LabourSkillRun = {
    skill: problem.skill, status: solution.status, objective: solution.objective, variables: problem.arcSupply.length,
    constraints: problem.supplies.length + problem.destinations.length, columnsSolved: solution.columnsSolved,
    rounds: solution.rounds, iterations: solution.iterations + solution.startIterations, proven: solution.proven, solveMs,
  };
  const supply = problem.supplies.reduce((s, n) => s + n.people, 0);
  const vacancies = problem.destinations.reduce((s, d) => s + d.vacancies, 0);
  const outcome: LabourSkillOutcome = {
    run, flows: [], flowWages: [], supply, vacancies, supplyLeft: supply, vacanciesLeft: vacancies,
    eastVacanciesLeft: problem.destinations.filter((d) => d.kind === 'east').reduce((s, d) => s + d.vacancies, 0),
    pairingArcs: bestPairingArcs(problem, solution), farPairings: farWillingPairings(problem, links),
  };
  if (!solved(solution.status)) return outcome;
  const flows = explainLabourFlows(problem, solution, scenario);
  const destOf = new Map(problem.destinations.map((d) => [`${d.kind}|${d.adcode}`, d]));
  const filled = new Map<string, number>();
  for (const f of flows) {
    const key = `${f.destKind}|${f.dest}`;
    outcome.flowWages.push(destOf.get(key)?.offer.wage ?? 0);
    filled.set(key, (filled.get(key) ?? 0) + f.people);
  }
  const placedHere = flows.reduce((s, f) => s + f.people, 0);
  outcome.flows = flows;
  outcome.supplyLeft = Math.max(0, supply - placedHere);
  outcome.vacanciesLeft = 0;
  outcome.eastVacanciesLeft = 0;
  for (const d of problem.destinations) {
    const left = Math.max(0, d.vacancies - (filled.get(`${d.kind}|${d.adcode}`) ?? 0));
    outcome.vacanciesLeft += left;
    if (d.kind === 'east') outcome.eastVacanciesLeft += left;
  }
  return outcome;
}

/** The best arc (largest reduced cost) of each pairing in one skill, with the reason it loses. */
function bestPairingArcs(problem: LabourSkillProblem, solution: PricedSolution): PairingArc[] {
  const rc = solution.reducedCost;
  const best = new Map<string, number>();
  for (let a = 0; a < problem.arcPairing.length; a++) {
    const id = problem.arcPairing[a];
    if (!id) continue;
    const known = best.get(id);
    if (known === undefined || rc[a]! > rc[known]!) best.set(id, a);
  }
  return [...best].map(([pairing, a]): PairingArc => {
    const supplyIndex = problem.arcSupply[a]!;
    const destIndex = problem.arcDest[a]!;
    const supplyDual = solution.rowDual[supplyIndex] ?? 0;
    const destDual = solution.rowDual[problem.supplies.length + destIndex] ?? 0;
    // The arc loses against the city's shadow price (its vacancies are worth more to others) or the group's
    // (its people do better elsewhere): whichever takes the larger part of its utility.
    const reason = destDual > supplyDual ? 'cities-full' : 'better-elsewhere';
    return { pairing, county: problem.supplies[supplyIndex]!.county, city: problem.destinations[destIndex]!.adcode, skill: problem.skill, reducedCost: rc[a]!, reason };
  });
}

/** Pairings of the counties that have far-willing workers (group index 2 or 5) in this skill. */
function farWillingPairings(problem: LabourSkillProblem, links: PartnerLinks): string[] {
  const ids = new Set<string>();
  for (const n of problem.supplies) if (n.group % 3 === 2) for (const p of links.pairingsOfCounty(n.county)) ids.add(p.id);
  return [...ids];
}

/** Builds and solves the given skills (in that order), sharing one geometry. */
export function solveLabourSkills(inputs: LabourInputs, scenario: LabourScenario, skills: readonly SkillId[], solver: LpSolver, now: () => number = () => performance.now()): LabourSkillOutcome[] {
  const geometry = labourGeometryOf(inputs.data, inputs.geo, inputs.links);
  // One problem at a time: its arrays are garbage once its outcome is taken.
  return skills.map((s) => solveLabourSkill(buildLabourSkillProblem(inputs.data, s, inputs.geo, inputs.links, scenario, geometry), scenario, inputs.links, solver, now));
}

function summarisePairings(inputs: LabourInputs, scenario: LabourScenario, outcomes: readonly LabourSkillOutcome[], flows: readonly LabourFlow[], wages: readonly number[]): PairingSummary[] {
  const pairs = inputs.pairs.filter((p) => p.structure === scenario.structure);
  const byPairing = new Map<string, { people: number; flows: number; wage: number }>();
  flows.forEach((f, i) => {
    if (!f.pairing) return;
    const s = byPairing.get(f.pairing) ?? { people: 0, flows: 0, wage: 0 };
    s.people += f.people;
    s.flows += 1;
    s.wage += f.people * wages[i]!;
    byPairing.set(f.pairing, s);
  });
  // The best unused arc of each pairing over all skills: a later skill's wins only when strictly better.
  const bestArc = new Map<string, PairingArc>();
  for (const o of outcomes) {
    for (const arc of o.pairingArcs) {
      const known = bestArc.get(arc.pairing);
      if (!known || arc.reducedCost > known.reducedCost) bestArc.set(arc.pairing, arc);
    }
  }
  const far = new Set(outcomes.flatMap((o) => o.farPairings));
  return pairs.map((p): PairingSummary => {
    const base = { pairing: p.id, east: p.east.adcode, west: p.west.adcode };
    const s = byPairing.get(p.id);
    if (s && s.people > 0) return { ...base, people: s.people, flows: s.flows, averageWage: s.wage / s.people, idle: null };
    const best = bestArc.get(p.id);
    if (!best) {
      // No arc at all: the pairing's counties have no far-willing workers, or its cities no vacancies here.
      return { ...base, people: 0, flows: 0, averageWage: 0, idle: { county: '', city: '', skill: outcomes[0]?.run.skill ?? 'construction', reducedCost: 0, reason: far.has(p.id) ? 'no-vacancies' : 'no-far-workers' } };
    }
    return { ...base, people: 0, flows: 0, averageWage: 0, idle: { county: best.county, city: best.city, skill: best.skill, reducedCost: best.reducedCost, reason: best.reason } };
  });
}

/**
 * Merges the skills' outcomes, in the scenario's skill order, into a plan. Every sum runs in that order, so the
 * plan is the same whichever process solved which skill; `solveMs` is the caller's (wall) time, `workers` how
 * many solved it.
 */
export function mergeLabourSkillOutcomes(inputs: LabourInputs, scenario: LabourScenario, solverName: string, outcomes: readonly LabourSkillOutcome[], solveMs: number, workers = 1): LabourPlan {
  const runs = outcomes.map((o) => o.run);
  const flows: LabourFlow[] = [];
  const wages: number[] = [];
  let status: LpStatus = 'optimal';
  const totals: LabourTotals = {
    supply: 0, placed: 0, placedEast: 0, placedCapital: 0, placedLocal: 0, averageWage: 0, totalDistanceKm: 0, averageDistanceKm: 0,
    vacancies: 0, vacanciesLeft: 0, eastVacanciesLeft: 0, supplyLeft: 0, partnerShare: 0, objective: 0,
  };
  let wageSum = 0;
  let partnerEast = 0;
  for (const o of outcomes) {
    status = worst(status, o.run.status);
    totals.supply += o.supply;
    totals.vacancies += o.vacancies;
    totals.supplyLeft += o.supplyLeft;
    totals.vacanciesLeft += o.vacanciesLeft;
    totals.eastVacanciesLeft += o.eastVacanciesLeft;
    if (!solved(o.run.status)) continue;
    totals.objective += o.run.objective;
    o.flows.forEach((f, i) => {
      const wage = o.flowWages[i]!;
      totals.placed += f.people;
      wageSum += f.people * wage;
      totals.totalDistanceKm += f.people * f.distanceKm;
      if (f.destKind === 'east') {
        totals.placedEast += f.people;
        if (f.pairing) partnerEast += f.people;
      } else if (f.destKind === 'capital') totals.placedCapital += f.people;
      else totals.placedLocal += f.people;
      flows.push(f);
      wages.push(wage);
    });
  }
  totals.averageWage = totals.placed > 0 ? wageSum / totals.placed : 0;
  totals.averageDistanceKm = totals.placed > 0 ? totals.totalDistanceKm / totals.placed : 0;
  totals.partnerShare = totals.placedEast > 0 ? partnerEast / totals.placedEast : 0;
  return {
    solver: solverName,
    status,
    objective: totals.objective,
    solveMs,
    workers,
    variables: runs.reduce((s, r) => s + r.variables, 0),
    constraints: runs.reduce((s, r) => s + r.constraints, 0),
    columnsSolved: runs.reduce((s, r) => s + r.columnsSolved, 0),
    skills: runs,
    totals,
    flows,
    pairings: summarisePairings(inputs, scenario, outcomes, flows, wages),
  };
}

/** Solves the labour plan of a scenario in this thread, skill after skill; `now` is the clock for solve times (ms). */
export function solveLabourPlan(inputs: LabourInputs, scenario: LabourScenario, solver: LpSolver, now: () => number = () => performance.now()): LabourPlan {
  const started = now();
  const outcomes = solveLabourSkills(inputs, scenario, scenarioSkills(inputs.data, scenario), solver, now);
  return mergeLabourSkillOutcomes(inputs, scenario, solver.name, outcomes, now() - started);
}
