/**
 * What `npm run -s match` runs (through tsx): loads the boundary index, the pairings and the matching data from
 * public/, builds the same model as the app, solves it with HiGHS (WebAssembly) and returns the JSON the command
 * prints; optionally writes the full model (every pair the scenario allows) in CPLEX LP format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import loadHighs from 'highs';
import { createHighsSolver } from '../../src/lib/highs-lp-solver';
import { solveOnce, stackModels } from '../../src/lib/lp-solver';
import { parseIndustryData, parseLabourData } from '../../src/model/matching/matching-data';
import { createMatchingGeo } from '../../src/model/matching/matching-geo';
import { createPartnerLinks } from '../../src/model/matching/partner-links';
import { buildLabourProblems, solveLabourPlan } from '../../src/model/matching/labour-plan';
import { labourFullModel } from '../../src/model/matching/labour-problem';
import { DEFAULT_LABOUR_SCENARIO, type EastReach } from '../../src/model/matching/labour-scenario';
import { buildIndustryProblem, DEFAULT_INDUSTRY_SCENARIO, industryFullModel, solveIndustryPlan } from '../../src/model/matching/industry-plan';
import { parsePairings, type PartnershipStructure } from '../../src/model/partnership/pairings';
import { parseCountyIndex } from '../../src/model/geo/county';
import type { SkillId } from '../../src/model/matching/skills';

/** Options of one command-line run. */
export interface MatchRunOptions {
  mode: 'labour' | 'industry';
  structure: PartnershipStructure;
  reach: EastReach;
  skill: SkillId | null;
  east: string | null;
  lpFile: string | null;
  /** Also solve the full LP directly (no pricing) and report its objective, to check the pricing loop. */
  checkFull: boolean;
  root: string;
}

const readJson = (root: string, path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

/** Runs one matching and returns the printed object. */
export async function runMatch(o: MatchRunOptions): Promise<Record<string, unknown>> {
  const index = parseCountyIndex(readJson(o.root, 'public/geo/counties.json'));
  const pairs = parsePairings(readJson(o.root, 'public/data/partnerships/pairings.json')).pairs;
  const labour = parseLabourData(readJson(o.root, 'public/data/matching/labour.json'));
  const links = createPartnerLinks(pairs, index, o.structure);
  const t0 = performance.now();
  const highs = await loadHighs();
  const coldMs = performance.now() - t0;
  const solver = createHighsSolver(highs);
  if (o.mode === 'labour') {
    const scenario = { ...DEFAULT_LABOUR_SCENARIO, structure: o.structure, reach: o.reach, east: o.east, skills: o.skill ? [o.skill] : null };
    const inputs = { data: labour, geo: createMatchingGeo(index), links, pairs };
    const cpu0 = process.cpuUsage();
    const plan = solveLabourPlan(inputs, scenario, solver);
    const cpu = process.cpuUsage(cpu0);
    const out: Record<string, unknown> = {
      mode: 'labour', solver: plan.solver, label: labour.label, status: plan.status, objective: plan.objective, solveMs: plan.solveMs, coldMs,
      // CPU time beside wall time: the machine may be shared, and wall time swings with its load.
      cpuMs: (cpu.user + cpu.system) / 1000, load1: loadavg()[0],
      variables: plan.variables, constraints: plan.constraints, columnsSolved: plan.columnsSolved, skills: plan.skills, totals: plan.totals,
      pairings: plan.pairings, flows: plan.flows,
    };
    if (o.lpFile || o.checkFull) {
      const full = stackModels(buildLabourProblems(inputs, scenario).map(labourFullModel));
      if (o.checkFull) {
        const t = performance.now();
        const r = solveOnce(solver, full, { simplex: 'primal' });
        out['fullLp'] = { status: r.status, objective: r.objective, solveMs: performance.now() - t };
      }
      if (o.lpFile) writeLp(solver, full, o.lpFile);
    }
    return out;
  }
  const industry = parseIndustryData(readJson(o.root, 'public/data/matching/industry.json'));
  const scenario = { ...DEFAULT_INDUSTRY_SCENARIO, structure: o.structure, reach: o.reach, east: o.east };
  const cpu0 = process.cpuUsage();
  const plan = solveIndustryPlan(industry, labour, links, scenario, solver);
  const cpu = process.cpuUsage(cpu0);
  if (o.lpFile) writeLp(solver, industryFullModel(buildIndustryProblem(industry, labour, links, scenario)), o.lpFile);
  return {
    mode: 'industry', solver: plan.solver, label: industry.label, status: plan.status, objective: plan.objective, bound: plan.bound, gap: plan.gap,
    solveMs: plan.solveMs, coldMs, cpuMs: (cpu.user + cpu.system) / 1000, load1: loadavg()[0],
    variables: plan.variables, constraints: plan.constraints, columnsSolved: plan.columnsSolved, totals: plan.totals, flows: plan.flows,
  };
}

function writeLp(solver: ReturnType<typeof createHighsSolver>, model: Parameters<ReturnType<typeof createHighsSolver>['open']>[0], file: string): void {
  const session = solver.open(model);
  try {
    writeFileSync(file, session.exportLp());
  } finally {
    session.dispose();
  }
}
