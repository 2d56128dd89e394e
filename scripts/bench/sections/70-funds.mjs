/**
 * Fund flows in Node (test/bench/funds.bench.mjs): parsing the sample long table, the national and one province's
 * Sankey graph with the balance check, the d3-sankey layout and results per yuan. Goal: graph + layout ≤ 50 ms.
 */
import { spawn } from 'node:child_process';

/** The section. */
export default {
  name: 'funds',
  description: 'fund long table parse, Sankey graph + balance + layout, results per yuan (Node)',
  run(ctx) {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['test/bench/funds.bench.mjs'], { stdio: ['ignore', 'pipe', 2] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) return reject(new Error(`funds.bench.mjs exited with ${code}`));
        try {
          resolve(JSON.parse(out));
        } catch (error) {
          ctx.log('funds.bench.mjs printed', out.slice(0, 500));
          reject(error);
        }
      });
    });
  },
};
