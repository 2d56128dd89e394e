/**
 * Export and sharing in the browser: a 3840-px PNG of the four-pane view, rendered again at that size (its size,
 * and each quarter showing a map); a saved view that survives a reload and opens; a project file that brings the
 * imported dataset and the view back after the browser's storage is cleared. One app start per test; waits on the
 * DOM and on downloads, never on sleeps.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { PNG } from 'pngjs';
import type { CountyIndexJson } from '../../src/model/geo/county';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFresh, openApp, type AppSession } from './helpers/browser';
import { waitForMapReady } from './helpers/map-pane';

const PANE = (i: number, ind: string, year: number): string => `p${i}.ind=sample:${ind}&p${i}.y=${year}`;
const FOUR = `v=2&panes=4&${PANE(0, 'poverty_incidence', 2016)}&${PANE(1, 'poverty_incidence', 2020)}&${PANE(2, 'tap_water', 2016)}&${PANE(3, 'tap_water', 2020)}`;

/** Distinct colours (5 bits a channel) in a region of a PNG, sampled every `step` pixels. */
function distinctColours(png: PNG, x0: number, y0: number, w: number, h: number, step = 7): number {
  const seen = new Set<number>();
  for (let y = y0; y < y0 + h; y += step) {
    for (let x = x0; x < x0 + w; x += step) {
      const i = (y * png.width + x) * 4;
      seen.add(((png.data[i]! >> 3) << 10) | ((png.data[i + 1]! >> 3) << 5) | (png.data[i + 2]! >> 3));
    }
  }
  return seen.size;
}

/** The machine may be shared: the first map can take minutes under software WebGL. */
const READY_MS = 240_000;

const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;
const nameOf = (adcode: string): string => index.counties.find((c) => c.adcode === adcode)?.name ?? adcode;
/** A small office file: GBK, county names, one indicator. */
const CSV = iconv.encode(['县名,省份,自来水普及率', `${nameOf('130631')},河北,81.2%`, `${nameOf('130924')},河北省,70%`].join('\r\n'), 'gbk');

async function openShare(session: AppSession): Promise<void> {
  await session.page.getByTestId('share-open').click();
  await session.page.getByTestId('share-dialog').waitFor();
}

async function importedIds(session: AppSession): Promise<string[]> {
  return session.page.$$eval('[data-testid="dataset-manager"] li[data-testid^="dataset-"]', (els) =>
    els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^dataset-/, '')),
  );
}

