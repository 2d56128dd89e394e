/** The labour and industry scenarios of the two plans a matching view asks for. */
import { DEFAULT_LABOUR_WEIGHTS } from './labour-utility';
import { DEFAULT_LABOUR_SCENARIO, type EastReach, type LabourScenario } from './labour-scenario';
import { DEFAULT_INDUSTRY_SCENARIO, type IndustryScenario } from './industry-plan';
import type { MatchingView } from './matching-view';

/** Whether the view's training programme applies to plan A (slot 0) or plan B (slot 1). */
export function trainingApplies(m: MatchingView, slot: 0 | 1): boolean {
  return m.trainPlaces.length > 0 && m.trainShare > 0 && (m.trainPlan === 'both' || m.trainPlan === (slot === 0 ? 'a' : 'b'));
}

/** The labour scenario of one plan (slot 0: plan A, 1: plan B) of the view. */
export function labourScenarioOf(m: MatchingView, reach: EastReach, slot: 0 | 1 = 0): LabourScenario {
  return {
    ...DEFAULT_LABOUR_SCENARIO,
    structure: m.structure,
    reach,
    east: m.east,
    skills: m.skill ? [m.skill] : null,
    weights: { ...DEFAULT_LABOUR_WEIGHTS, partnerBonus: m.partnerBonus, travelCostPerKm: m.travelCostPerKm },
    training: trainingApplies(m, slot) ? { places: [...m.trainPlaces], share: m.trainShare } : null,
  };
}

/** The industry scenario of one plan of the view. */
export function industryScenarioOf(m: MatchingView, reach: EastReach): IndustryScenario {
  return { ...DEFAULT_INDUSTRY_SCENARIO, structure: m.structure, reach, east: m.east };
}
