/**
 * Comparison panes in the browser: two panes from a link, camera linking, hover shared across panes, and the
 * comparison set drawn as lines. One browser for the file; waits on render counts, never on fixed sleeps.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { County, CountyIndexJson } from '../../src/model/geo/county';
import { openApp, type AppSession } from './helpers/browser';
import { getCamera, paneSelector, projectToPage, renderCount, waitForMapReady, waitForRenderSettled } from './helpers/map-pane';

const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;
function county(adcode: string): County {
  const found = index.counties.find((c) => c.adcode === adcode);
  if (!found) throw new Error(`county ${adcode} missing`);
  return found;
}

const TWO_YEARS = 'v=2&panes=2&p0.ind=sample:poverty_incidence&p0.y=2016&p1.ind=sample:poverty_incidence&p1.y=2020';

/** Ids and data sizes of a pane's deck.gl outline layers. */
async function outlineSizes(app: AppSession, pane: number): Promise<Record<string, number>> {
  return app.page.evaluate((pane) => {
    const map = window.__tandem?.pane(pane)?.map as unknown as { __deck?: { props: { layers: { id: string; props: { data: unknown[] } }[] } } };
    const out: Record<string, number> = {};
    for (const layer of map.__deck?.props.layers ?? []) {
      if (layer.id.startsWith('county-outline-')) out[layer.id] = layer.props.data.length;
    }
    return out;
  }, pane);
}

let app: AppSession;

describe('comparison panes in the browser', () => {
  beforeAll(async () => {
    app = await openApp({ hash: TWO_YEARS, viewport: { width: 1400, height: 800 } });
    await waitForMapReady(app.page, 0);
    await waitForMapReady(app.page, 1);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens two panes with their own years from the link', async () => {
    expect(await app.page.locator('[data-testid^="map-pane-"]').count()).toBe(2);
    const hash = await app.page.evaluate(() => location.hash);
    expect(hash).toContain('p0.y=2016');
    expect(hash).toContain('p1.y=2020');
    expect(app.pageErrors).toEqual([]);
  }, 20_000);

  it('moving one pane moves the linked pane to the same camera', async () => {
    const target = { lng: 106.7, lat: 26.6, zoom: 6.2 };
    const before = await renderCount(app.page, 1);
    await app.page.evaluate((t) => {
      window.__tandem?.pane(0)?.map.jumpTo({ center: [t.lng, t.lat], zoom: t.zoom });
    }, target);
    await waitForRenderSettled(app.page, 1, before);
    const camera = await getCamera(app.page, 1);
    expect(camera.lng).toBeCloseTo(target.lng, 4);
    expect(camera.lat).toBeCloseTo(target.lat, 4);
    expect(camera.zoom).toBeCloseTo(target.zoom, 4);
    await expect.poll(() => app.page.evaluate(() => location.hash), { timeout: 5_000 }).toContain('p1.cam=106.7000,26.6000,6.20');
  }, 90_000);

  it('hovering a county in one pane outlines it in the other', async () => {
    const c = county('522633'); // 从江县, inside the view of the previous test
    const before = await renderCount(app.page, 1);
    const p = await projectToPage(app.page, c.point, 0);
    await app.page.mouse.move(p.x, p.y);
    await expect.poll(() => app.page.textContent('[data-testid="county-tooltip"] .tooltip__name'), { timeout: 30_000 }).toBe(c.name);
    await waitForRenderSettled(app.page, 1, before);
    const sizes = await outlineSizes(app, 1);
    expect(sizes['county-outline-hover-1']).toBeGreaterThan(0);
    // The tooltip shows in the pane under the pointer only.
    expect(await app.page.locator(`${paneSelector(1)} ~ [data-testid="county-tooltip"]`).count()).toBe(0);
  }, 90_000);

  it('three counties in the comparison set draw three lines', async () => {
    const hash = `${TWO_YEARS}&cmp=522633,522631,520402&tab=compare`;
    await app.page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect
      .poll(() => app.page.locator('[data-testid="compare-line-chart"] .chart-series').count(), { timeout: 60_000 })
      .toBe(3);
    expect(await app.page.locator('[data-testid="compare-set"] li').count()).toBe(3);
  }, 90_000);
});
