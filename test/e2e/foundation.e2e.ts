/**
 * The foundation in a real browser: the built app loads with every other host unreachable, draws the counties,
 * shows the county under the cursor, selects on click, finds a place by name and round-trips its view through the
 * URL. One browser for the whole file (software WebGL costs seconds per national frame); cameras move through the
 * test hook and waits are on the pane's render count, never on fixed sleeps.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { County, CountyIndexJson } from '../../src/model/geo/county';
import { cspViolations, hitTestId, loadFresh, openApp, textOf, type AppSession } from './helpers/browser';
import {
  getCamera,
  hexColor,
  jumpTo,
  paneSelector,
  pixelStats,
  projectToPage,
  screenshotPane,
  waitForMapReady,
  waitForRenderQuiet,
  waitForRenderSettled,
  renderCount,
} from './helpers/map-pane';

const ARTIFACTS = 'test-results';
/** Sea, land, county border and page colours (src/map/base-style.ts, src/app/styles.css). */
const BACKGROUNDS = ['#dfe8ee', '#f3f1ec', '#ffffff', '#f7f7f5'].map(hexColor);

const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;

function county(adcode: string): County {
  const found = index.counties.find((c) => c.adcode === adcode);
  if (!found) throw new Error(`county ${adcode} is not in public/geo/counties.json`);
  return found;
}

let app: AppSession;

