/**
 * Importing your own data in a real browser: a GBK-encoded CSV with a title row and county names goes through the
 * worker, the report shows the table and every row (markup in a name stays text), the dataset is committed next
 * to the sample and survives a reload (IndexedDB); a broken file gives a clear error and loses nothing; a link to
 * a dataset this browser does not have falls back with a notice. One browser for the file, no fixed sleeps.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../src/model/geo/county';
import { cspViolations, loadFresh, openApp, type AppSession } from './helpers/browser';
import { paneSelector, waitForMapReady } from './helpers/map-pane';

const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;
const nameOf = (adcode: string): string => {
  const c = index.counties.find((x) => x.adcode === adcode);
  if (!c) throw new Error(`county ${adcode} is not in public/geo/counties.json`);
  return c.name;
};

const SCRIPT_NAME = '<img src=x onerror="window.__pwned=1">县';
/** What an office saves from Excel: GBK, a title row, a blank row, names instead of codes, "12.3%" and "—". */
const CSV_TEXT = [
  '2020年河北省部分县自来水普及率',
  '',
  '县名,省份,自来水普及率',
  `${nameOf('130631')},河北,81.2%`,
  `${nameOf('130924')},河北省,70%`,
  `${nameOf('130927')},河北,—`,
  `"${SCRIPT_NAME.replace(/"/g, '""')}",河北,50%`,
  '合计,,',
].join('\r\n');
const GBK_BYTES = iconv.encode(CSV_TEXT, 'gbk');

let app: AppSession;

async function openImport(): Promise<void> {
  await app.page.click('[data-testid="side-tab-data"]');
  await app.page.click('[data-testid="import-open"]');
  await app.page.waitForSelector('[data-testid="import-dialog"]');
}

async function importedIds(): Promise<string[]> {
  return app.page.$$eval('[data-testid="dataset-manager"] li[data-testid^="dataset-"]', (els) =>
    els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^dataset-/, '')),
  );
}

describe('import your own data', () => {
  beforeAll(async () => {
    app = await openApp();
    await waitForMapReady(app.page);
  }, 150_000);

  afterAll(async () => {
    await app?.close();
  });

  let datasetId = '';

  it('imports a GBK CSV with a title row and names, shows the report, and commits it', async () => {
    const { page } = app;
    await openImport();
    await page.setInputFiles('[data-testid="import-file"]', { name: '县级数据_2020.csv', mimeType: 'text/csv', buffer: GBK_BYTES });
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    const summary = await page.$$eval('[data-testid="import-summary"] li', (els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-key'), Number(e.querySelector('strong')?.textContent?.replace(/,/g, ''))])),
    );
    expect(summary.matched).toBe(3);
    expect(summary.unmatched).toBe(1);
    expect(summary.skipped).toBeGreaterThanOrEqual(2); // title and total rows
    expect(await page.textContent('[data-testid="import-report"]')).toContain('gb18030');
    // The hostile name is shown as text: no element was created from it and nothing ran.
    const rowsText = (await page.textContent('[data-testid="import-rows"]')) ?? '';
    expect(rowsText).toContain(SCRIPT_NAME);
    expect(await page.$$('[data-testid="import-dialog"] img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.isVisible('[data-testid="import-mapping"]')).toBe(true);

    await page.click('[data-testid="import-commit"]');
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'detached' });
    const ids = await importedIds();
    expect(ids).toHaveLength(1);
    datasetId = ids[0]!;
    expect(await page.textContent(`[data-testid="dataset-${datasetId}"]`)).toContain('县级数据_2020.csv');
    // Offered to the map: pane 0 now shows the new dataset's indicator, and the link says so.
    await page.waitForFunction((id) => location.hash.includes(`p0.ind=${id}%3A`) || location.hash.includes(`p0.ind=${id}:`), datasetId);
  }, 90_000);

  it('still has the dataset after a reload', async () => {
    const { page } = app;
    await page.reload();
    await waitForMapReady(page);
    await page.click('[data-testid="side-tab-data"]');
    await page.waitForSelector(`[data-testid="dataset-${datasetId}"]`, { timeout: 30_000 });
    expect(await importedIds()).toEqual([datasetId]);
    const notices = (await page.textContent('body')) ?? '';
    expect(notices).not.toContain(datasetId + ' 不在本浏览器中');
  }, 150_000);

  it('reports a broken file clearly and keeps the map and the datasets', async () => {
    const { page } = app;
    await openImport();
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
    await page.setInputFiles('[data-testid="import-file"]', { name: 'broken.csv', mimeType: 'text/csv', buffer: binary });
    const error = await page.waitForSelector('[data-testid="import-error"]', { timeout: 30_000 });
    expect(await error.textContent()).toMatch(/二进制|binary/);
    expect(await error.textContent()).toContain('已有数据集未受影响');
    expect(await page.$('[data-testid="import-commit"]')).toBeNull();
    await page.click('[data-testid="import-close"]');
    expect(await importedIds()).toEqual([datasetId]);
    expect(await page.getAttribute(paneSelector(0), 'data-map-ready')).toBe('true');
  }, 60_000);

  it('resolves an ambiguous row inside the dialog, with its reasons in Chinese, and keeps the commit bar off the table', async () => {
    const { page } = app;
    await openImport();
    const csv = ['县名,省份,人口', '新华区,河北,10', `${nameOf('130631')},河北,25`].join('\n');
    await page.setInputFiles('[data-testid="import-file"]', { name: '同名县.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.waitForSelector('[data-testid="import-rows"] tr[data-status="ambiguous"]', { timeout: 60_000 });
    const ambiguous = (await page.textContent('[data-testid="import-rows"] tr[data-status="ambiguous"]')) ?? '';
    expect(ambiguous).toContain('有 2 个县同名，请给出所属地级');
    expect(ambiguous).not.toMatch(/counties share|matched by|prefecture/);
    // Each candidate says where it lies; choosing one re-runs the import with that county.
    const choices = await page.$$eval('[data-testid="import-choose"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(choices).toEqual(expect.arrayContaining([expect.stringContaining('（石家庄市，河北省）130105'), expect.stringContaining('（沧州市，河北省）130902')]));
    await page.click('[data-testid="import-choose"]:has-text("沧州市")');
    await page.waitForFunction(() => document.querySelector('[data-testid="import-rows"]')?.textContent?.includes('在导入对话框中选定'), undefined, { timeout: 60_000 });
    expect(await page.$('[data-testid="import-rows"] tr[data-status="ambiguous"]')).toBeNull();
    const rows = (await page.textContent('[data-testid="import-rows"]')) ?? '';
    expect(rows).toContain('在导入对话框中选定');
    expect(rows).toContain('130902');
    expect(rows).toContain('按名称匹配');
    // The commit bar sits below the scrolling body, never over the table.
    const [body, footer] = await Promise.all([
      page.$eval('.import-dialog__body', (e) => e.getBoundingClientRect().bottom),
      page.$eval('.import-dialog__footer', (e) => e.getBoundingClientRect().top),
    ]);
    expect(footer).toBeGreaterThanOrEqual(body);
    await page.click('[data-testid="import-close"]');
    expect(await importedIds()).toEqual([datasetId]);
  }, 120_000);

  it('falls back with a notice when a link names a dataset this browser does not have', async () => {
    const { page } = app;
    await loadFresh(app, 'v=2&p0.ind=nosuchfile:tap_water');
    await waitForMapReady(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="notices"]')?.textContent?.includes('nosuchfile'), undefined, { timeout: 30_000 });
    await page.waitForFunction(() => !location.hash.includes('nosuchfile'));
    expect(app.offOriginRequests).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 150_000);
});
