/**
 * Matching solve times (issue 15): the full labour problem (all western counties × all eastern cities × 6 skills)
 * and the industry problem, solved exactly with HiGHS (WebAssembly) in a fresh Node process: wasm load, first
 * (cold) solve and the warm median. Node runs the very model code of the browser worker; the browser adds only
 * the transfer of the packed flows.
 */
import { spawn } from 'node:child_process';

export default {
  name: 'matching',
  description: 'labour and industry matching: cold and warm solve times of the full problems (HiGHS wasm, Node)',
  async run(ctx) {
    const runs = Math.max(1, ctx.runs);
    const text = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/matching/match-bench.ts', '--runs', String(runs)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`match-bench exited with ${code}`))));
    });
    const result = JSON.parse(String(text).trim().split('\n').pop());
    ctx.log(`matching: labour any warm ${result.labourAny.warmMedianMs} ms (${result.labourAnyParallel.workers} workers: ${result.labourAnyParallel.warmMedianMs} ms), paired ${result.labourPaired.warmMedianMs} ms, industry ${result.industry.warmMedianMs} ms (wasm load ${result.wasmLoadMs} ms)`);
    return result;
  },
};
