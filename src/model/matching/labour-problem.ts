/**
 * Builds the transportation problem of one skill group: supply nodes (county × trained/untrained × willingness),
 * destinations (the county's own 帮扶车间/公益岗位, the provincial capital, eastern cities), and every arc the
 * scenario allows with its utility, distance and partner pairing; plus the candidate set the pricing loop starts
 * from (local and capital arcs, partner arcs, and each node's best eastern arcs by utility).
 */
import type { LpColumns, LpModel } from '../../lib/lp-solver';
import type { LngLat } from '../geo/county';
import type { LabourData } from './matching-data';
import type { MatchingGeo } from './matching-geo';
import type { PartnerLinks } from './partner-links';
import { greatCircleKm, labourUtility, type JobOffer, type UtilityComponents } from './labour-utility';
import { inPlace, type LabourScenario } from './labour-scenario';
import { groupIsTrained, groupWillingness, type SkillId } from './skills';

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
  /** 1 when the arc is in the starting candidate set. */
  candidate: Uint8Array;
  /** Arcs of each supply node, by supply index: arcs[firstArc[s]..firstArc[s+1]). */
  firstArc: Int32Array;
  /** Lower bound per destination (a fill quota; 0 when none). */
  destMin: Float64Array;
}

/** How many eastern arcs of each supply node start in the candidate set (best by utility). */
export const EAST_CANDIDATES_PER_NODE = 3;
/** How many of its partner arcs (best by utility) also start in the candidate set. */
export const PARTNER_CANDIDATES_PER_NODE = 2;

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
export function buildLabourSkillProblem(data: LabourData, skill: SkillId, geo: MatchingGeo, links: PartnerLinks, scenario: LabourScenario, geometry: LabourGeometry = buildLabourGeometry(data, geo, links)): LabourSkillProblem {
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
  const arcSupply: number[] = [];
  const arcDest: number[] = [];
  const arcUtility: number[] = [];
  const arcKm: number[] = [];
  const arcPairing: (string | null)[] = [];
  const candidate: number[] = [];
  const firstArc: number[] = [0];
  const east: { d: number; u: number; km: number; pairing: string | null }[] = [];
  const w = scenario.weights;
  data.counties.forEach((county, i) => {
    const anchor = geo.countyPoint(county);
    const province = geo.countyProvince(county);
    if (!anchor || !province) return;
    const partnered = links.pairingsOfCounty(county).some((p) => scenario.east === null || links.cityInEnd(scenario.east, p.east) || inPlace(p.east.adcode, scenario.east));
    // Planning for one eastern partner under `paired`: only that partner's western counties take part.
    if (scenario.east !== null && scenario.reach === 'paired' && !partnered) return;
    const groups = applyTraining(supplyArr.slice(i * 6, i * 6 + 6), county, scenario);
    groups.forEach((people, g) => {
      if (people <= 0) return;
      const s = supplies.length;
      supplies.push({ county, province, anchor, group: g, people });
      const trained = groupIsTrained(g);
      const willingness = groupWillingness(g);
      const push = (d: number, u: UtilityComponents, km: number, pairing: string | null, isCandidate: boolean): void => {
        arcSupply.push(s);
        arcDest.push(d);
        arcUtility.push(u.total);
        arcKm.push(km);
        arcPairing.push(pairing);
        candidate.push(isCandidate ? 1 : 0);
      };
      const l = localDest.get(county);
      if (l !== undefined) push(l, labourUtility(scenario.weights, destinations[l]!.offer, trained, 0, false), 0, null, true);
      const c = willingness === 'local' ? undefined : capitalDest.get(province);
      if (c !== undefined) {
        const km = greatCircleKm(anchor, destinations[c]!.anchor);
        push(c, labourUtility(scenario.weights, destinations[c]!.offer, trained, km, false), km, null, true);
      }
      if (willingness !== 'far') {
        firstArc.push(arcSupply.length);
        return;
      }
      east.length = 0;
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
        east.push({ d, u, km, pairing });
      }
      // The best arcs by utility, and the best partner arcs, join the candidate set (ties by destination order,
      // so every run picks the same).
      const ranked = east.map((_, k) => k).sort((a, b) => east[b]!.u - east[a]!.u || a - b);
      const chosen = new Set(ranked.slice(0, EAST_CANDIDATES_PER_NODE));
      let partners = 0;
      for (const k of ranked) {
        if (partners >= PARTNER_CANDIDATES_PER_NODE) break;
        if (east[k]!.pairing !== null) {
          chosen.add(k);
          partners++;
        }
      }
      east.forEach((e, k) => {
        arcSupply.push(s);
        arcDest.push(e.d);
        arcUtility.push(e.u);
        arcKm.push(e.km);
        arcPairing.push(e.pairing);
        candidate.push(chosen.has(k) ? 1 : 0);
      });
      firstArc.push(arcSupply.length);
    });
  });
  return {
    skill,
    supplies,
    destinations,
    arcSupply: Int32Array.from(arcSupply),
    arcDest: Int32Array.from(arcDest),
    arcUtility: Float64Array.from(arcUtility),
    arcKm: Float64Array.from(arcKm),
    arcPairing,
    candidate: Uint8Array.from(candidate),
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

/** The rows of the problem: supply nodes first (≤ people), then destinations (quota ≤ filled ≤ vacancies). */
export function labourRows(problem: LabourSkillProblem): { lower: Float64Array; upper: Float64Array } {
  const S = problem.supplies.length;
  const n = S + problem.destinations.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  problem.supplies.forEach((s, i) => (upper[i] = s.people));
  problem.destinations.forEach((d, k) => {
    lower[S + k] = problem.destMin[k]!;
    upper[S + k] = d.vacancies;
  });
  return { lower, upper };
}

/** Every arc as an LP column: utility as cost, one entry in its supply row and one in its destination row. */
export function labourColumns(problem: LabourSkillProblem): LpColumns {
  const n = problem.arcSupply.length;
  const S = problem.supplies.length;
  const starts = new Int32Array(n + 1);
  const rows = new Int32Array(2 * n);
  for (let a = 0; a < n; a++) {
    starts[a + 1] = 2 * a + 2;
    rows[2 * a] = problem.arcSupply[a]!;
    rows[2 * a + 1] = S + problem.arcDest[a]!;
  }
  return {
    cost: problem.arcUtility,
    lower: new Float64Array(n),
    upper: new Float64Array(n).fill(Infinity),
    starts,
    rows,
    values: new Float64Array(2 * n).fill(1),
  };
}

/** The full model of the problem (every allowed arc), e.g. for LP export. */
export function labourFullModel(problem: LabourSkillProblem): LpModel {
  const rows = labourRows(problem);
  return { sense: 'maximize', numRows: rows.lower.length, rowLower: rows.lower, rowUpper: rows.upper, columns: labourColumns(problem) };
}
