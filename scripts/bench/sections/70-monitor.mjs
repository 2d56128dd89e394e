/**
 * Monitoring: the derived dataset over the shipped samples (2,862 counties, all years), timed by
 * test/bench/monitor.bench.mjs in a fresh Node process: first risk score, recompute after a weight change, county
 * exit status, relapse status. Reported, not asserted. `TANDEM_BENCH_MONITOR=0` skips it.
 */
import { spawn } from 'node:child_process';

export default {
  name: 'monitor',
  description: 'derived monitoring dataset: risk score, weight-change recompute, rule statuses (Node)',
  async run(ctx) {
    if (process.env.TANDEM_BENCH_MONITOR === '0') return { skipped: true };
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['test/bench/monitor.bench.mjs'], { stdio: ['ignore', 'pipe', 2] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) return reject(new Error(`monitor.bench.mjs exited with ${code}`));
        try {
          resolve(JSON.parse(out));
        } catch (error) {
          ctx.log('monitor.bench.mjs printed', out.slice(0, 500));
          reject(error);
        }
      });
    });
  },
};
