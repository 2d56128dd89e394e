/**
 * The transparent utility of placing one worker in one job, in yuan per month: the wage (less for untrained
 * workers), minus the monthly cost of the distance travelled, plus the value of housing and of training offered
 * (training counts for untrained workers only), plus a configurable bonus when both ends are official partners.
 */
import { geoDistance } from 'd3-geo';

/** Mean Earth radius for great-circle distances. */
const EARTH_RADIUS_KM = 6371;

/** Weights of the utility; every one is shown in the explanation of each assignment. */
export interface LabourWeights {
  /** Monthly-equivalent travel and separation cost per km between anchor points (yuan/km). */
  travelCostPerKm: number;
  /** Fixed monthly cost of leaving the county at all (yuan). */
  moveCost: number;
  /** Value of housing provided by the employer (yuan/month). */
  housingValue: number;
  /** Value of training offered, to an untrained worker (yuan/month). */
  trainingValue: number;
  /** Bonus when county and city are official partners in the chosen structure (yuan/month). */
  partnerBonus: number;
  /** Share of the posted wage an untrained worker earns (0–1). */
  untrainedWageShare: number;
}

/** The default weights (the view state stores only departures from these). */
export const DEFAULT_LABOUR_WEIGHTS: Readonly<LabourWeights> = {
  travelCostPerKm: 0.5,
  moveCost: 300,
  housingValue: 600,
  trainingValue: 300,
  partnerBonus: 400,
  untrainedWageShare: 0.85,
};

/** One job offer as the utility sees it. */
export interface JobOffer {
  wage: number;
  housing: boolean;
  training: boolean;
}

/** The parts of the utility of one assignment (yuan/month); `total` is their sum. */
export interface UtilityComponents {
  wage: number;
  travel: number;
  housing: number;
  training: number;
  partner: number;
  total: number;
}

/** The utility of a worker (trained or not) taking `offer` at `distanceKm`, with or without the partner bonus. */
export function labourUtility(weights: LabourWeights, offer: JobOffer, trained: boolean, distanceKm: number, partner: boolean): UtilityComponents {
  const wage = offer.wage * (trained ? 1 : weights.untrainedWageShare);
  const travel = distanceKm > 0 ? -(weights.moveCost + weights.travelCostPerKm * distanceKm) : 0;
  const housing = offer.housing ? weights.housingValue : 0;
  const training = offer.training && !trained ? weights.trainingValue : 0;
  const bonus = partner ? weights.partnerBonus : 0;
  return { wage, travel, housing, training, partner: bonus, total: wage + travel + housing + training + bonus };
}

/** Great-circle distance in km between two [lng, lat] anchor points (d3-geo on a 6371 km sphere). */
export function greatCircleKm(a: readonly [number, number], b: readonly [number, number]): number {
  return geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;
}
