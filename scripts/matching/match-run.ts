/**
 * What `npm run -s match` runs (through tsx): loads the boundary index, the pairings and the matching data from
 * public/, builds the same model as the app, solves it with HiGHS (WebAssembly) and returns the JSON the command
 * prints; optionally writes the full model (every pair the scenario allows) in CPLEX LP format.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import loadHighs from 'highs';
import { createHighsSolver } from '../../src/lib/highs-lp-solver';
import { solveOnce, stackModels } from '../../src/lib/lp-solver';
import { parseIndustryData } from '../../src/model/matching/matching-data';
import { createPartnerLinks } from '../../src/model/matching/partner-links';
import { buildLabourProblems, scenarioSkills, solveLabourPlan, type LabourInputs, type LabourPlan } from '../../src/model/matching/labour-plan';
import { labourWorkerCount, solveLabourPlanSplit } from '../../src/model/matching/labour-split';
import type { LabourScenario } from '../../src/model/matching/labour-scenario';
import { labourFullModel } from '../../src/model/matching/labour-problem';
import { DEFAULT_LABOUR_SCENARIO, type EastReach } from '../../src/model/matching/labour-scenario';
import { buildIndustryProblem, DEFAULT_INDUSTRY_SCENARIO, industryFullModel, solveIndustryPlan } from '../../src/model/matching/industry-plan';
import type { PartnershipStructure } from '../../src/model/partnership/pairings';
import type { SkillId } from '../../src/model/matching/skills';
import type { LpSolver } from '../../src/lib/lp-solver';
import { labourInputsOf, readMatchingFiles, readRootJson } from './match-files';
import { createLabourThreads, type LabourThreads } from './labour-threads';

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
  /** Threads for the labour skills (this one included); null: one per core, at most one per skill and 4. 1 = serial. */
  workers: number | null;
  root: string;
}

/**
 * Solves a labour plan on `workers` threads: this one and solver threads (labour-threads.ts), merged in skill
 * order; with 1 the serial solve. The plan is the same either way (timings and `workers` aside).
 */
export async function solveLabourPlanOnThreads(inputs: LabourInputs, scenario: LabourScenario, solver: LpSolver, workers: number, threads: LabourThreads): Promise<LabourPlan> {
  if (workers <= 1) return solveLabourPlan(inputs, scenario, solver);
  return solveLabourPlanSplit(inputs, scenario, solver, { workers, startPart: (skills, part) => threads.startPart(scenario, skills, part) }).result;
}

/** Runs one matching and returns the printed object. */
export async function runMatch(o: MatchRunOptions): Promise<Record<string, unknown>> {
  const files = readMatchingFiles(o.root);
  const { index, pairs, labour } = files;
  const links = createPartnerLinks(pairs, index, o.structure);
  const t0 = performance.now();
  const highs = await loadHighs();
  const coldMs = performance.now() - t0;
  const solver = createHighsSolver(highs);
  if (o.mode === 'labour') {
    const scenario = { ...DEFAULT_LABOUR_SCENARIO, structure: o.structure, reach: o.reach, east: o.east, skills: o.skill ? [o.skill] : null };
    const inputs = labourInputsOf(files, o.structure);
    const workers = o.workers ?? labourWorkerCount(availableParallelism(), scenarioSkills(labour, scenario).length);
    const threads = createLabourThreads(o.root);
    // CPU time of the whole process (every thread) beside wall time: the machine may be shared, and wall time
    // swings with its load. With threads, both include their start (reading the data, loading HiGHS).
    const cpu0 = process.cpuUsage();
    let plan: LabourPlan;
    try {
      plan = await solveLabourPlanOnThreads(inputs, scenario, solver, workers, threads);
    } finally {
      threads.dispose();
    }
    const cpu = process.cpuUsage(cpu0);
    const out: Record<string, unknown> = {
      mode: 'labour', solver: plan.solver, label: labour.label, status: plan.status, objective: plan.objective, solveMs: plan.solveMs, coldMs,
      workers: plan.workers, cpuMs: (cpu.user + cpu.system) / 1000, load1: loadavg()[0],
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
  const industry = parseIndustryData(readRootJson(o.root, 'public/data/matching/industry.json'));
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
