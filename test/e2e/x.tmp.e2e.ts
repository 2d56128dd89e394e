import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadFresh, openApp, textOf, type AppSession } from './helpers/browser';
import { waitForRenderQuiet } from './helpers/map-pane';
let app: AppSession;
describe('probe full labour solve time in the browser', () => {
  beforeAll(async () => { app = await openApp(); }, 180_000);
  afterAll(async () => { await app?.close(); });
  it('solves the full any-city problem twice', async () => {
    const page = app.page;
    for (const bonus of [400, 401, 402, 403, 404, 405]) {
      const t0 = Date.now();
      if (bonus === 400) await loadFresh(app, `v=2&p0.ly=labels&tab=match&mt=labour:2021:any:-:::${bonus}:0.5:`);
      else await page.evaluate((h) => { (window as unknown as { __lt: number[] }).__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as unknown as { __lt: number[] }).__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask' }); location.hash = h; }, `v=2&p0.ly=labels&tab=match&mt=labour:2021:any:-:::${bonus}:0.5:`);
      await page.waitForFunction((b) => { const el = document.querySelector('[data-testid="matching-solver"][data-slot-status="done"] [data-testid="matching-status"][data-status="optimal"]'); return !!el && location.hash.includes(`:${b}:`); }, bonus, { timeout: 240_000 });
      await waitForRenderQuiet(page, 0, 1500, 120_000);
      const lt = await page.evaluate(() => (window as unknown as { __lt?: number[] }).__lt ?? []);
      console.log('longtasks', JSON.stringify(lt));
      console.log('bonus', bonus, 'wall', Date.now() - t0, 'ms;', await textOf(page, '[data-testid="matching-solver"]'), '| workers', await page.getAttribute('[data-testid="matching-workers"]', 'data-workers'));
    }
  }, 600_000);
});