describe('foundation in the browser', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openApp();
    await waitForMapReady(app.page);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads with other hosts unreachable and makes no off-origin request', async () => {
    expect(app.requests.length).toBeGreaterThan(3);
    // The first map comes from the prebuilt binary; the coarse TopoJSON is only its fallback (stale or missing file).
    expect(app.requests.some((u) => u.includes('counties-lo.bin'))).toBe(true);
    expect(app.requests.some((u) => u.includes('counties-lo.topo.json'))).toBe(false);
    expect(app.offOriginRequests).toEqual([]);
    expect(await cspViolations(app.page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 20_000);

  it('draws the counties (many fill colours, not just background) and saves a screenshot', async () => {
    await waitForRenderQuiet(app.page);
    await app.page.screenshot({ path: `${ARTIFACTS}/foundation-app.png` });
    const png = await screenshotPane(app.page, 0, `${ARTIFACTS}/foundation-national.png`);
    const stats = pixelStats(png, BACKGROUNDS);
    expect(stats.foregroundShare).toBeGreaterThan(0.15);
    expect(stats.distinctColors).toBeGreaterThanOrEqual(6);
    await expect(app.page.getByTestId('map-disclaimer').textContent()).resolves.toContain('非标准地图');
    expect(await app.page.getByTestId('south-sea-inset').isVisible()).toBe(true);
  }, 60_000);

  it('hover shows the Chinese name of the county under the cursor', async () => {
    const tooltip = '[data-testid="county-tooltip"]';
    // Two large counties, each centred in turn (panels may cover the pane's edges); their inner points lie far
    // from any border, so the pointer is unambiguously inside.
    for (const c of [county('513332'), county('513232')]) {
      await app.page.mouse.move(2, 2); // leave the map, so the next move is a real pointer move
      await jumpTo(app.page, { lng: c.point[0], lat: c.point[1], zoom: 7 });
      const p = await projectToPage(app.page, c.point);
      expect(await hitTestId(app.page, p), 'the county point is covered by another element').toBe('map-pane-0');
      await app.page.mouse.move(p.x, p.y, { steps: 2 });
      await expect.poll(() => textOf(app.page, `${tooltip} .tooltip__name`), { timeout: 30_000 }).toBe(c.name);
      expect(await textOf(app.page, tooltip)).toContain(c.adcode);
    }
  }, 120_000);

  it('click selects the county; Esc clears the selection', async () => {
    const c = county('513232');
    const p = await projectToPage(app.page, c.point);
    expect(await hitTestId(app.page, p), 'the county point is covered by another element').toBe('map-pane-0');
    await app.page.mouse.click(p.x, p.y);
    const panel = '[data-testid="selection-panel"]';
    await expect.poll(() => textOf(app.page, panel), { timeout: 30_000 }).toContain(c.name);
    expect(await textOf(app.page, panel)).toContain(c.adcode);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator(panel).count(), { timeout: 10_000 }).toBe(0);
  }, 60_000);

  it.each(['成都', 'chengdu'])('the search box finds %s and flies there', async (query) => {
    const chengdu = index.prefectures.find((p) => p.name.startsWith('成都'));
    if (!chengdu) throw new Error('成都 is not a prefecture in counties.json');
    await app.page.mouse.move(5, 5); // away from the map, so no tooltip covers the box
    const box = app.page.getByTestId('county-search');
    await box.fill(query);
    const options = app.page.locator(`[id="${await box.getAttribute('aria-controls')}"] [role="option"]`);
    await expect.poll(() => options.count(), { timeout: 10_000, message: `search "${query}" lists no result` }).toBeGreaterThan(0);
    const texts = await options.allTextContents();
    const at = texts.findIndex((t) => t.includes('成都'));
    expect(at, `no result of "${query}" mentions 成都: ${texts.join(' | ')}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < at; i++) await box.press('ArrowDown');
    const before = await renderCount(app.page);
    await box.press('Enter');
    await waitForRenderSettled(app.page, 0, before, 60_000, 800);
    const cam = await getCamera(app.page);
    const [w, s, e, n] = chengdu.bbox;
    expect(cam.lng).toBeGreaterThan(w - 0.3);
    expect(cam.lng).toBeLessThan(e + 0.3);
    expect(cam.lat).toBeGreaterThan(s - 0.3);
    expect(cam.lat).toBeLessThan(n + 0.3);
    expect(cam.zoom).toBeGreaterThan(6.5);
  }, 90_000);

  it('a link round-trips: camera, selection and language survive a reload', async () => {
    const hash = 'v=2&lang=en&p0.cam=104.06,30.66,7.5&sel=510104,510105';
    const check = async (): Promise<void> => {
      await waitForMapReady(app.page);
      expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
      const panel = '[data-testid="selection-panel"]';
      await expect.poll(() => textOf(app.page, panel), { timeout: 10_000 }).toMatch(/510104[\s\S]*510105/);
      const cam = await getCamera(app.page);
      expect(cam.lng).toBeCloseTo(104.06, 2);
      expect(cam.lat).toBeCloseTo(30.66, 2);
      expect(cam.zoom).toBeCloseTo(7.5, 2);
      // The app rewrites the hash in its canonical form; it must keep the same view.
      await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toMatch(/sel=510104,510105/);
      const written = await app.page.evaluate(() => location.hash);
      expect(written).toMatch(/lang=en/);
      expect(written).toMatch(/p0\.cam=104\.06\d*,30\.66\d*,7\.5/);
    };
    await loadFresh(app, hash);
    await check();
    await app.page.reload();
    await check();
  }, 120_000);

  it('a malformed link shows a notice and still draws the map', async () => {
    await loadFresh(app, 'v=2&lang=xx&p0.y=abc&p0.cam=foo,bar&sel=12ab');
    await waitForMapReady(app.page);
    await expect.poll(() => textOf(app.page, '[data-testid="notices"]'), { timeout: 10_000 }).not.toBe('');
    await waitForRenderQuiet(app.page);
    const stats = pixelStats(await screenshotPane(app.page), BACKGROUNDS);
    expect(stats.foregroundShare).toBeGreaterThan(0.15);
    expect(stats.distinctColors).toBeGreaterThanOrEqual(6);
    expect(await app.page.locator(paneSelector(0)).getAttribute('data-map-ready')).toBe('true');
  }, 90_000);

  it('survives WebGL context loss: the pane is drawn again after the context comes back', async () => {
    await waitForRenderQuiet(app.page);
    await app.page.evaluate(() => {
      const canvas = window.__tandem?.pane(0)?.map.getCanvas();
      const ext = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('WEBGL_lose_context unavailable');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });
    await expect.poll(() => app.page.locator(paneSelector(0)).getAttribute('data-context-lost'), { timeout: 10_000 }).toBe('true');
    await app.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await waitForMapReady(app.page);
    await waitForRenderQuiet(app.page);
    const stats = pixelStats(await screenshotPane(app.page), BACKGROUNDS);
    expect(stats.foregroundShare).toBeGreaterThan(0.15);
    expect(stats.distinctColors).toBeGreaterThanOrEqual(6);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);

  it('without WebGL2 the page says so plainly instead of staying blank', async () => {
    const page = await app.context.newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type === 'webgl2' ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await page.goto(app.baseUrl);
    await expect.poll(() => page.getByTestId('no-webgl').textContent(), { timeout: 20_000 }).toContain('WebGL2');
    await page.close();
  }, 30_000);

  it('made no off-origin request during the whole run (and the recorder does see one)', async () => {
    expect(app.offOriginRequests).toEqual([]);
    expect(await cspViolations(app.page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    // The harness itself: a page without the app's CSP reaching out is caught and aborted.
    const probe = await app.context.newPage();
    await probe.goto('about:blank');
    const outcome = await probe.evaluate(() => fetch('https://tiles.example.invalid/0/0/0.png').then(() => 'reached', () => 'blocked'));
    await probe.close();
    expect(outcome).toBe('blocked');
    expect(app.offOriginRequests).toEqual(['https://tiles.example.invalid/0/0/0.png']);
  }, 20_000);
});
