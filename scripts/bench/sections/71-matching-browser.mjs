/**
 * The full labour problem solved in the built app (issue 15): every western county × every eastern city × 6
 * skills, in the matching worker and its helpers (one per core, at most four), as a planner changing a weight sees
 * it. After the first solve (workers starting, HiGHS loading), the partner bonus is changed by one yuan at a time,
 * as the panel's field does, and each re-solve's time is read from the plan (`data-solve-ms`: the worker's wall
 * time of the split solve), with the main thread's long tasks over the same window. Software WebGL shares the
 * cores, so the map is left to go quiet before each change. (Changing the URL instead rebuilds every pane's layers,
 * and the frame that draws them, on the same two cores, cost the solve 20–30 % at 1920×1080.)
 */
import { waitForMapReady, waitForRenderQuiet } from '../lib/bench-browser.mjs';

/** Re-solves; the first WARMUP still run partly unoptimised code (V8 tiers up the workers' hot paths over a few solves). */
const RESOLVES = 7;
const WARMUP = 2;
const view = (bonus) => `v=2&p0.ly=labels&tab=match&mt=labour:2021:any:-:::${bonus}:0.5:`;
const DONE = '[data-testid="matching-solver"][data-slot-status="done"] [data-testid="matching-status"][data-status="optimal"]';

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Waits for the plan of `bonus` and returns its solve time. */
async function solved(page, bonus) {
  await page.waitForFunction(({ done, bonus }) => !!document.querySelector(done) && location.hash.includes(`:${bonus}:`), { done: DONE, bonus }, { timeout: 240_000 });
  return Number(await page.getAttribute('[data-testid="matching-status"]', 'data-solve-ms'));
}

export default {
  name: 'matchingBrowser',
  description: 'full labour problem re-solved in the built app (workers, HiGHS wasm)',
  async run(ctx) {
    const browser = await ctx.openBrowser({ width: 1920, height: 1080 });
    try {
      const { page } = browser;
      await page.goto(`${ctx.baseUrl}#${view(400)}`);
      await waitForMapReady(page, 0);
      const firstMs = await solved(page, 400);
      const workers = Number(await page.getAttribute('[data-testid="matching-workers"]', 'data-workers'));
      const warm = [];
      const longest = [];
      for (let i = 1; i <= RESOLVES; i++) {
        await waitForRenderQuiet(page, 0, 1500);
        // As the panel's bonus field does (setMatching): only the matching part of the view changes.
        await page.evaluate((bonus) => {
          window.__bench.longTasks.length = 0;
          window.__tandem.viewActions().apply((v) => ({ ...v, matching: { ...v.matching, partnerBonus: bonus, flow: null } }));
        }, 400 + i);
        warm.push(await solved(page, 400 + i));
        longest.push(await page.evaluate(() => window.__bench.longTasks.reduce((m, t) => Math.max(m, t.durationMs), 0)));
      }
      const out = { workers, firstSolveMs: firstMs, resolveMs: warm, warmMedianMs: median(warm.slice(WARMUP)), longestTaskMs: Math.round(Math.max(...longest)) };
      ctx.log(`matching in the browser: ${workers} workers, first ${firstMs} ms, re-solves ${warm.join(', ')} ms (warm median after ${WARMUP}: ${out.warmMedianMs} ms), longest main-thread task ${out.longestTaskMs} ms`);
      return out;
    } finally {
      await browser.close();
    }
  },
};
