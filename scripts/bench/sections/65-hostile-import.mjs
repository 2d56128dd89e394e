/**
 * Hostile inputs: each file of the hostile corpus (test/fixtures/import/hostile) at the sizes of issue 18, imported
 * in a fresh Node process by test/bench/hostile-import.bench.mjs: wall time, peak resident memory and outcome per
 * file. Bounds are reported, not asserted (goal: every bomb refused within a second, memory well under 1 GB).
 * `TANDEM_BENCH_HOSTILE=0` skips it.
 */
import { spawn } from 'node:child_process';

export default {
  name: 'hostileImport',
  description: 'time and peak memory per hostile-corpus file (CLI path, fresh process each)',
  async run(ctx) {
    if (process.env.TANDEM_BENCH_HOSTILE === '0') return { skipped: true };
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['test/bench/hostile-import.bench.mjs'], { stdio: ['ignore', 'pipe', 2] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) return reject(new Error(`hostile-import.bench.mjs exited with ${code}`));
        try {
          resolve(JSON.parse(out));
        } catch (error) {
          ctx.log('hostile-import.bench.mjs printed', out.slice(0, 500));
          reject(error);
        }
      });
    });
  },
};
