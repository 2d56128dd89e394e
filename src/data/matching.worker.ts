/// <reference lib="webworker" />
/**
 * The matching solver worker: loads HiGHS (WebAssembly, served from the app's own origin as a Vite asset), the
 * boundary index, the pairings and the matching data once, then solves labour and industry plans exactly with
 * the same model code as the command line. Solving is synchronous WebAssembly, so it runs here and the page never
 * blocks; a cancel terminates the worker (see src/lib/worker-client.ts). Protocol: matching-messages.ts.
 */
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import { serveWorker } from '../lib/worker-client';
import { createHighsSolver } from '../lib/highs-lp-solver';
import type { LpSolver } from '../lib/lp-solver';
import { fetchJson } from './fetch-json';
import { parseCountyIndex } from '../model/geo/county';
import { parsePairings } from '../model/partnership/pairings';
import { parseIndustryData, parseLabourData, type IndustryData, type LabourData } from '../model/matching/matching-data';
import { createMatchingGeo, type MatchingGeo } from '../model/matching/matching-geo';
import { createPartnerLinks, type PartnerLinks } from '../model/matching/partner-links';
import { scenarioSkills, solveLabourSkills, type LabourInputs } from '../model/matching/labour-plan';
import { labourWorkerCount, solveLabourPlanSplit } from '../model/matching/labour-split';
import { createMatchingHelpers, type MatchingHelpers } from './matching-helpers';
import { solveIndustryPlan } from '../model/matching/industry-plan';
import { packedTransferables, packLabourFlows } from '../model/matching/packed-flows';
import { packSkillOutcomes } from '../model/matching/packed-outcomes';
import type { Pairing } from '../model/partnership/pairings';
import type { MatchingInit, MatchingWorkerAnswer, MatchingWorkerRequest } from './matching-messages';
import { importedLabel, layImportedLabourTables } from '../model/matching/labour-imported';
import { importedIndustryLabel, layImportedIndustryTables } from '../model/matching/industry-imported';
import type { LocalText } from '../model/indicators/dataset';

interface Loaded {
  solver: LpSolver;
  coldMs: number;
  geo: MatchingGeo;
  index: Parameters<typeof createPartnerLinks>[1];
  pairs: Pairing[];
  /** labour.json as fetched, before the user's tables. */
  baseLabour: LabourData;
  /** The data solved: labour.json with the user's tables laid over it. */
  labour: LabourData;
  /** The label of the user's tables in `labour`, null when there are none. */
  dataLabel: LocalText | null;
  /** industry.json as fetched, before the user's tables. */
  baseIndustry: IndustryData;
  /** The industry data solved: industry.json with the user's county endowment tables laid over it. */
  industry: IndustryData;
  /** The label of the user's tables in `industry`, null when there are none. */
  industryLabel: LocalText | null;
  links: Map<number, PartnerLinks>;
}

let urls: MatchingInit | null = null;
let loading: Promise<Loaded> | null = null;
let coldReported = false;
let helpers: MatchingHelpers | null = null;

async function load(): Promise<Loaded> {
  if (!urls) throw new Error('matching worker: no init');
  const u = urls;
  const t0 = performance.now();
  const [highs, indexJson, pairings, labour, industry] = await Promise.all([
    loadHighs({ locateFile: () => new URL(wasmUrl, self.location.href).href }),
    fetchJson(u.counties, parseCountyIndex),
    fetchJson(u.pairings, parsePairings),
    fetchJson(u.labour, parseLabourData),
    fetchJson(u.industry, parseIndustryData),
  ]);
  // The page checked these tables before sending them (check-labour); a refusal here means the data file changed.
  const laid = layImportedLabourTables(labour, u.labourTables);
  if (!laid.ok) throw new Error(laid.error.en);
  const laidIndustry = layImportedIndustryTables(industry, u.industryTables);
  if (!laidIndustry.ok) throw new Error(laidIndustry.error.en);
  return {
    solver: createHighsSolver(highs), coldMs: performance.now() - t0, geo: createMatchingGeo(indexJson), index: indexJson,
    pairs: pairings.pairs, baseLabour: labour, labour: laid.data, dataLabel: u.labourTables.length > 0 ? importedLabel(u.labourTables) : null,
    baseIndustry: industry, industry: laidIndustry.data, industryLabel: u.industryTables.length > 0 ? importedIndustryLabel(u.industryTables) : null,
    links: new Map(),
  };
}

function linksOf(l: Loaded, structure: 2016 | 2021): PartnerLinks {
  let links = l.links.get(structure);
  if (!links) {
    links = createPartnerLinks(l.pairs, l.index, structure);
    l.links.set(structure, links);
  }
  return links;
}

serveWorker<MatchingWorkerRequest, MatchingWorkerAnswer, never, MatchingInit>(self as unknown as DedicatedWorkerGlobalScope, {
  init(init) {
    urls = init;
  },
  async handle(request, context) {
    loading ??= load();
    let l: Loaded;
    try {
      l = await loading;
    } catch (error) {
      loading = null; // a failed load (404, bad file) is retried on the next request
      throw error;
    }
    if (request.kind === 'check-labour') {
      const laid = layImportedLabourTables(l.baseLabour, request.tables);
      return { kind: 'check-labour', ok: laid.ok, checks: laid.checks, error: laid.ok ? null : laid.error };
    }
    if (request.kind === 'check-industry') {
      const laid = layImportedIndustryTables(l.baseIndustry, request.tables);
      return { kind: 'check-industry', ok: laid.ok, checks: laid.checks, error: laid.ok ? null : laid.error };
    }
    const labourInputs = (structure: 2016 | 2021): LabourInputs => ({ data: l.labour, geo: l.geo, links: linksOf(l, structure), pairs: l.pairs });
    if (request.kind === 'labour-part') {
      // A helper's share of a plan that another matching worker solves and merges.
      const packed = packSkillOutcomes(solveLabourSkills(labourInputs(request.scenario.structure), request.scenario, request.skills, l.solver));
      context.transfer(packed.transfer);
      return { kind: 'labour-part', outcomes: packed.outcomes };
    }
    const coldMs = coldReported ? null : l.coldMs;
    coldReported = true;
    if (request.kind === 'labour') {
      // The skills split over this worker and up to three helpers (one per core), merged here in skill order.
      const workers = labourWorkerCount(navigator.hardwareConcurrency, scenarioSkills(l.labour, request.scenario).length);
      helpers ??= createMatchingHelpers(() => urls as MatchingInit); // set: load() needed it
      const h = helpers;
      const plan = await solveLabourPlanSplit(labourInputs(request.scenario.structure), request.scenario, l.solver, {
        workers, startPart: (skills, part) => h.startPart(request.scenario, skills, part),
      }).result;
      const flows = packLabourFlows(plan.flows);
      context.transfer(packedTransferables(flows));
      // Eastern and capital demand are always labour.json's: sample whenever that file is.
      return { kind: 'labour', plan: { ...plan, flows }, coldMs, sample: l.baseLabour.kind === 'sample', dataLabel: l.dataLabel };
    }
    const plan = solveIndustryPlan(l.industry, l.labour, linksOf(l, request.scenario.structure), request.scenario, l.solver);
    // The eastern enterprises are always industry.json's: sample whenever that file is, whatever tables are in.
    return { kind: 'industry', plan, coldMs, sample: l.baseIndustry.kind === 'sample' || l.baseLabour.kind === 'sample', dataLabel: l.dataLabel, industryLabel: l.industryLabel };
  },
});
