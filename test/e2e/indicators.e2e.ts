/**
 * Indicators over time in the browser: choosing an indicator and a year changes the legend and the map's colours
 * (read from canvas pixels), the threshold method shows the official lines, and a county found by search opens its
 * profile with the exit check. One app start for the file; waits are on the pane's render count, never sleeps.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../src/model/geo/county';
import { openApp, textOf, type AppSession } from './helpers/browser';
import { renderCount, screenshotPane, waitForMapReady, waitForRenderQuiet, waitForRenderSettled } from './helpers/map-pane';

const ARTIFACTS = 'test-results';
const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;

/** Share of pixels that differ (any channel by more than 24) in the right 55% of the pane, away from the legend. */
function changedShare(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  let changed = 0;
  let total = 0;
  const x0 = Math.floor(pa.width * 0.45);
  for (let y = 0; y < Math.min(pa.height, pb.height); y++) {
    for (let x = x0; x < Math.min(pa.width, pb.width); x++) {
      const i = (y * pa.width + x) * 4;
      const j = (y * pb.width + x) * 4;
      total++;
      if ([0, 1, 2].some((k) => Math.abs(pa.data[i + k]! - pb.data[j + k]!) > 24)) changed++;
    }
  }
  return changed / total;
}

/** Runs `action` and waits until pane 0 has drawn the result. */
async function andRedraw(action: () => Promise<unknown>): Promise<void> {
  const before = await renderCount(app.page);
  await action();
  await waitForRenderSettled(app.page, 0, before, 90_000, 800);
}

const legend = '[data-testid="legend-0"]';
let app: AppSession;

describe('indicators over time in the browser', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openApp({ hash: 'v=2&p0.ind=sample:poverty_incidence&p0.y=2016' });
    await waitForMapReady(app.page);
    await app.page.waitForSelector(legend, { timeout: 60_000 });
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
  }, 200_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows the legend with classes, counts, unit, year and the sample badge', async () => {
    const text = await textOf(app.page, legend);
    expect(text).toContain('贫困发生率');
    expect(text).toContain('2016');
    expect(text).toContain('示例数据');
    expect(text).not.toContain('Sample data');
    const rows = app.page.locator(`${legend} .legend-row`);
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const counts = (await app.page.locator(`${legend} .legend-row__count`).allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(index.counties.length);
    expect(await app.page.getByTestId('map-sample-badge-0').isVisible()).toBe(true);
  }, 30_000);

  it('choosing another indicator changes the legend and the map colours', async () => {
    const before = await screenshotPane(app.page, 0, `${ARTIFACTS}/indicators-incidence-2016.png`);
    await andRedraw(() => app.page.getByTestId('indicator-select-0').selectOption('sample:tap_water'));
    await expect.poll(() => textOf(app.page, `${legend} summary`), { timeout: 30_000 }).toContain('自来水');
    const after = await screenshotPane(app.page, 0, `${ARTIFACTS}/indicators-tapwater-2016.png`);
    // China is now fitted inside the part of the pane no panel covers (smaller on screen), so fewer pixels change.
    expect(changedShare(before, after)).toBeGreaterThan(0.05);
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toContain('p0.ind=sample:tap_water');
  }, 150_000);

  it('moving the year slider changes the year in the legend, the URL and the colours', async () => {
    const before = await screenshotPane(app.page, 0);
    const key = await app.page.locator(legend).getAttribute('data-legend-key');
    await andRedraw(async () => {
      await app.page.getByTestId('timeline-slider').focus();
      for (let i = 0; i < 6; i++) await app.page.keyboard.press('ArrowRight');
    });
    await expect.poll(() => textOf(app.page, '[data-testid="timeline-year"]'), { timeout: 10_000 }).toBe('2022');
    await expect.poll(() => textOf(app.page, `${legend} summary`), { timeout: 30_000 }).toContain('2022');
    expect(await app.page.locator(legend).getAttribute('data-legend-key')).not.toBe(key);
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
    const after = await screenshotPane(app.page, 0, `${ARTIFACTS}/indicators-tapwater-2022.png`);
    expect(changedShare(before, after)).toBeGreaterThan(0.05);
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toContain('p0.y=2022');
  }, 150_000);

  it('the threshold method shows pass/near/fail and the 2%/3% lines', async () => {
    await andRedraw(async () => {
      await app.page.getByTestId('indicator-select-0').selectOption('sample:poverty_incidence');
      await app.page.getByTestId('timeline-slider').fill('2016');
      await app.page.getByTestId('method-select-0').selectOption('threshold');
    });
    await expect.poll(() => textOf(app.page, '[data-testid="legend-lines-0"]'), { timeout: 30_000 }).toMatch(/2%[\s\S]*3%/);
    const labels = await app.page.locator(`${legend} .legend-row__label`).allTextContents();
    expect(labels.slice(0, 3).map((l) => l.slice(0, 2))).toEqual(['达标', '临界', '未达']);
    // Clicking a class highlights it (and the map redraws with the others dimmed).
    await andRedraw(() => app.page.getByTestId('legend-row-0-2').click());
    expect(await app.page.getByTestId('legend-row-0-2').getAttribute('aria-pressed')).toBe('true');
  }, 150_000);

  it('a county found by search opens its profile with the exit check', async () => {
    const county = index.counties.find((c) => c.adcode === '513332')!; // 石渠县
    await app.page.mouse.move(5, 5);
    const box = app.page.getByTestId('county-search');
    await box.fill(county.name);
    const options = app.page.locator(`[id="${await box.getAttribute('aria-controls')}"] [role="option"]`);
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await box.press('Enter');
    const profile = '[data-testid="profile-panel"]';
    await expect.poll(() => textOf(app.page, profile), { timeout: 30_000 }).toContain(county.name);
    await expect.poll(() => textOf(app.page, '[data-testid="profile-indicators"]'), { timeout: 30_000 }).toContain('贫困发生率');
    const row = app.page.locator('[data-testid="profile-exit-check"] [data-rule="county_exit_incidence"]');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/^(pass|near|fail)$/);
    expect(await row.textContent()).toMatch(/3/); // a western county: the 3% line
    // The other three criteria (wrongly exited, missed, approval) now read the monitoring inputs: each is judged or
    // says "no data" for a year outside the county's exit assessment, and none is left "not available".
    expect(await app.page.locator('[data-testid="profile-exit-check"] [data-status="not_available"]').count()).toBe(0);
    expect(await app.page.locator('[data-testid="profile-exit-check"] [data-rule][data-status]').count()).toBe(4);
    await app.page.getByTestId('profile-close').click();
    await expect.poll(() => app.page.locator(profile).count(), { timeout: 10_000 }).toBe(0);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
