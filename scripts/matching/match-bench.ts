/**
 * Solve times of the full matching problems in Node (the same model code and HiGHS WebAssembly as the browser
 * worker): cold = this fresh process loading the wasm and solving once; warm = the median of further solves.
 * Labour: all western counties × all eastern cities × 6 skills (any city, and paired partners only); industry:
 * every enterprise × every eligible county (LP relaxation by pricing, then the MIP). labourAnyParallel: the any-city
 * plan with its skills split over one thread per core (at most 4, as the browser worker does; labour-split.ts), the
 * first solve including the threads' start. CPU figures are the whole process's, threads included. Prints one JSON object.
 * Usage: node --import tsx scripts/matching/match-bench.ts [--runs N]
 */
import { availableParallelism, loadavg } from 'node:os';
import loadHighs from 'highs';
import { createHighsSolver } from '../../src/lib/highs-lp-solver';
import { scenarioSkills, solveLabourPlan } from '../../src/model/matching/labour-plan';
import { labourWorkerCount } from '../../src/model/matching/labour-split';
import { solveLabourPlanOnThreads } from './match-run';
import { createLabourThreads } from './labour-threads';
import { labourInputsOf, readMatchingFiles, readRootJson } from './match-files';
import { parseIndustryData } from '../../src/model/matching/matching-data';
import { DEFAULT_LABOUR_SCENARIO } from '../../src/model/matching/labour-scenario';
import { DEFAULT_INDUSTRY_SCENARIO, solveIndustryPlan } from '../../src/model/matching/industry-plan';

const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 3;
// The same files and inputs as the command line and its solver threads (match-files.ts).
const files = readMatchingFiles('.');
const labour = files.labour;
const industry = parseIndustryData(readRootJson('.', 'public/data/matching/industry.json'));
const inputs = labourInputsOf(files, 2021);
const links = inputs.links;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number): number => Math.round(x);
/** CPU milliseconds (user + system) of this process spent in `f`, beside its result: the machine is shared, wall times swing with the load. */
function withCpu<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const r = f();
  const c = process.cpuUsage(c0);
  return [r, (c.user + c.system) / 1000];
}

const t0 = performance.now();
const solver = createHighsSolver(await loadHighs());
const wasmLoadMs = performance.now() - t0;
const out: Record<string, unknown> = { solver: solver.name, wasmLoadMs: round(wasmLoadMs), runs, loadAtStart: loadavg() };
for (const [name, reach] of [['labourAny', 'any'], ['labourPaired', 'paired']] as const) {
  const times: number[] = [];
  const cpus: number[] = [];
  const first = withCpu(() => solveLabourPlan(inputs, { ...DEFAULT_LABOUR_SCENARIO, reach }, solver));
  let last = first[0];
  const coldCpu = first[1];
  const cold = last.solveMs;
  for (let i = 0; i < runs; i++) {
    const [plan, cpu] = withCpu(() => solveLabourPlan(inputs, { ...DEFAULT_LABOUR_SCENARIO, reach }, solver));
    last = plan;
    times.push(last.solveMs);
    cpus.push(cpu);
  }
  // Progress on stderr, so a run cut short still says what it measured.
  process.stderr.write(`${name}: first ${round(cold)} ms (cpu ${round(coldCpu)}), warm ${times.map(round).join(', ')} ms (cpu ${cpus.map(round).join(', ')}), load ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${last.skills.map((s) => `${s.skill} ${round(s.solveMs)} ms/${s.rounds} rounds`).join('; ')}\n`);
  out[name] = {
    status: last.status, variables: last.variables, constraints: last.constraints, columnsSolved: last.columnsSolved, flows: last.flows.length,
    firstSolveMs: round(cold), firstCpuMs: round(coldCpu), warmMedianMs: round(median(times)), warmMs: times.map(round), warmCpuMs: cpus.map(round), load1: loadavg()[0],
    perSkillWarmMs: last.skills.map((s) => [s.skill, round(s.solveMs), s.rounds, s.columnsSolved]),
  };
}
{
  // The any-city plan on several threads (wall time; process.cpuUsage counts every thread of the process).
  const workers = labourWorkerCount(availableParallelism(), scenarioSkills(labour, DEFAULT_LABOUR_SCENARIO).length);
  const threads = createLabourThreads('.');
  const solveOnce = async (): Promise<[Awaited<ReturnType<typeof solveLabourPlanOnThreads>>, number]> => {
    const c0 = process.cpuUsage();
    const plan = await solveLabourPlanOnThreads(inputs, DEFAULT_LABOUR_SCENARIO, solver, workers, threads);
    const c = process.cpuUsage(c0);
    return [plan, (c.user + c.system) / 1000];
  };
  try {
    const [firstPlan, coldCpu] = await solveOnce();
    const times: number[] = [];
    const cpus: number[] = [];
    let last = firstPlan;
    for (let i = 0; i < runs; i++) {
      const [plan, cpu] = await solveOnce();
      last = plan;
      times.push(plan.solveMs);
      cpus.push(cpu);
    }
    const serial = out['labourAny'] as { flows: number };
    process.stderr.write(`labourAnyParallel (${last.workers} workers): first ${round(firstPlan.solveMs)} ms (cpu ${round(coldCpu)}), warm ${times.map(round).join(', ')} ms (cpu ${cpus.map(round).join(', ')}), load ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
    out['labourAnyParallel'] = {
      status: last.status, workers: last.workers, flows: last.flows.length, sameFlowCountAsSerial: last.flows.length === serial.flows,
      firstSolveMs: round(firstPlan.solveMs), firstCpuMs: round(coldCpu), warmMedianMs: round(median(times)), warmMs: times.map(round), warmCpuMs: cpus.map(round), load1: loadavg()[0],
    };
  } finally {
    threads.dispose();
  }
}
{
  const times: number[] = [];
  const cpus: number[] = [];
  const first = withCpu(() => solveIndustryPlan(industry, labour, links, DEFAULT_INDUSTRY_SCENARIO, solver));
  let last = first[0];
  const coldCpu = first[1];
  const cold = last.solveMs;
  for (let i = 0; i < runs; i++) {
    const [plan, cpu] = withCpu(() => solveIndustryPlan(industry, labour, links, DEFAULT_INDUSTRY_SCENARIO, solver));
    last = plan;
    times.push(last.solveMs);
    cpus.push(cpu);
  }
  process.stderr.write(`industry: first ${round(cold)} ms (cpu ${round(coldCpu)}), warm ${times.map(round).join(', ')} ms (cpu ${cpus.map(round).join(', ')}), ${last.status}, gap ${last.gap}\n`);
  out['industry'] = { status: last.status, gap: last.gap, variables: last.variables, constraints: last.constraints, columnsSolved: last.columnsSolved, firstSolveMs: round(cold), firstCpuMs: round(coldCpu), warmMedianMs: round(median(times)), warmMs: times.map(round), warmCpuMs: cpus.map(round), load1: loadavg()[0] };
}
process.stdout.write(`${JSON.stringify(out)}\n`);
