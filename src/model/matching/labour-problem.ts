/**
 * Builds the transportation problem of one skill group: supply nodes (county × trained/untrained × willingness),
 * destinations (the county's own 帮扶车间/公益岗位, the provincial capital, eastern cities), and every arc the
 * scenario allows with its utility, distance and partner pairing.
 */
import type { LpColumns, LpModel } from '../../lib/lp-solver';
import type { LngLat } from '../geo/county';
import type { LabourData } from './matching-data';
import type { MatchingGeo } from './matching-geo';
import type { PartnerLinks } from './partner-links';
import { greatCircleKm, labourUtility, type JobOffer, type UtilityComponents } from './labour-utility';
import { inPlace, type LabourScenario } from './labour-scenario';
import { groupIsTrained, groupWillingness, type SkillId } from './skills';
import type { LpRows } from './pricing-loop';
import { transportColumns, transportRows, type TransportProblem } from './transport-problem';

/** Kind of a destination. */
export type DestinationKind = 'local' | 'capital' | 'east';

/** A place with vacancies of the skill. */
export interface Destination {
  kind: DestinationKind;
  /** County adcode (local), capital prefecture adcode or eastern city adcode. */
  adcode: string;
  /** Western province of a local or capital destination; the eastern province of a city. */
  province: string;
  anchor: LngLat;
  vacancies: number;
  offer: JobOffer;
}

/** A group of workers of one county. */
export interface SupplyNode {
  county: string;
  province: string;
  anchor: LngLat;
  /** Index into SUPPLY_GROUPS. */
  group: number;
  people: number;
}

/** The problem of one skill, ready for the solver. */
export interface LabourSkillProblem {
  skill: SkillId;
  supplies: SupplyNode[];
  destinations: Destination[];
  /** Arc a goes from supplies[arcSupply[a]] to destinations[arcDest[a]]. */
  arcSupply: Int32Array;
  arcDest: Int32Array;
  arcUtility: Float64Array;
  arcKm: Float64Array;
  /** Pairing id of a partner arc, else null. */
  arcPairing: (string | null)[];
  /**
   * Per supply node, the best utility an eastern destination of the problem offers the node's county and training,
   * partner bonus aside (−Infinity when none): what a worker unwilling to go far gives up (the explanation's
   * willingness constraint).
   */
  bestEastUtility: Float64Array;
  /** Arcs of each supply node, by supply index: arcs[firstArc[s]..firstArc[s+1]). */
  firstArc: Int32Array;
  /** Lower bound per destination (a fill quota; 0 when none). */
  destMin: Float64Array;
}

/** Distances and pairings between western counties and eastern cities, computed once for all skills. */
export interface LabourGeometry {
  /** km[county * cities + city], by the data's county and city order (NaN when a place has no anchor). */
  km: Float64Array;
  /** Pairing id per county × city, or null. */
  pairing: (string | null)[];
  cities: number;
}

/** Computes the county × city distances and pairings of the data. */
export function buildLabourGeometry(data: LabourData, geo: MatchingGeo, links: PartnerLinks): LabourGeometry {
  const nC = data.counties.length;
  const nE = data.cities.length;
  const km = new Float64Array(nC * nE).fill(NaN);
  const pairing: (string | null)[] = new Array<string | null>(nC * nE).fill(null);
  const cityAnchors = data.cities.map((c) => geo.prefecturePoint(c));
  data.counties.forEach((county, i) => {
    const a = geo.countyPoint(county);
    if (!a) return;
    const partnered = links.pairingsOfCounty(county).length > 0;
    cityAnchors.forEach((b, k) => {
      if (b) km[i * nE + k] = greatCircleKm(a, b);
      if (partnered) pairing[i * nE + k] = links.pairingOf(county, data.cities[k]!);
    });
  });
  return { km, pairing, cities: nE };
}

let lastGeometry: { data: LabourData; geo: MatchingGeo; links: PartnerLinks; geometry: LabourGeometry } | null = null;

/**
 * buildLabourGeometry, kept for the last inputs: a re-solve of the same data (another scenario, another skill
 * split) reuses the ~96k county × city distances instead of computing them again.
 */
export function labourGeometryOf(data: LabourData, geo: MatchingGeo, links: PartnerLinks): LabourGeometry {
  if (lastGeometry && lastGeometry.data === data && lastGeometry.geo === geo && lastGeometry.links === links) return lastGeometry.geometry;
  const geometry = buildLabourGeometry(data, geo, links);
  lastGeometry = { data, geo, links, geometry };
  return geometry;
}

/** The untrained→trained move of a training programme, applied to one county's six groups. */
function applyTraining(groups: number[], county: string, scenario: LabourScenario): number[] {
  const t = scenario.training;
  if (!t || t.share <= 0 || !t.places.some((p) => inPlace(county, p))) return groups;
  const out = [...groups];
  for (let w = 0; w < 3; w++) {
    const moved = Math.round(out[w]! * Math.min(1, t.share));
    out[w] = out[w]! - moved;
    out[w + 3] = out[w + 3]! + moved;
  }
  return out;
}

