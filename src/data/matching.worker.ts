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
import { solveLabourPlan } from '../model/matching/labour-plan';
import { solveIndustryPlan } from '../model/matching/industry-plan';
import { packedTransferables, packLabourFlows } from '../model/matching/packed-flows';
import type { Pairing } from '../model/partnership/pairings';
import type { MatchingInit, MatchingRequest, MatchingResult } from './matching-messages';

interface Loaded {
  solver: LpSolver;
  coldMs: number;
  geo: MatchingGeo;
  index: Parameters<typeof createPartnerLinks>[1];
  pairs: Pairing[];
  labour: LabourData;
  industry: IndustryData;
  links: Map<number, PartnerLinks>;
}

let urls: MatchingInit | null = null;
let loading: Promise<Loaded> | null = null;
let coldReported = false;

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
  return {
    solver: createHighsSolver(highs), coldMs: performance.now() - t0, geo: createMatchingGeo(indexJson), index: indexJson,
    pairs: pairings.pairs, labour, industry, links: new Map(),
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

serveWorker<MatchingRequest, MatchingResult, never, MatchingInit>(self as unknown as DedicatedWorkerGlobalScope, {
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
    const coldMs = coldReported ? null : l.coldMs;
    coldReported = true;
    if (request.kind === 'labour') {
      const plan = solveLabourPlan({ data: l.labour, geo: l.geo, links: linksOf(l, request.scenario.structure), pairs: l.pairs }, request.scenario, l.solver);
      const flows = packLabourFlows(plan.flows);
      context.transfer(packedTransferables(flows));
      return { kind: 'labour', plan: { ...plan, flows }, coldMs, sample: l.labour.kind === 'sample' };
    }
    const plan = solveIndustryPlan(l.industry, l.labour, linksOf(l, request.scenario.structure), request.scenario, l.solver);
    return { kind: 'industry', plan, coldMs, sample: l.industry.kind === 'sample' };
  },
});
