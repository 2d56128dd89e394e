/**
 * Industry matching: eastern enterprises to western counties by fit (sector endowment, labour of the right skill,
 * expressway access, partner ties), subject to each county's industrial-park land and labour pool. Park land
 * weighs enterprises differently, so whole enterprises make it a MIP: the plan first solves the LP relaxation over
 * every eligible pair exactly (pricing loop), which bounds any plan, then the MIP over the pairs that relaxation
 * and each enterprise's best candidates use, with a time limit; the reported gap is against the full LP bound,
 * so it is a proven gap for the whole problem.
 */
import { LpColumnBuilder, type LpColumns, type LpModel, type LpSolver, type LpStatus } from '../../lib/lp-solver';
import type { IndustryData, LabourData } from './matching-data';
import type { PartnerLinks } from './partner-links';
import { pickColumns, solveByPricing } from './pricing-loop';
import { inPlace, type EastReach } from './labour-scenario';
import { SECTOR_SKILL, type SectorId } from './skills';
import type { PartnershipStructure } from '../partnership/pairings';

/** Options of one industry plan. */
export interface IndustryScenario {
  structure: PartnershipStructure;
  reach: EastReach;
  /** Only enterprises of this eastern province or city (adcode), or all. */
  east: string | null;
  /** Whole enterprises (MIP) or shares of them (LP relaxation). */
  integer: boolean;
  /** Seconds the MIP may run. */
  timeLimitS: number;
  weights: IndustryWeights;
}

/** Weights of the fit score (they sum to 1 in the default). */
export interface IndustryWeights {
  endowment: number;
  labour: number;
  access: number;
  partner: number;
}

export const DEFAULT_INDUSTRY_WEIGHTS: Readonly<IndustryWeights> = { endowment: 0.5, labour: 0.25, access: 0.15, partner: 0.1 };

export const DEFAULT_INDUSTRY_SCENARIO: Readonly<IndustryScenario> = { structure: 2021, reach: 'any', east: null, integer: true, timeLimitS: 10, weights: DEFAULT_INDUSTRY_WEIGHTS };

/** Most expressway minutes for an enterprise that needs expressway access. */
export const EXPRESSWAY_NEED_MINUTES = 45;
/** Least endowment (0–100) for an enterprise that needs the sector's local resources. */
export const RESOURCE_NEED_SCORE = 50;
/** Candidates per enterprise for the relaxation's first round and for the MIP. */
const CANDIDATES_PER_ENTERPRISE = 12;

/** The parts of the fit of one enterprise in one county (each 0–1, weighted), and the value jobs × fit. */
export interface FitComponents {
  endowment: number;
  labour: number;
  access: number;
  partner: number;
  fit: number;
  value: number;
}

/** One enterprise placed in one county, explained. */
export interface IndustryFlow {
  enterprise: string;
  sector: SectorId;
  city: string;
  county: string;
  /** Share of the enterprise placed (1 in a MIP plan). */
  share: number;
  jobs: number;
  landHa: number;
  pairing: string | null;
  fit: FitComponents;
  binding: ('park-land' | 'labour')[];
  /** The enterprise's best other county, and its reduced cost in the relaxation (≤ 0: what placing it there would lose). */
  runnerUp: { county: string; value: number; reducedCost: number } | null;
  /** Value one more hectare of park land in the county would add (LP relaxation dual). */
  landShadow: number;
  /** Value one more worker in the county's pool would add (LP relaxation dual). */
  labourShadow: number;
}

export interface IndustryTotals {
  enterprises: number;
  placed: number;
  unplaced: number;
  jobs: number;
  landHa: number;
  partnerShare: number;
  objective: number;
}

/** A solved industry plan. */
export interface IndustryPlan {
  solver: string;
  status: LpStatus;
  objective: number;
  /** Bound from the LP relaxation over every eligible pair. */
  bound: number;
  /** (bound − objective) / bound: proven for the whole problem. */
  gap: number;
  solveMs: number;
  variables: number;
  constraints: number;
  columnsSolved: number;
  totals: IndustryTotals;
  flows: IndustryFlow[];
}

