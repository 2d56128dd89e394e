/**
 * Classes fixed across years in the browser: stepping the years keeps the legend's breaks where they are (colours
 * show progress, not rank) and the legend says so; the "per year" option brings per-year breaks back.
 * One app start; waits are on the legend and the pane's render count, never sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, textOf, type AppSession } from './helpers/browser';
import { waitForMapReady, waitForRenderQuiet } from './helpers/map-pane';

const legend = '[data-testid="legend-0"]';
let app: AppSession;

async function legendLabels(): Promise<string[]> {
  return app.page.locator(`${legend} .legend-row__label`).allTextContents();
}

/** Steps the timeline one year on and waits until the legend shows `year`. */
async function stepTo(year: number): Promise<void> {
  await app.page.getByTestId('timeline-slider').focus();
  await app.page.keyboard.press('ArrowRight');
  await expect.poll(() => textOf(app.page, `${legend} summary`), { timeout: 30_000 }).toContain(String(year));
  await expect.poll(() => app.page.locator(legend).getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
}

describe('classes fixed across years', () => {
  beforeAll(async () => {
    app = await openApp({ hash: 'v=2&p0.ind=sample:poverty_incidence&p0.y=2016' });
    await waitForMapReady(app.page);
    await app.page.waitForSelector(legend, { timeout: 60_000 });
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
  }, 200_000);

  afterAll(async () => {
    await app?.close();
  });

  it('stepping the years keeps the legend breaks; "per year" recomputes them', async () => {
    const fixed = await textOf(app.page, '[data-testid="legend-fixed-0"]');
    expect(fixed).toMatch(/^20\d\d–20\d\d 固定分级$/);
    const start = await legendLabels();
    expect(start.length).toBeGreaterThanOrEqual(3);
    const counts: string[] = [(await app.page.locator(`${legend} .legend-row__count`).allTextContents()).join()];
    for (const year of [2017, 2018, 2019, 2020]) {
      await stepTo(year);
      expect(await legendLabels()).toEqual(start);
      counts.push((await app.page.locator(`${legend} .legend-row__count`).allTextContents()).join());
    }
    // The classes stayed, the counties moved between them (poverty falls).
    expect(new Set(counts).size).toBeGreaterThan(1);
    // Years are labels, never quantities.
    expect(await textOf(app.page, `${legend} summary`)).not.toMatch(/\d,\d{3}/);

    const perYear = app.page.getByTestId('per-year-0');
    if (!(await perYear.isVisible())) await app.page.getByTestId('indicator-panel-0').locator('summary').click();
    await perYear.check();
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toContain('p0.brkyr=1');
    await expect.poll(() => textOf(app.page, '[data-testid="legend-fixed-0"]'), { timeout: 30_000 }).toBe('按 2020 年分级');
    // 2020: every county at 0, so the per-year breaks collapse; the fixed ones did not.
    await expect.poll(() => legendLabels(), { timeout: 30_000 }).not.toEqual(start);
    expect(app.pageErrors).toEqual([]);
  }, 200_000);
});
