/**
 * The options of one labour plan: which pairing structure, whether eastern jobs are open to every western county
 * or only to official partners, an optional eastern partner to plan for, the skill groups, the utility weights and
 * an optional training programme.
 */
import type { PartnershipStructure } from '../partnership/pairings';
import { DEFAULT_LABOUR_WEIGHTS, type LabourWeights } from './labour-utility';
import type { SkillId } from './skills';

/** Which eastern cities a far-willing worker may go to. */
export type EastReach = 'paired' | 'any';

/** A training programme: in the listed places (county, prefecture or province adcodes) `share` of the untrained become trained. */
export interface TrainingProgramme {
  places: readonly string[];
  share: number;
}

/** One labour scenario. */
export interface LabourScenario {
  structure: PartnershipStructure;
  reach: EastReach;
  /** An eastern province or municipality (adcode): only its cities hire; with `paired`, only its partners send. */
  east: string | null;
  /** Skill groups to solve; null for all. */
  skills: readonly SkillId[] | null;
  weights: LabourWeights;
  training: TrainingProgramme | null;
  /** Share of every eastern city's vacancies that must be filled (0: none); a quota that can make a plan infeasible. */
  minEastFill: number;
}

/** The default scenario: 2021 structure, any eastern city, all skills, default weights. */
export const DEFAULT_LABOUR_SCENARIO: Readonly<LabourScenario> = {
  structure: 2021,
  reach: 'any',
  east: null,
  skills: null,
  weights: DEFAULT_LABOUR_WEIGHTS,
  training: null,
  minEastFill: 0,
};

/** Whether an adcode lies in a place given by county, prefecture or province adcode. */
export function inPlace(adcode: string, place: string): boolean {
  if (place.endsWith('0000')) return adcode.slice(0, 2) === place.slice(0, 2);
  if (place.endsWith('00')) return adcode.slice(0, 4) === place.slice(0, 4);
  return adcode === place;
}