let app: AppSession | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('export and sharing in the browser', () => {
  it('exports a 3840-px PNG of the four-pane view, each quarter a drawn map', async () => {
    app = await openApp({ hash: FOUR, viewport: { width: 1280, height: 800 } });
    for (let i = 0; i < 4; i++) await waitForMapReady(app.page, i, READY_MS);
    await app.page.getByRole('button', { name: /PNG/ }).first().click();
    await app.page.getByTestId('export-width-3840').check();
    await app.page.getByTestId('export-aspect').selectOption('16:9');
    expect(await app.page.getByTestId('export-size').textContent()).toContain('3840 × 2160');
    const download = app.page.waitForEvent('download', { timeout: 240_000 });
    await app.page.getByRole('button', { name: /PNG/ }).last().click();
    await app.page.getByTestId('export-progress').waitFor({ timeout: 10_000 });
    const file = await (await download).path();
    const png = PNG.sync.read(await readFile(file));
    expect([png.width, png.height]).toEqual([3840, 2160]);
    const w = png.width / 2;
    const h = png.height / 2;
    for (const [qx, qy] of [[0, 0], [w, 0], [0, h], [w, h]] as const) {
      // A drawn choropleth quarter has many colours; a blank or failed one has one or two.
      expect(distinctColours(png, qx, qy, w, h)).toBeGreaterThan(12);
    }
    await app.page.getByTestId('export-done').waitFor();
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  }, 600_000);

  it('saves a view, finds it after a reload with its thumbnail, and opens it', async () => {
    const hash = `v=2&panes=2&${PANE(0, 'poverty_incidence', 2016)}&${PANE(1, 'tap_water', 2019)}`;
    app = await openApp({ hash, viewport: { width: 1280, height: 800 } });
    await waitForMapReady(app.page, 0, READY_MS);
    await waitForMapReady(app.page, 1, READY_MS);
    await openShare(app);
    await app.page.getByTestId('saved-view-name-input').fill('西部对比 2019');
    await app.page.getByTestId('saved-view-save').click();
    await app.page.getByTestId('saved-view').first().waitFor();
    await loadFresh(app, 'v=2');
    await waitForMapReady(app.page, 0, READY_MS);
    await openShare(app);
    const item = app.page.getByTestId('saved-view');
    await item.first().waitFor({ timeout: 30_000 });
    expect(await item.count()).toBe(1);
    expect(await app.page.getByTestId('saved-view-name').textContent()).toBe('西部对比 2019');
    expect(await item.locator('img').getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await app.page.getByRole('button', { name: '打开 西部对比 2019' }).click();
    await app.page.waitForFunction(() => location.hash.includes('panes=2') && location.hash.includes('p1.y=2019'));
    await waitForMapReady(app.page, 1, READY_MS);
    expect(app.pageErrors).toEqual([]);
  }, 600_000);

  it('exports a project file, and after the storage is cleared the file brings back the dataset, the view and the matching tables', async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await waitForMapReady(page, 0, READY_MS);
    await page.click('[data-testid="side-tab-data"]');
    await page.click('[data-testid="import-open"]');
    await page.setInputFiles('[data-testid="import-file"]', { name: '自来水_2020.csv', mimeType: 'text/csv', buffer: CSV });
    await page.click('[data-testid="import-commit"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'detached' });
    const [id] = await importedIds(app);
    expect(id).toBeTruthy();
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`p0.ind=${id}:`), id);
    // A labour supply table for the matching tab travels in the project file too (checked by the matching worker).
    await page.click('[data-testid="side-tab-data"]');
    await page.click('[data-testid="import-open"]');
    await page.selectOption('[data-testid="import-target"]', 'labour-supply');
    await page.setInputFiles('[data-testid="import-file"]', { name: '劳务供给.csv', mimeType: 'text/csv', buffer: Buffer.from(['区划代码,技能,培训与意愿,人数', '513221,建筑,已培训-愿赴东部,5000'].join('\r\n')) });
    await page.waitForSelector('[data-testid="import-labour-table"]', { timeout: 60_000 });
    await page.click('[data-testid="import-commit-labour"]');
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'detached', timeout: 120_000 });

    await openShare(app);
    const download = page.waitForEvent('download');
    await page.getByTestId('project-export').click();
    const text = await readFile(await (await download).path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'tandem-project', sections: { datasets: {}, view: {}, 'saved-views': {}, 'matching-tables': { data: { labour: [{ fileName: '劳务供给.csv' }], industry: [] } } } });

    // Clear everything this origin keeps (IndexedDB included, open connections or not), then start again.
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(app.baseUrl).origin, storageTypes: 'all' });
    await loadFresh(app, 'v=2');
    await waitForMapReady(page, 0, READY_MS);
    await page.click('[data-testid="side-tab-data"]');
    expect(await importedIds(app)).toEqual([]);

    await openShare(app);
    await page.setInputFiles('[data-testid="project-file-input"]', { name: 'project.tandem.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByTestId('project-plan').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('project-conflicts').count()).toBe(0);
    expect(await page.getByTestId('project-matching-tables').textContent()).toContain('1 个');
    await page.getByTestId('project-apply').click();
    await page.getByTestId('project-done').waitFor({ timeout: 60_000 });
    await page.getByTestId('share-close').click();
    await page.click('[data-testid="side-tab-data"]');
    await page.waitForFunction((id) => !!document.querySelector(`[data-testid="dataset-${id}"]`), id);
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`p0.ind=${id}:`), id);
    await page.click('[data-testid="side-tab-match"]');
    await page.waitForSelector('[data-testid="matching-user-data"]', { timeout: 120_000 });
    expect(await page.locator('[data-testid="matching-user-data"]').textContent()).toContain('劳务供给.csv');

    // A bad file changes nothing and says why.
    await openShare(app);
    await page.setInputFiles('[data-testid="project-file-input"]', { name: 'bad.tandem.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
    expect(await page.getByTestId('project-error').textContent()).toContain('未做任何更改');
    expect(app.pageErrors).toEqual([]);
  }, 600_000);
});
