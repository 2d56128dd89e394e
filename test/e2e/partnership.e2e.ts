/**
 * East–west partnership in the browser: arcs over the choropleth, switching the pairing structure, lighting up one
 * eastern province (its arcs stay, the others dim: read from the pane's pixels), the hover tooltip of an arc and a
 * pairing's scorecard. One app start for the file; waits are on the pane's render count and the panel's state.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFresh, openApp, textOf, type AppSession } from './helpers/browser';
import { getCamera, paneSelector, projectToPage, renderCount, screenshotPane, waitForMapReady, waitForRenderQuiet, waitForRenderSettled } from './helpers/map-pane';
import { PNG } from 'pngjs';

const ARTIFACTS = 'test-results';
/** Arc colours of 浙江 and 广东 (src/model/partnership/style.ts); neither occurs in the YlOrRd choropleth. */
const ZHEJIANG: [number, number, number] = [170, 68, 153];
const GUANGDONG: [number, number, number] = [153, 153, 51];

/** Pixels of a screenshot within `tolerance` of a colour. */
function countColor(png: Buffer, [r, g, b]: [number, number, number], tolerance = 24): number {
  const { data } = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r) <= tolerance && Math.abs(data[i + 1]! - g) <= tolerance && Math.abs(data[i + 2]! - b) <= tolerance) n++;
  }
  return n;
}

async function arcCount(app: AppSession): Promise<number> {
  return Number(await app.page.getAttribute('[data-testid="partnership-arc-count"]', 'data-arcs'));
}

let app: AppSession;

