#!/usr/bin/env node
// Labour and industry matching on the command line:
//   npm run -s match -- labour|industry [--structure 2016|2021] [--scenario paired|any] [--skill ID] [--east ADCODE]
//                       [--json] [--lp FILE] [--check-full] [--workers N]
// It runs the same TypeScript model builder and HiGHS (WebAssembly) solver as the browser worker, loaded through
// tsx. With --json, stdout carries exactly one JSON object { status, objective, solveMs, cpuMs, variables, constraints,
// totals, flows, … }; without it, a short summary. --lp FILE writes the FULL model of the run (every pair the
// scenario allows, not the reduced candidate set) in CPLEX LP format, so any LP solver can check the optimum;
// --check-full also solves that full model directly and reports its objective. --workers N solves the labour skills
// on N threads (default: one per core, at most one per skill and 4; 1 = one after another in this thread): the
// output is the same whatever N, except the timings and `workers`. The data are sample data (示例数据).
// Exit code: 0 optimal, 1 not optimal (infeasible, time limit, error), 2 bad usage.
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const invokedFrom = process.env.INIT_CWD || process.cwd();
const USAGE = 'usage: npm run -s match -- labour|industry [--structure 2016|2021] [--scenario paired|any] [--skill ID] [--east ADCODE] [--json] [--lp FILE] [--check-full] [--workers N]';
const SKILLS = ['construction', 'manufacturing', 'services', 'care', 'agri_processing', 'ecommerce_logistics'];

function parseArgs(argv) {
  const o = { mode: null, structure: 2021, reach: 'any', skill: null, east: null, lpFile: null, json: false, checkFull: false, workers: null, root };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'labour' || a === 'industry') o.mode = a;
    else if (a === '--json') o.json = true;
    else if (a === '--check-full') o.checkFull = true;
    else if (a === '--structure') {
      o.structure = Number(argv[++i]);
      if (o.structure !== 2016 && o.structure !== 2021) throw new Error('--structure must be 2016 or 2021');
    } else if (a === '--scenario') {
      o.reach = argv[++i];
      if (o.reach !== 'paired' && o.reach !== 'any') throw new Error('--scenario must be paired or any');
    } else if (a === '--skill') {
      o.skill = argv[++i];
      if (!SKILLS.includes(o.skill)) throw new Error(`--skill must be one of ${SKILLS.join(', ')}`);
    } else if (a === '--east') {
      o.east = argv[++i];
      if (!/^\d{6}$/.test(o.east ?? '')) throw new Error('--east must be a 6-digit adcode');
    } else if (a === '--workers') {
      o.workers = Number(argv[++i]);
      if (!Number.isInteger(o.workers) || o.workers < 1 || o.workers > 6) throw new Error('--workers must be a whole number from 1 to 6');
    } else if (a === '--lp') o.lpFile = resolve(invokedFrom, argv[++i] ?? '');
    else if (a === '-h' || a === '--help') return null;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.mode) throw new Error('say labour or industry');
  return o;
}

function fail(json, message, code) {
  if (json) process.stdout.write(`${JSON.stringify({ status: 'error', error: message })}\n`);
  else process.stderr.write(`${message}\n`);
  process.exit(code);
}

const json = process.argv.includes('--json');
let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (error) {
  fail(json, `${error.message}\n${USAGE}`, 2);
}
if (!opts) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
try {
  const { runMatch } = await tsImport('./matching/match-run.ts', import.meta.url);
  const out = await runMatch(opts);
  if (opts.json) process.stdout.write(`${JSON.stringify(out)}\n`);
  else {
    const t = out.totals;
    process.stdout.write(`${out.mode} (示例数据 / sample data) · ${out.solver} · ${out.status} · objective ${out.objective.toFixed(0)} · ${out.solveMs.toFixed(0)} ms${out.workers ? ` on ${out.workers} thread(s)` : ''}, cpu ${out.cpuMs.toFixed(0)} ms at load ${out.load1.toFixed(1)} (wasm load ${out.coldMs.toFixed(0)} ms)\n`);
    process.stdout.write(`${out.variables} variables (${out.columnsSolved} solved), ${out.constraints} constraints, ${out.flows.length} flows\n`);
    process.stdout.write(`${JSON.stringify(t)}\n`);
    if (out.fullLp) process.stdout.write(`full LP: ${out.fullLp.status} objective ${out.fullLp.objective.toFixed(0)} in ${out.fullLp.solveMs.toFixed(0)} ms\n`);
    if (opts.lpFile) process.stdout.write(`full model written to ${opts.lpFile}\n`);
  }
  process.exitCode = out.status === 'optimal' ? 0 : 1;
} catch (error) {
  fail(json, `match failed: ${error?.stack ?? error}`, 1);
}