/** The eastern cities that hire in this scenario (all, or those of one eastern province). */
function eastCityAllowed(city: string, scenario: LabourScenario): boolean {
  return scenario.east === null || inPlace(city, scenario.east);
}

/** Builds the problem of `skill`; counties or cities missing from the boundary set are left out. */
export function buildLabourSkillProblem(data: LabourData, skill: SkillId, geo: MatchingGeo, links: PartnerLinks, scenario: LabourScenario, geometry: LabourGeometry = labourGeometryOf(data, geo, links)): LabourSkillProblem {
  const supplyArr = data.supply[skill] ?? [];
  const local = data.localDemand[skill];
  const capital = data.capitalDemand[skill];
  const city = data.cityDemand[skill];
  const destinations: Destination[] = [];
  const localDest = new Map<string, number>();
  const capitalDest = new Map<string, number>();
  const eastDest: number[] = [];
  /** Data index of each eastern destination's city. */
  const eastCityIndex: number[] = [];
  const destMin: number[] = [];
  data.counties.forEach((adcode, i) => {
    const anchor = geo.countyPoint(adcode);
    const vacancies = local?.vacancies[i] ?? 0;
    if (!anchor || vacancies <= 0) return;
    localDest.set(adcode, destinations.length);
    destMin.push(0);
    destinations.push({ kind: 'local', adcode, province: geo.countyProvince(adcode) ?? '', anchor, vacancies, offer: { wage: local?.wage[i] ?? 0, housing: false, training: false } });
  });
  data.capitals.forEach((adcode, k) => {
    const anchor = geo.prefecturePoint(adcode);
    const vacancies = capital?.vacancies[k] ?? 0;
    if (!anchor || vacancies <= 0) return;
    capitalDest.set(`${adcode.slice(0, 2)}0000`, destinations.length);
    destMin.push(0);
    destinations.push({
      kind: 'capital', adcode, province: `${adcode.slice(0, 2)}0000`, anchor, vacancies,
      offer: { wage: capital?.wage[k] ?? 0, housing: capital?.housing[k] === 1, training: capital?.training[k] === 1 },
    });
  });
  data.cities.forEach((adcode, k) => {
    const anchor = geo.prefecturePoint(adcode);
    const vacancies = city?.vacancies[k] ?? 0;
    if (!anchor || vacancies <= 0 || !eastCityAllowed(adcode, scenario)) return;
    eastDest.push(destinations.length);
    eastCityIndex.push(k);
    destMin.push(Math.floor(vacancies * scenario.minEastFill));
    destinations.push({
      kind: 'east', adcode, province: `${adcode.slice(0, 2)}0000`, anchor, vacancies,
      offer: { wage: city?.wage[k] ?? 0, housing: city?.housing[k] === 1, training: city?.training[k] === 1 },
    });
  });

  const supplies: SupplyNode[] = [];
  // At most a local, a capital and every eastern arc per node: typed arrays of that size, cut to length at the end
  // (about 200k arcs per skill; growing plain arrays cost more than the solve's own bookkeeping).
  // A training programme moves people between a group and its trained twin (g, g + 3): either may become a node.
  const maxArcs = supplyArr.reduce((n, people, k) => n + (people > 0 || (supplyArr[k % 6 < 3 ? k + 3 : k - 3] ?? 0) > 0 ? 2 + eastDest.length : 0), 0);
  const arcSupply = new Int32Array(maxArcs);
  const arcDest = new Int32Array(maxArcs);
  const arcUtility = new Float64Array(maxArcs);
  const arcKm = new Float64Array(maxArcs);
  const arcPairing: (string | null)[] = [];
  let arcs = 0;
  const firstArc: number[] = [0];
  const bestEastUtility: number[] = [];
  const w = scenario.weights;
  /** The best eastern utility, partner bonus aside, for county i untrained (0) and trained (1). */
  const bestEast = (i: number, trained: boolean): number => {
    const wageShare = trained ? 1 : w.untrainedWageShare;
    let best = -Infinity;
    for (let q = 0; q < eastDest.length; q++) {
      const km = geometry.km[i * geometry.cities + eastCityIndex[q]!]!;
      if (Number.isNaN(km)) continue;
      const offer = destinations[eastDest[q]!]!.offer;
      const u = offer.wage * wageShare - (w.moveCost + w.travelCostPerKm * km) + (offer.housing ? w.housingValue : 0) + (offer.training && !trained ? w.trainingValue : 0);
      best = Math.max(best, u);
    }
    return best;
  };
  data.counties.forEach((county, i) => {
    const anchor = geo.countyPoint(county);
    const province = geo.countyProvince(county);
    if (!anchor || !province) return;
    const partnered = links.pairingsOfCounty(county).some((p) => scenario.east === null || links.cityInEnd(scenario.east, p.east) || inPlace(p.east.adcode, scenario.east));
    // Planning for one eastern partner under `paired`: only that partner's western counties take part.
    if (scenario.east !== null && scenario.reach === 'paired' && !partnered) return;
    const groups = applyTraining(supplyArr.slice(i * 6, i * 6 + 6), county, scenario);
    const countyBestEast = [NaN, NaN];
    const capital = capitalDest.get(province);
    const capitalKm = capital === undefined ? 0 : greatCircleKm(anchor, destinations[capital]!.anchor);
    groups.forEach((people, g) => {
      if (people <= 0) return;
      const s = supplies.length;
      supplies.push({ county, province, anchor, group: g, people });
      const trained = groupIsTrained(g);
      const t = trained ? 1 : 0;
      if (Number.isNaN(countyBestEast[t])) countyBestEast[t] = bestEast(i, trained);
      bestEastUtility.push(countyBestEast[t]!);
      const willingness = groupWillingness(g);
      const push = (d: number, u: number, km: number, pairing: string | null): void => {
        arcSupply[arcs] = s;
        arcDest[arcs] = d;
        arcUtility[arcs] = u;
        arcKm[arcs] = km;
        arcPairing.push(pairing);
        arcs++;
      };
      const l = localDest.get(county);
      if (l !== undefined) push(l, labourUtility(scenario.weights, destinations[l]!.offer, trained, 0, false).total, 0, null);
      const c = willingness === 'local' ? undefined : capital;
      if (c !== undefined) push(c, labourUtility(scenario.weights, destinations[c]!.offer, trained, capitalKm, false).total, capitalKm, null);
      if (willingness === 'far') {
        const wageShare = trained ? 1 : w.untrainedWageShare;
        for (let q = 0; q < eastDest.length; q++) {
          const d = eastDest[q]!;
          const dest = destinations[d]!;
          const cell = i * geometry.cities + eastCityIndex[q]!;
          const pairing = geometry.pairing[cell] ?? null;
          if (scenario.reach === 'paired' && pairing === null) continue;
          const km = geometry.km[cell]!;
          if (Number.isNaN(km)) continue;
          // Inlined labourUtility (the same sum; the explanation recomputes it with labourUtility).
          const u = dest.offer.wage * wageShare - (w.moveCost + w.travelCostPerKm * km) + (dest.offer.housing ? w.housingValue : 0)
            + (dest.offer.training && !trained ? w.trainingValue : 0) + (pairing !== null ? w.partnerBonus : 0);
          push(d, u, km, pairing);
        }
      }
      firstArc.push(arcs);
    });
  });
  return {
    skill,
    supplies,
    destinations,
    arcSupply: arcSupply.slice(0, arcs),
    arcDest: arcDest.slice(0, arcs),
    arcUtility: arcUtility.slice(0, arcs),
    arcKm: arcKm.slice(0, arcs),
    arcPairing,
    bestEastUtility: Float64Array.from(bestEastUtility),
    firstArc: Int32Array.from(firstArc),
    destMin: Float64Array.from(destMin),
  };
}

