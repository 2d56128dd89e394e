/** The labour and industry scenarios of the two plans a matching view asks for. */
import { DEFAULT_LABOUR_WEIGHTS } from './labour-utility';
import { DEFAULT_LABOUR_SCENARIO, type EastReach, type LabourScenario } from './labour-scenario';
import { DEFAULT_INDUSTRY_SCENARIO, type IndustryScenario } from './industry-plan';
import type { MatchingView } from './matching-view';

/** The labour scenario of one plan of the view. */
export function labourScenarioOf(m: MatchingView, reach: EastReach): LabourScenario {
  return {
    ...DEFAULT_LABOUR_SCENARIO,
    structure: m.structure,
    reach,
    east: m.east,
    skills: m.skill ? [m.skill] : null,
    weights: { ...DEFAULT_LABOUR_WEIGHTS, partnerBonus: m.partnerBonus, travelCostPerKm: m.travelCostPerKm },
  };
}

/** The industry scenario of one plan of the view. */
export function industryScenarioOf(m: MatchingView, reach: EastReach): IndustryScenario {
  return { ...DEFAULT_INDUSTRY_SCENARIO, structure: m.structure, reach, east: m.east };
}
