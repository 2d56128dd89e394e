/**
 * Why each flow of an optimal labour plan is what it is, read off the optimal primal and dual solution: the
 * utility's parts, the constraints that bind (supply exhausted, vacancies full, willingness), the runner-up
 * destination with its reduced cost (how much utility per person the plan would lose by sending one person
 * there instead), and the shadow prices of the supply group and of the destination's vacancies.
 */
import type { PricedSolution } from './pricing-loop';
import { arcComponents, type DestinationKind, type LabourSkillProblem } from './labour-problem';
import type { UtilityComponents } from './labour-utility';
import type { LabourScenario } from './labour-scenario';
import { groupIsTrained, groupWillingness, SUPPLY_GROUPS, type SkillId, type SupplyGroup } from './skills';

/** A constraint that holds an assignment where it is. */
export type BindingConstraint = 'supply' | 'vacancies' | 'willingness';

/** One flow of people from a county's supply group to a destination, with its explanation. */
export interface LabourFlow {
  skill: SkillId;
  county: string;
  group: SupplyGroup;
  destKind: DestinationKind;
  dest: string;
  people: number;
  distanceKm: number;
  /** Pairing id when county and city are official partners. */
  pairing: string | null;
  utility: UtilityComponents;
  binding: BindingConstraint[];
  /** The best other destination of the same group, and its reduced cost (≤ 0 at the optimum). */
  runnerUp: { destKind: DestinationKind; dest: string; utility: number; reducedCost: number } | null;
  /** Utility one more person of this group would add (the supply row's dual). */
  supplyShadow: number;
  /** Utility one more vacancy of this skill at the destination would add (the destination row's dual). */
  vacancyShadow: number;
  /** Utility one more trained worker of the same willingness in the county would add (its row's dual; null when the county has none). */
  trainedShadow: number | null;
}

/** Relative tolerance for "this row is tight". */
const TIGHT = 1e-6;

/** Explains every arc with a positive flow, in arc order (deterministic). */
export function explainLabourFlows(problem: LabourSkillProblem, solution: PricedSolution, scenario: LabourScenario): LabourFlow[] {
  const S = problem.supplies.length;
  const out: LabourFlow[] = [];
  const supplyUsed = new Float64Array(S);
  const destUsed = new Float64Array(problem.destinations.length);
  for (let a = 0; a < problem.arcSupply.length; a++) {
    const x = solution.colValue[a]!;
    if (x <= 0) continue;
    supplyUsed[problem.arcSupply[a]!]! += x;
    destUsed[problem.arcDest[a]!]! += x;
  }
  // Supply index of each (county, group), for the trained worker's shadow price.
  const nodeOf = new Map<string, number>();
  problem.supplies.forEach((s, i) => nodeOf.set(`${s.county}|${s.group}`, i));
  for (let s = 0; s < S; s++) {
    const node = problem.supplies[s]!;
    const from = problem.firstArc[s]!;
    const to = problem.firstArc[s + 1]!;
    for (let a = from; a < to; a++) {
      const x = solution.colValue[a]!;
      if (x <= 1e-9) continue;
      const d = problem.arcDest[a]!;
      const dest = problem.destinations[d]!;
      const utility = arcComponents(problem, a, scenario);
      const binding: BindingConstraint[] = [];
      if (supplyUsed[s]! >= node.people * (1 - TIGHT)) binding.push('supply');
      if (destUsed[d]! >= dest.vacancies * (1 - TIGHT)) binding.push('vacancies');
      const willingness = groupWillingness(node.group);
      if (willingness !== 'far') {
        if (problem.bestEastUtility[s]! > utility.total) binding.push('willingness');
      }
      let runner = -1;
      for (let b = from; b < to; b++) {
        if (b === a || solution.colValue[b]! > 1e-9) continue;
        if (runner < 0 || solution.reducedCost[b]! > solution.reducedCost[runner]!) runner = b;
      }
      const trainedNode = groupIsTrained(node.group) ? s : nodeOf.get(`${node.county}|${node.group + 3}`);
      out.push({
        skill: problem.skill,
        county: node.county,
        group: SUPPLY_GROUPS[node.group]!,
        destKind: dest.kind,
        dest: dest.adcode,
        people: Math.round(x),
        distanceKm: Math.round(problem.arcKm[a]!),
        pairing: problem.arcPairing[a] ?? null,
        utility,
        binding,
        runnerUp: runner < 0 ? null : {
          destKind: problem.destinations[problem.arcDest[runner]!]!.kind,
          dest: problem.destinations[problem.arcDest[runner]!]!.adcode,
          utility: problem.arcUtility[runner]!,
          reducedCost: solution.reducedCost[runner]!,
        },
        supplyShadow: solution.rowDual[s] ?? 0,
        vacancyShadow: solution.rowDual[S + d] ?? 0,
        trainedShadow: trainedNode === undefined ? null : solution.rowDual[trainedNode] ?? 0,
      });
    }
  }
  return out;
}