/** The utility components of arc `a` (recomputed, so the explanation shows exactly what the solver maximised). */
export function arcComponents(problem: LabourSkillProblem, a: number, scenario: LabourScenario): UtilityComponents {
  const supply = problem.supplies[problem.arcSupply[a]!]!;
  const dest = problem.destinations[problem.arcDest[a]!]!;
  return labourUtility(scenario.weights, dest.offer, groupIsTrained(supply.group), problem.arcKm[a]!, problem.arcPairing[a] !== null);
}

/** The problem's numbers as a transportation problem (shared arrays, nothing copied but the people and vacancies). */
export function labourTransport(problem: LabourSkillProblem): TransportProblem {
  return {
    supply: Float64Array.from(problem.supplies, (s) => s.people),
    capacity: Float64Array.from(problem.destinations, (d) => d.vacancies),
    destMin: problem.destMin,
    arcSupply: problem.arcSupply,
    arcDest: problem.arcDest,
    arcUtility: problem.arcUtility,
    firstArc: problem.firstArc,
  };
}

/** The rows of the problem: supply nodes first (≤ people), then destinations (quota ≤ filled ≤ vacancies). */
export function labourRows(problem: LabourSkillProblem): LpRows {
  return transportRows(labourTransport(problem));
}

/** Every arc as an LP column: utility as cost, one entry in its supply row and one in its destination row. */
export function labourColumns(problem: LabourSkillProblem): LpColumns {
  return transportColumns(labourTransport(problem));
}

/** The full model of the problem (every allowed arc), e.g. for LP export. */
export function labourFullModel(problem: LabourSkillProblem): LpModel {
  const rows = labourRows(problem);
  return { sense: 'maximize', numRows: rows.lower.length, rowLower: rows.lower, rowUpper: rows.upper, columns: labourColumns(problem) };
}