/** The eligible pairs with their fit, and the rows: enterprises, then park land per county, then labour per county. */
export interface IndustryProblem {
  enterprises: IndustryData['enterprises'];
  counties: string[];
  pairEnterprise: Int32Array;
  pairCounty: Int32Array;
  pairFit: FitComponents[];
  pairPairing: (string | null)[];
  rowsLower: Float64Array;
  rowsUpper: Float64Array;
  columns: LpColumns;
  candidate: Uint8Array;
}

/** Workers in each county who stay in the west (local and province-willing), per skill. */
function labourPools(labour: LabourData | null, counties: readonly string[]): (skill: string, k: number) => number {
  // Without labour data there is no labour limit (and no labour term in the fit: see buildIndustryProblem).
  if (!labour) return () => Infinity;
  const at = new Map(labour.counties.map((c, i) => [c, i]));
  return (skill, k) => {
    const i = at.get(counties[k]!);
    const s = labour.supply[skill];
    if (i === undefined || !s) return 0;
    return s[i * 6]! + s[i * 6 + 1]! + s[i * 6 + 3]! + s[i * 6 + 4]!;
  };
}

/** Builds the eligible pairs of a scenario. */
export function buildIndustryProblem(data: IndustryData, labour: LabourData | null, links: PartnerLinks, scenario: IndustryScenario): IndustryProblem {
  const enterprises = data.enterprises.filter((e) => scenario.east === null || inPlace(e.city, scenario.east));
  const K = data.counties.length;
  const E = enterprises.length;
  const pool = labourPools(labour, data.counties);
  const totalPool = data.counties.map((_, k) => ['construction', 'manufacturing', 'services', 'care', 'agri_processing', 'ecommerce_logistics'].reduce((s, sk) => s + pool(sk, k), 0));
  const b = new LpColumnBuilder();
  const pairEnterprise: number[] = [];
  const pairCounty: number[] = [];
  const pairFit: FitComponents[] = [];
  const pairPairing: (string | null)[] = [];
  const w = scenario.weights;
  enterprises.forEach((e, ei) => {
    for (let k = 0; k < K; k++) {
      const endow = data.endowment[e.sector]?.[k] ?? 0;
      const minutes = data.expresswayMinutes[k] ?? null;
      if (e.needsExpressway && (minutes === null || minutes > EXPRESSWAY_NEED_MINUTES)) continue;
      if (e.needsResource && endow < RESOURCE_NEED_SCORE) continue;
      if (e.landHa > data.parkHa[k]! || e.jobs > totalPool[k]!) continue;
      const pairing = links.pairingOf(data.counties[k]!, e.city);
      if (scenario.reach === 'paired' && pairing === null) continue;
      const labourFit = labour ? Math.min(1, pool(SECTOR_SKILL[e.sector], k) / Math.max(1, e.jobs)) : 0;
      const access = minutes === null ? 0 : Math.max(0, 1 - minutes / 120);
      const parts = { endowment: (w.endowment * endow) / 100, labour: w.labour * labourFit, access: w.access * access, partner: pairing !== null ? w.partner : 0 };
      const fit = parts.endowment + parts.labour + parts.access + parts.partner;
      pairEnterprise.push(ei);
      pairCounty.push(k);
      pairFit.push({ ...parts, fit, value: e.jobs * fit });
      pairPairing.push(pairing);
      b.add(e.jobs * fit, 0, 1, [[ei, 1], [E + k, e.landHa], [E + K + k, e.jobs]], scenario.integer);
    }
  });
  const columns = b.build();
  // Candidates: each enterprise's best counties by value (ties by county order).
  const candidate = new Uint8Array(pairFit.length);
  const byEnterprise = new Map<number, number[]>();
  pairEnterprise.forEach((ei, j) => byEnterprise.set(ei, [...(byEnterprise.get(ei) ?? []), j]));
  for (const list of byEnterprise.values()) {
    list.sort((a, c) => pairFit[c]!.value - pairFit[a]!.value || a - c);
    for (const j of list.slice(0, CANDIDATES_PER_ENTERPRISE)) candidate[j] = 1;
  }
  const rowsUpper = Float64Array.from([...enterprises.map(() => 1), ...data.parkHa, ...totalPool]);
  return {
    enterprises, counties: [...data.counties], pairEnterprise: Int32Array.from(pairEnterprise), pairCounty: Int32Array.from(pairCounty),
    pairFit, pairPairing, rowsLower: new Float64Array(rowsUpper.length), rowsUpper, columns, candidate,
  };
}