describe('partnership arcs and scorecards in the browser', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openApp();
    await loadFresh(app, 'v=2&p0.ly=choropleth,arcs,labels&tab=partnership&pp=2021:fiscal_aid:::all:0:');
    await waitForMapReady(app.page);
    await app.page.waitForSelector('[data-testid="partnership-panel"][data-status="ready"]', { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('loads the partnership files only from this origin and names the source; flows are labelled sample', async () => {
    expect(app.requests.some((u) => u.endsWith('data/partnerships/pairings.json'))).toBe(true);
    expect(app.requests.some((u) => u.endsWith('data/sample/partnership-flows.json'))).toBe(true);
    expect(app.offOriginRequests).toEqual([]);
    expect(await textOf(app.page, '[data-testid="partnership-source"]')).toContain('关于坚持和完善东西部协作机制的意见');
    expect(await textOf(app.page, '[data-testid="partnership-sample-badge"]')).toBe('示例数据');
    expect(await arcCount(app)).toBe(11 + Number(await app.page.getAttribute('[data-testid="partnership-arc-count"]', 'data-county-arcs')));
  }, 20_000);

  it('switches to the 2016 structure: other pairings, other source', async () => {
    const before = await renderCount(app.page);
    await app.page.getByTestId('partnership-structure-2016').click();
    await expect.poll(() => textOf(app.page, '[data-testid="partnership-source"]'), { timeout: 10_000 }).toContain('关于进一步加强东西部扶贫协作工作的指导意见');
    // At the national view the 32 pairing arcs stand for their county pairs (county arcs come on zoom or filter).
    const n = await arcCount(app);
    expect(n).toBeGreaterThanOrEqual(32);
    const west = await app.page.locator('[data-testid="partnership-west-filter"] option').allTextContents();
    expect(west).toEqual(expect.arrayContaining(['贵州省', '恩施土家族苗族自治州', '张家口市']));
    for (const outside of ['河北', '河北省', '吉林省', '湖北省', '湖南省', '恩施州']) expect(west).not.toContain(outside);
    expect(await textOf(app.page, '[data-testid="partnership-pair-list"]')).toContain('杭州 → 恩施州');
    await waitForRenderSettled(app.page, 0, before, 90_000, 800);
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toContain('pp=2016');
  }, 120_000);

  it('lighting up 广东 dims the other provinces’ arcs on the map and narrows the list', async () => {
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
    const all = await screenshotPane(app.page, 0, `${ARTIFACTS}/partnership-2016-all.png`);
    const zjBefore = countColor(all, ZHEJIANG);
    const gdBefore = countColor(all, GUANGDONG);
    expect(zjBefore, 'no 浙江-coloured arc pixels').toBeGreaterThan(300);
    const before = await renderCount(app.page);
    await app.page.getByTestId('partnership-east-filter').selectOption('440000');
    await waitForRenderSettled(app.page, 0, before, 90_000, 800);
    const lit = await screenshotPane(app.page, 0, `${ARTIFACTS}/partnership-2016-guangdong.png`);
    expect(countColor(lit, ZHEJIANG)).toBeLessThan(zjBefore * 0.3);
    expect(countColor(lit, GUANGDONG)).toBeGreaterThan(gdBefore * 0.5);
    const list = await app.page.locator('[data-testid="partnership-pair-list"] button').allTextContents();
    expect(list.length).toBeGreaterThan(3);
    expect(list.every((t) => /^(广东|广州|佛山|中山|东莞|珠海)/.test(t.trim()))).toBe(true);
  }, 180_000);

  // Hovered at the national fit the pane opened with, before any camera move: deck.gl must pick with the camera
  // the map draws with (it once kept the nominal camera of before the fit, so the pointer found nothing here).
  it('hovering an arc shows its figures: pair, value with unit, year, direction', async () => {
    const zooms = await app.page.evaluate(() => {
      const map = window.__tandem!.pane(0)!.map;
      const deck = (map as unknown as { __deck: { getViewports: () => { zoom: number }[] } }).__deck;
      return { map: map.getZoom(), picking: deck.getViewports()[0]?.zoom ?? NaN };
    });
    expect(zooms.picking).toBeCloseTo(zooms.map, 6);
    // 广东 → 广西 at 2016 structure: the Guangzhou → Nanning arc's middle third (top-down, arcs draw straight).
    const a = await projectToPage(app.page, [113.27, 23.13]);
    const b = await projectToPage(app.page, [108.37, 22.82]);
    const tooltip = '[data-testid="arc-tooltip"]';
    // Points along the arc's middle third, the centre first: at some camera fits the centre pixel falls between the
    // county arcs fanning over Guangxi and the pairing arc, so the pointer tries the neighbouring points too.
    let shown = false;
    for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65]) {
      await app.page.mouse.move(a.x * (1 - t) + b.x * t, a.y * (1 - t) + b.y * t);
      shown = await expect
        .poll(() => textOf(app.page, tooltip), { timeout: 8_000 })
        .toContain('→')
        .then(() => true, () => false);
      if (shown) break;
    }
    expect(shown, 'no arc tooltip along the Guangzhou → Nanning arc').toBe(true);
    const text = await textOf(app.page, tooltip);
    expect(text).toContain('财政援助资金');
    expect(text).toMatch(/万元|无数据/);
    expect(text).toMatch(/20(17|18|19|20) 年/);
    expect(text).toContain('东部 → 西部');
    // A readable box inside the pane: several words a line, a few lines (it once was 65 px wide, 556 px tall).
    const box = (await app.page.locator(tooltip).boundingBox())!;
    const pane = (await app.page.locator(paneSelector(0)).boundingBox())!;
    expect(box.width).toBeGreaterThan(160);
    expect(box.height).toBeLessThan(box.width);
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
    await app.page.mouse.move(5, 5);
  }, 90_000);

  it('opens a pairing’s scorecard: six dimensions, trends, the paired counties’ poverty incidence', async () => {
    await app.page.locator('[data-testid="partnership-pair-list"] button').first().click();
    const card = app.page.getByTestId('partnership-scorecard');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.locator('tbody[data-dimension]').count()).toBe(6);
    expect(await card.locator('svg.spark path[d^="M"]').count()).toBeGreaterThan(10);
    expect(await card.textContent()).toContain('示例数据');
    const poverty = app.page.getByTestId('partnership-poverty');
    await expect.poll(() => poverty.textContent(), { timeout: 30_000 }).toMatch(/\d+(\.\d)?%/);
    expect(await poverty.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toMatch(/pp=2016:fiscal_aid:440000::all:0:2016-/);
    expect(app.pageErrors).toEqual([]);
  }, 60_000);

  it('lists county pairs at county level; selecting one highlights it and fits both its counties', async () => {
    await app.page.getByTestId('partnership-level').selectOption('county');
    const list = app.page.getByTestId('county-pair-list');
    await expect.poll(async () => Number(await list.getAttribute('data-rows')), { timeout: 20_000 }).toBeGreaterThan(5);
    // Virtualised: far fewer rows in the DOM than pairs once the list is long; sorted largest figure first.
    expect(await list.locator('[data-sort="value"]').getAttribute('aria-sort')).toBe('descending');
    await waitForRenderQuiet(app.page, 0, 800, 90_000);
    const national = await getCamera(app.page);
    const row = list.locator('[data-county-pair]').first();
    const key = (await row.getAttribute('data-county-pair'))!;
    const before = await renderCount(app.page);
    await row.click();
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toContain(`:${key}`);
    expect(await row.getAttribute('aria-pressed')).toBe('true');
    await waitForRenderSettled(app.page, 0, before, 90_000, 1200);
    expect((await getCamera(app.page)).zoom).toBeGreaterThan(national.zoom);
    const counties = (JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as { counties: { adcode: string; point: [number, number] }[] }).counties;
    const pane = (await app.page.locator(paneSelector(0)).boundingBox())!;
    for (const adcode of key.split('-')) {
      const county = counties.find((c) => c.adcode === adcode);
      expect(county, adcode).toBeDefined();
      const at = await projectToPage(app.page, county!.point);
      expect(at.x).toBeGreaterThan(pane.x);
      expect(at.x).toBeLessThan(pane.x + pane.width);
      expect(at.y).toBeGreaterThan(pane.y);
      expect(at.y).toBeLessThan(pane.y + pane.height);
    }
    await screenshotPane(app.page, 0, `${ARTIFACTS}/partnership-county-pair.png`);
    expect(app.pageErrors).toEqual([]);
  }, 150_000);
});
