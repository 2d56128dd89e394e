/**
 * China framed at any aspect, in a real browser: on a 32:9 wall (3840×1080) the default national view shows the
 * whole south (Hainan) and the far west and north inside the part of the pane that no panel or control covers;
 * every pane of a 4-pane view has its own South China Sea inset, which the layout bar can hide (and the link keeps);
 * the 1×4 row layout puts the four panes side by side; at 1280×800 the fit, made again once the legend opens, keeps
 * Xinjiang's west tip and Hainan clear of the panels. One browser for the file; waits on the pane's contract.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFresh, openApp, type AppSession } from './helpers/browser';
import { paneSelector, waitForMapReady, waitForRenderQuiet } from './helpers/map-pane';
import { PANE_COVER_SELECTOR } from '../../src/map/cover-watch';

/** What draws over a pane's map (as src/map/pane-controller.ts measures it). */
const COVERS = PANE_COVER_SELECTOR;

/** Places that must be on screen: Hainan's centre, and China's west, north, east and south tips. */
const PLACES: Record<string, [number, number]> = {
  hainan: [109.8, 19.2],
  westXinjiang: [73.6, 39.4],
  northHeilongjiang: [122.3, 53.4],
  eastHeilongjiang: [134.7, 48.3],
  southLeizhou: [110.2, 20.3],
};

/** Where each place lies in pane 0 now: inside its canvas, and whether a panel or control covers it. */
async function placesOnScreen(session: AppSession, places: Record<string, [number, number]>) {
  return session.page.evaluate(
    ({ places, selector, covers }) => {
      const pane = window.__tandem?.pane(0);
      const canvas = document.querySelector(selector);
      if (!pane || !canvas) throw new Error('pane 0 not found');
      const rect = canvas.getBoundingClientRect();
      const coverRects = [...(canvas.closest('.map-pane') ?? canvas).querySelectorAll(covers)]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const out: Record<string, { inCanvas: boolean; covered: boolean; x: number; y: number }> = {};
      for (const [name, lngLat] of Object.entries(places)) {
        const p = pane.map.project(lngLat);
        const x = rect.left + p.x;
        const y = rect.top + p.y;
        out[name] = {
          x,
          y,
          inCanvas: x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
          covered: coverRects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
        };
      }
      return { out, zoom: pane.map.getZoom(), covers: coverRects.length };
    },
    { places, selector: paneSelector(0), covers: COVERS },
  );
}

/** Waits until the legend has opened and the national view, fitted again for it (debounced), is drawn. */
async function settledFit(session: AppSession): Promise<void> {
  await session.page.waitForSelector('.map-pane .legend-panel', { timeout: 60_000 });
  await session.page.waitForTimeout(600);
  await waitForRenderQuiet(session.page, 0, 800, 60_000);
}

let app: AppSession;

describe('framing at 3840×1080', () => {
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 3840, height: 1080 } });
    await waitForMapReady(app.page, 0);
    await settledFit(app);
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('the default view shows Hainan and China\'s tips inside the uncovered part of the map', async () => {
    const result = await placesOnScreen(app, PLACES);
    await app.page.screenshot({ path: 'test-results/framing-32x9.png' });
    expect(result.covers).toBeGreaterThanOrEqual(3); // toolbar items, zoom buttons, scale, inset
    for (const [name, place] of Object.entries(result.out)) {
      expect({ name, ...place }).toMatchObject({ name, inCanvas: true, covered: false });
    }
    // A fit to China's box, not the zoom-in the old 100° camera bounds forced (≈ 4.44).
    expect(result.zoom).toBeLessThan(4.2);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);

  it('each of four panes has its own inset in its bottom-right corner; the toggle hides them all and the link keeps it', async () => {
    await loadFresh(app, 'v=2&panes=4');
    await expect.poll(() => app.page.locator('.map-pane').count(), { timeout: 30_000 }).toBe(4);
    const boxes = await app.page.evaluate(() =>
      [...document.querySelectorAll('.map-pane')].map((pane) => {
        const p = pane.getBoundingClientRect();
        const insets = [...pane.querySelectorAll('[data-testid="south-sea-inset"]')].map((el) => el.getBoundingClientRect());
        return { pane: { l: p.left, t: p.top, r: p.right, b: p.bottom, w: p.width }, insets: insets.map((r) => ({ l: r.left, t: r.top, r: r.right, b: r.bottom, w: r.width })) };
      }),
    );
    for (const { pane, insets } of boxes) {
      expect(insets).toHaveLength(1);
      const inset = insets[0]!;
      // Inside its own pane, in the bottom-right quarter, and scaled to the pane (not the window).
      expect(inset.l).toBeGreaterThan(pane.l + pane.w / 2);
      expect(inset.r).toBeLessThanOrEqual(pane.r);
      expect(inset.b).toBeLessThanOrEqual(pane.b);
      expect(inset.t).toBeGreaterThan((pane.t + pane.b) / 2);
      expect(inset.w).toBeLessThan(pane.w * 0.2);
    }
    await app.page.screenshot({ path: 'test-results/framing-4-panes.png' });
    await app.page.getByTestId('layout-inset').click();
    await expect.poll(() => app.page.locator('[data-testid="south-sea-inset"]').count()).toBe(0);
    await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('inset=0');
  }, 60_000);

  it('the 1×4 row layout puts the four panes side by side', async () => {
    await loadFresh(app, 'v=2&panes=4&row=1');
    await expect.poll(() => app.page.locator('.map-pane').count(), { timeout: 30_000 }).toBe(4);
    expect(await app.page.getAttribute('.pane-grid', 'data-layout')).toBe('4r');
    const tops = await app.page.evaluate(() => [...document.querySelectorAll('.map-pane')].map((p) => p.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    expect(await app.page.getByTestId('layout-4r').getAttribute('aria-pressed')).toBe('true');
  }, 60_000);

  it('at 1280×800, once the legend has opened, Xinjiang\'s west tip and Hainan lie in the uncovered part', async () => {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await loadFresh(app, 'v=2');
    await waitForMapReady(app.page, 0);
    await settledFit(app);
    const result = await placesOnScreen(app, { westXinjiang: PLACES.westXinjiang!, hainan: PLACES.hainan! });
    await app.page.screenshot({ path: 'test-results/framing-1280x800.png' });
    for (const [name, place] of Object.entries(result.out)) {
      expect({ name, ...place }).toMatchObject({ name, inCanvas: true, covered: false });
    }
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
