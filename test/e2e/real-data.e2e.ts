/**
 * Real data beside the sample in the browser: a 2020 census indicator carries the real badge (not the sample
 * one), a legend, and a timeline that says only 2020 exists; the exit-year layer draws its categories with the
 * real batch counts in the legend. One app start; waits are on the pane's render count, never sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, textOf, type AppSession } from './helpers/browser';
import { renderCount, waitForMapReady, waitForRenderQuiet, waitForRenderSettled } from './helpers/map-pane';

const legend = '[data-testid="legend-0"]';
let app: AppSession;

describe('real data in the browser', () => {
  beforeAll(async () => {
    app = await openApp({ hash: 'v=2&p0.ind=census2020:tap_water_dwelling&p0.y=2016' });
    await waitForMapReady(app.page);
    await app.page.waitForSelector(`${legend} .legend-row`, { timeout: 90_000 });
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
  }, 200_000);

  afterAll(async () => {
    await app?.close();
  });

  it('marks the census layer as real data with its source, never as sample, and shows it at 2020', async () => {
    expect(await textOf(app.page, '[data-testid="map-real-badge-0"]')).toBe('真实数据 · 2020 年第七次全国人口普查');
    expect(await app.page.locator('[data-testid="map-sample-badge-0"]').count()).toBe(0);
    const text = await textOf(app.page, legend);
    expect(text).toContain('住房内有管道自来水');
    expect(text).toContain('2020');
    expect(text).toContain('真实数据');
    expect(await textOf(app.page, '[data-testid="timeline-only-year"]')).toContain('2020');
    expect(await app.page.getByTestId('real-data-hint').isVisible()).toBe(true);
    // The census is on screen already: the hint offers only the other real layer.
    expect(await app.page.getByTestId('hint-census').count()).toBe(0);
  }, 30_000);

  it('the exit-year layer from the hint shows one legend class per exit year with the real counts', async () => {
    const before = await renderCount(app.page);
    await app.page.getByTestId('hint-exit-year').click();
    await waitForRenderSettled(app.page, 0, before, 90_000, 800);
    await expect.poll(() => textOf(app.page, legend), { timeout: 30_000 }).toContain('2019 年摘帽');
    expect(await textOf(app.page, '[data-testid="map-facts-badge-0"]')).toContain('公开事实');
    const rows = await app.page.locator(`${legend} .legend-row`).allTextContents();
    const countOf = (label: string) => Number(rows.find((r) => r.includes(label))?.replace(label, '').trim());
    // Polygons (832 counties on 830 units: 冷湖, 茫崖 and 大柴旦 share one 2016 polygon, all 2019).
    expect(countOf('2016 年摘帽')).toBe(28);
    expect(countOf('2020 年摘帽')).toBe(52);
    expect(countOf('2019 年摘帽')).toBe(342);
    expect(await app.page.getByTestId('real-data-hint').count()).toBe(0);
  }, 120_000);
});
