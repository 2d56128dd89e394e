/**
 * Every pane says what it shows, in the browser: swipe shows two labelled halves (each with its year, on top of its
 * own half, and one shared legend), and four panes each show a title and an open legend inside the pane with the
 * link control in view; a pane takes its own year in its title, and the timeline says which panes it moves and
 * offers "all panes follow". One app start; waits
 * are on the DOM, never sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hitTestId, openApp, textOf, type AppSession } from './helpers/browser';

const PANE = (i: number, year: number): string => `p${i}.ind=sample:poverty_incidence&p${i}.y=${year}`;
const SWIPE = `v=2&panes=2&${PANE(0, 2016)}&${PANE(1, 2020)}&swipe=0.5`;
const FOUR = `v=2&panes=4&${PANE(0, 2016)}&${PANE(1, 2016)}&${PANE(2, 2020)}&${PANE(3, 2016)}`;

type Box = { x: number; y: number; width: number; height: number };

async function box(selector: string): Promise<Box> {
  const b = await app.page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} has no box`);
  return b;
}

/** The element seen at the middle of `selector`'s indicator name belongs to that title (nothing covers it). */
async function titleOnTop(pane: number): Promise<string | null> {
  const b = await box(`[data-testid="pane-title-${pane}"] .pane-title__indicator`);
  return hitTestId(app.page, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
}

/** The year a pane's title shows: its own year control's choice, or the year text (pane 1, or all follow). */
async function paneYear(pane: number): Promise<string> {
  return app.page.evaluate((pane) => {
    const select = document.querySelector<HTMLSelectElement>(`[data-testid="pane-year-${pane}"]`);
    if (select) return select.selectedOptions[0]?.textContent ?? '';
    return document.querySelector(`[data-testid="pane-title-year-${pane}"]`)?.textContent ?? '';
  }, pane);
}

let app: AppSession;

describe('pane titles and legends in the browser', () => {
  beforeAll(async () => {
    app = await openApp({ hash: SWIPE, viewport: { width: 1400, height: 800 } });
    await app.page.waitForSelector('[data-testid="legend-0"] .legend-row', { timeout: 90_000 });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('swipe shows two labelled halves, each with its year, and one shared legend', async () => {
    await expect.poll(() => textOf(app.page, '[data-testid="pane-title-year-0"]'), { timeout: 30_000 }).toBe('2016 年');
    await expect.poll(() => paneYear(1), { timeout: 30_000 }).toBe('2020 年');
    const grid = await box('.pane-grid--swipe');
    const middle = grid.x + grid.width / 2;
    const left = await box('[data-testid="pane-title-0"]');
    const right = await box('[data-testid="pane-title-1"]');
    // Each label at the top of its own half, and nothing covers it.
    expect(left.x + left.width).toBeLessThanOrEqual(middle);
    expect(right.x).toBeGreaterThanOrEqual(middle);
    expect(left.y - grid.y).toBeLessThan(60);
    expect(right.y - grid.y).toBeLessThan(60);
    expect(await titleOnTop(0)).toBe('pane-title-0');
    expect(await titleOnTop(1)).toBe('pane-title-1');
    expect(await textOf(app.page, '[data-testid="pane-title-0"]')).toContain('贫困发生率');
    expect(await app.page.getByTestId('pane-title-sample-badge-1').textContent()).toBe('示例数据');
    // The classes are shared: one legend, in pane 0's half, saying so.
    expect(await app.page.locator('[data-testid="legend-1"]').count()).toBe(0);
    const legend = await box('[data-testid="legend-0"]');
    expect(legend.x + legend.width).toBeLessThanOrEqual(middle);
    expect(await textOf(app.page, '[data-testid="legend-shared-0"]')).toBe('与窗格 2 共用分级');
    expect(app.pageErrors).toEqual([]);
  }, 90_000);

  it('four panes each show a title and an open legend inside the pane, link control in view', async () => {
    await app.page.evaluate((h) => {
      location.hash = h;
    }, FOUR);
    await expect.poll(() => app.page.locator('[data-testid^="pane-title-"][role="group"]').count(), { timeout: 30_000 }).toBe(4);
    for (let i = 0; i < 4; i++) {
      await app.page.waitForSelector(`[data-testid="legend-${i}"][open] .legend-row`, { timeout: 60_000 });
      const pane = await box(`.map-pane[data-pane="${i}"]`);
      const title = await box(`[data-testid="pane-title-${i}"]`);
      const legend = await box(`[data-testid="legend-${i}"] summary`);
      const link = await box(`[data-testid="pane-link-${i}"]`);
      for (const b of [title, legend, link]) {
        expect(b.x).toBeGreaterThanOrEqual(pane.x);
        expect(b.y).toBeGreaterThanOrEqual(pane.y);
        expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width + 0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(pane.y + pane.height + 0.5);
      }
      expect(await titleOnTop(i)).toBe(`pane-title-${i}`);
      expect(await paneYear(i)).toBe(i === 2 ? '2020 年' : '2016 年');
    }
    // Expanding every control of a pane scrolls inside it: the link control stays where it was.
    const linkBefore = await box('[data-testid="pane-link-3"]');
    await app.page.locator('[data-testid="indicator-panel-3"] > summary').click();
    const pane3 = await box('.map-pane[data-pane="3"]');
    const linkAfter = await box('[data-testid="pane-link-3"]');
    expect(linkAfter.y).toBeCloseTo(linkBefore.y, 0);
    const body = await box('.map-pane[data-pane="3"] .pane-toolbar__body');
    expect(body.y + body.height).toBeLessThanOrEqual(pane3.y + pane3.height + 0.5);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);

  it('a pane keeps its own year from its title; the timeline says which panes it moves and can make all follow (kept in the URL)', async () => {
    expect(await textOf(app.page, '[data-testid="timeline-drives"]')).toBe('带动窗格 1、2、4');
    // Pane 4 takes its own year in its title: the timeline no longer moves it, and the link keeps the year.
    await app.page.getByTestId('pane-year-3').selectOption('2018');
    await expect.poll(() => textOf(app.page, '[data-testid="timeline-drives"]'), { timeout: 10_000 }).toBe('带动窗格 1、2');
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 10_000 }).toContain('p3.y=2018');
    expect(await app.page.getByTestId('pane-year-3').getAttribute('aria-label')).toBe('窗格 4 的年份');
    await app.page.getByTestId('timeline-all').check();
    await expect.poll(() => textOf(app.page, '[data-testid="timeline-drives"]'), { timeout: 10_000 }).toBe('带动窗格 1、2、3、4');
    await expect.poll(() => paneYear(2), { timeout: 10_000 }).toBe('2016 年');
    await expect.poll(() => paneYear(3), { timeout: 10_000 }).toBe('2016 年');
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 10_000 }).toContain('tl=all');
    // All follow: the panes' own year controls give way to the year text.
    expect(await app.page.locator('[data-testid^="pane-year-"]').count()).toBe(0);
  }, 60_000);
});