/** The full model (every eligible pair), e.g. for LP export. */
export function industryFullModel(problem: IndustryProblem): LpModel {
  return { sense: 'maximize', numRows: problem.rowsUpper.length, rowLower: problem.rowsLower, rowUpper: problem.rowsUpper, columns: problem.columns };
}

/**
 * A first incumbent for the MIP from the relaxation: each enterprise, most-decided first, goes to its largest
 * share's county while land and labour allow. Only a start: the MIP improves on it and proves the gap.
 */
function roundedStart(problem: IndustryProblem, picked: readonly number[], relaxed: Float64Array): Float64Array {
  const E = problem.enterprises.length;
  const K = problem.counties.length;
  const left = Float64Array.from(problem.rowsUpper);
  const best = new Map<number, number>();
  picked.forEach((j, k) => {
    const ei = problem.pairEnterprise[j]!;
    const b = best.get(ei);
    if (relaxed[j]! > 1e-9 && (b === undefined || relaxed[j]! > relaxed[picked[b]!]!)) best.set(ei, k);
  });
  const order = [...best.entries()].sort((a, b) => relaxed[picked[b[1]]!]! - relaxed[picked[a[1]]!]! || a[0] - b[0]);
  const start = new Float64Array(picked.length);
  for (const [ei, k] of order) {
    const e = problem.enterprises[ei]!;
    const c = problem.pairCounty[picked[k]!]!;
    if (left[E + c]! >= e.landHa && left[E + K + c]! >= e.jobs) {
      start[k] = 1;
      left[E + c] = left[E + c]! - e.landHa;
      left[E + K + c] = left[E + K + c]! - e.jobs;
    }
  }
  return start;
}

