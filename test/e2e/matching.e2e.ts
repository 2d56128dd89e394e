/**
 * Labour matching in the browser: solve a plan for one eastern partner (浙江, paired partners only, construction)
 * in the solver worker, see which solver ran and its status, the arcs on the map (read from the pane's pixels)
 * and the assignments table, and open one assignment's explanation. One app start for the file.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { loadFresh, openApp, textOf, type AppSession } from './helpers/browser';
import { screenshotPane, waitForMapReady, waitForRenderQuiet } from './helpers/map-pane';

const ARTIFACTS = 'test-results';
/** Target colour of partner flows (src/layers/matching-arc-layer.ts); it does not occur in the YlOrRd choropleth. */
const PARTNER: [number, number, number] = [214, 96, 77];

function countColor(png: Buffer, [r, g, b]: [number, number, number], tolerance = 30): number {
  const { data } = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r) <= tolerance && Math.abs(data[i + 1]! - g) <= tolerance && Math.abs(data[i + 2]! - b) <= tolerance) n++;
  }
  return n;
}

let app: AppSession;

describe('labour matching in the browser', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openApp();
    await loadFresh(app, 'v=2&p0.ly=labels&tab=match&mt=labour:2021:paired:-:330000:construction:400:0.5:');
    await waitForMapReady(app.page);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('solves a plan for 浙江 with HiGHS in the worker, from this origin only, labelled sample data', async () => {
    await app.page.waitForSelector('[data-testid="matching-status"][data-status="optimal"]', { timeout: 120_000 });
    expect(await textOf(app.page, '[data-testid="matching-solver"]')).toMatch(/HiGHS .*WebAssembly/);
    expect(await textOf(app.page, '[data-testid="matching-sample"]')).toContain('示例数据');
    expect(app.requests.some((u) => /\.wasm$/.test(u))).toBe(true);
    expect(app.offOriginRequests).toEqual([]);
    const rows = await app.page.locator('[data-testid="matching-row"]').count();
    expect(rows).toBeGreaterThan(5);
    // Paired partners only: every eastern destination in view is a city of 浙江.
    expect(await textOf(app.page, '[data-testid="matching-legend"]')).toContain('西部 → 东部');
  }, 150_000);

  it('draws the plan as arcs on the map', async () => {
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
    const png = await screenshotPane(app.page, 0, `${ARTIFACTS}/matching-zhejiang.png`);
    expect(countColor(png, PARTNER), 'no partner-flow arc pixels').toBeGreaterThan(100);
  }, 120_000);

  it('opens one assignment’s explanation: utility parts, binding constraint, runner-up and shadow prices', async () => {
    await app.page.locator('[data-testid="matching-row"]').first().click();
    const text = await textOf(app.page, '[data-testid="matching-explain"]');
    expect(text).toContain('工资');
    expect(text).toContain('结对加分');
    expect(text).toMatch(/次优去向|没有其他可去之处/);
    expect(text).toContain('多 1 个岗位');
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toMatch(/mt=labour:2021:paired:-:330000:construction:400:0\.5:0/);
  }, 30_000);
});
