/**
 * Monitoring in the browser: the risk score (a derived dataset) is mapped like any indicator; changing a dimension's
 * weight in the monitor tab re-computes it, so the map and its legend change and the URL keeps the weight; picking a
 * county on the map shows its deprivations. One app start; waits are on the legend, the URL and the render count.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, textOf, type AppSession } from './helpers/browser';
import { jumpTo, projectToPage, screenshotPane, waitForMapReady, waitForRenderQuiet } from './helpers/map-pane';

const legend = '[data-testid="legend-0"]';
let app: AppSession;

interface CountyPoint { adcode: string; name: string; point: [number, number] }
const counties = (JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as { counties: CountyPoint[] }).counties;

async function legendState(): Promise<string> {
  await expect.poll(() => app.page.locator(legend).getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
  const labels = await app.page.locator(`${legend} .legend-row__label`).allTextContents();
  const counts = await app.page.locator(`${legend} .legend-row__count`).allTextContents();
  return `${labels.join('|')} / ${counts.join('|')}`;
}

describe('monitoring', () => {
  beforeAll(async () => {
    app = await openApp({ hash: 'v=2&p0.ind=monitor:risk_score&p0.y=2022&tab=monitor' });
    await waitForMapReady(app.page);
    await app.page.waitForSelector(legend, { timeout: 90_000 });
    await app.page.waitForSelector('[data-testid="monitor-summary"]', { timeout: 90_000 });
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
  }, 240_000);

  afterAll(async () => {
    await app?.close();
  });

  it('a heavier weight changes the risk map and its legend; a picked county shows its deprivations', async () => {
    expect(await textOf(app.page, `${legend} summary`)).toContain('多维风险得分');
    const before = await legendState();
    const m0Before = await textOf(app.page, '[data-testid="monitor-m0-nation"]');
    const pngBefore = await screenshotPane(app.page, 0);

    await app.page.getByTestId('monitor-weight-income').fill('6');
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 10_000 }).toContain('mw=income:6');
    await expect.poll(() => legendState(), { timeout: 60_000 }).not.toBe(before);
    await expect.poll(() => textOf(app.page, '[data-testid="monitor-m0-nation"]'), { timeout: 30_000 }).not.toBe(m0Before);
    await waitForRenderQuiet(app.page, 0, 800, 60_000);
    expect((await screenshotPane(app.page, 0)).equals(pngBefore)).toBe(false);

    // Pick a large western county on the map (centred, so no panel covers it).
    const c = counties.find((x) => x.adcode === '513232')!;
    await jumpTo(app.page, { lng: c.point[0], lat: c.point[1], zoom: 7 });
    await waitForRenderQuiet(app.page, 0, 600, 60_000);
    const p = await projectToPage(app.page, c.point);
    await app.page.mouse.click(p.x, p.y);
    const block = '[data-testid="monitor-county"]';
    await expect.poll(() => textOf(app.page, block), { timeout: 30_000 }).toContain(c.name);
    const rows = app.page.locator(`${block} [data-testid^="monitor-deprivation-"]`);
    expect(await rows.count()).toBe(6);
    const flags = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-deprived')));
    expect(flags.every((f) => f === 'true' || f === 'false' || f === 'none')).toBe(true);
    expect(flags.some((f) => f !== 'none')).toBe(true);
    expect(await textOf(app.page, `${block} [data-testid="monitor-deprivation-income"]`)).toMatch(/< 12,?000/);
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  }, 240_000);
});