/** Solves an industry plan. */
export function solveIndustryPlan(data: IndustryData, labour: LabourData | null, links: PartnerLinks, scenario: IndustryScenario, solver: LpSolver, now: () => number = () => performance.now()): IndustryPlan {
  const started = now();
  const problem = buildIndustryProblem(data, labour, links, scenario);
  const E = problem.enterprises.length;
  const K = problem.counties.length;
  const rows = { lower: problem.rowsLower, upper: problem.rowsUpper };
  const relaxedColumns: LpColumns = { ...problem.columns };
  delete relaxedColumns.integer;
  const relaxation = solveByPricing(rows, relaxedColumns, problem.candidate, solver, { simplex: 'primal' });
  let final = relaxation;
  let columnsSolved = relaxation.columnsSolved;
  let mipGap = 0;
  // A relaxation whose optimum is already whole enterprises is the MIP's optimum too, proven, with no MIP to run.
  let integral = true;
  for (const x of relaxation.colValue) if (Math.abs(x - Math.round(x)) > 1e-7) integral = false;
  if (scenario.integer && relaxation.status === 'optimal' && !integral) {
    // The MIP over what the relaxation used or priced near zero, plus each enterprise's best candidates.
    const picked: number[] = [];
    for (let j = 0; j < problem.candidate.length; j++) if (problem.candidate[j] || relaxation.colValue[j]! > 0 || relaxation.reducedCost[j]! > -1e-6) picked.push(j);
    const cols = pickColumns(problem.columns, picked);
    const start = roundedStart(problem, picked, relaxation.colValue);
    const mip = solveByPricing(rows, cols, new Uint8Array(picked.length).fill(1), solver, { timeLimitS: scenario.timeLimitS, mipRelGap: 1e-4, start });
    const colValue = new Float64Array(problem.candidate.length);
    picked.forEach((j, k) => (colValue[j] = mip.colValue[k]!));
    final = { ...mip, colValue, rowDual: relaxation.rowDual, reducedCost: relaxation.reducedCost };
    columnsSolved = picked.length;
    mipGap = mip.mipGap;
  }
  const bound = relaxation.objective;
  const objective = final.objective;
  const flows: IndustryFlow[] = [];
  const landUsed = new Float64Array(K);
  const labourUsed = new Float64Array(K);
  for (let j = 0; j < final.colValue.length; j++) {
    const x = final.colValue[j]!;
    if (x <= 1e-9) continue;
    const e = problem.enterprises[problem.pairEnterprise[j]!]!;
    landUsed[problem.pairCounty[j]!]! += x * e.landHa;
    labourUsed[problem.pairCounty[j]!]! += x * e.jobs;
  }
  // Whole firms leave land over, so "park land binds" in a county when an enterprise placed elsewhere (or not at
  // all) would rather be there and its land no longer fits; likewise for the labour pool.
  const landBinds = new Uint8Array(K);
  const labourBinds = new Uint8Array(K);
  const placedValue = new Float64Array(E);
  for (let j = 0; j < final.colValue.length; j++) if (final.colValue[j]! > 1e-9) placedValue[problem.pairEnterprise[j]!]! += final.colValue[j]! * problem.pairFit[j]!.value;
  for (let j = 0; j < final.colValue.length; j++) {
    const ei = problem.pairEnterprise[j]!;
    const k = problem.pairCounty[j]!;
    if (final.colValue[j]! > 1e-9 || problem.pairFit[j]!.value <= placedValue[ei]! + 1e-9) continue;
    const e = problem.enterprises[ei]!;
    if (problem.rowsUpper[E + k]! - landUsed[k]! < e.landHa - 1e-6) landBinds[k] = 1;
    if (problem.rowsUpper[E + K + k]! - labourUsed[k]! < e.jobs - 1e-6) labourBinds[k] = 1;
  }
  // Pairs are built enterprise by enterprise, so each enterprise's pairs are one contiguous range.
  const first = new Int32Array(E + 1).fill(-1);
  for (let j = problem.pairEnterprise.length - 1; j >= 0; j--) first[problem.pairEnterprise[j]!] = j;
  const rangeEnd = (ei: number): number => {
    for (let q = ei + 1; q < E; q++) if (first[q]! >= 0) return first[q]!;
    return problem.pairEnterprise.length;
  };
  for (let j = 0; j < final.colValue.length; j++) {
    const x = final.colValue[j]!;
    if (x <= 1e-9) continue;
    const ei = problem.pairEnterprise[j]!;
    const k = problem.pairCounty[j]!;
    const e = problem.enterprises[ei]!;
    const binding: IndustryFlow['binding'] = [];
    if (landBinds[k] || landUsed[k]! >= problem.rowsUpper[E + k]! - 1e-6) binding.push('park-land');
    if (labourBinds[k] || labourUsed[k]! >= problem.rowsUpper[E + K + k]! - 1e-6) binding.push('labour');
    let runner = -1;
    for (let q = first[ei]!, end = rangeEnd(ei); q < end; q++) {
      if (q === j || final.colValue[q]! > 1e-9) continue;
      if (runner < 0 || problem.pairFit[q]!.value > problem.pairFit[runner]!.value) runner = q;
    }
    flows.push({
      enterprise: e.id, sector: e.sector, city: e.city, county: problem.counties[k]!, share: x, jobs: Math.round(x * e.jobs), landHa: x * e.landHa,
      pairing: problem.pairPairing[j] ?? null, fit: problem.pairFit[j]!, binding,
      runnerUp: runner < 0 ? null : { county: problem.counties[problem.pairCounty[runner]!]!, value: problem.pairFit[runner]!.value, reducedCost: relaxation.reducedCost[runner] ?? 0 },
      landShadow: relaxation.rowDual[E + k] ?? 0,
      labourShadow: relaxation.rowDual[E + K + k] ?? 0,
    });
  }
  const placedShare = flows.reduce((s, f) => s + f.share, 0);
  const jobs = flows.reduce((s, f) => s + f.jobs, 0);
  const partnerJobs = flows.filter((f) => f.pairing).reduce((s, f) => s + f.jobs, 0);
  const gap = bound > 0 && Number.isFinite(objective) ? Math.max(0, (bound - objective) / bound) : 0;
  return {
    solver: solver.name,
    status: final.status,
    objective,
    bound,
    gap: scenario.integer ? Math.max(gap, mipGap) : gap,
    solveMs: now() - started,
    variables: problem.candidate.length,
    constraints: problem.rowsUpper.length,
    columnsSolved,
    totals: {
      enterprises: E, placed: placedShare, unplaced: E - placedShare, jobs, landHa: flows.reduce((s, f) => s + f.landHa, 0),
      partnerShare: jobs > 0 ? partnerJobs / jobs : 0, objective,
    },
    flows,
  };
}
