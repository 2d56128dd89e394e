/**
 * Money traced to results, and the risk register, in a real browser: a register entry typed with markup in its
 * title is saved (shown as text), survives a reload (IndexedDB) and is marked overdue; the fund Sankey balances
 * at every node, a province filter narrows it and the map follows (camera to the province, link in the URL), and
 * a node click filters the map. One browser, no fixed sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFresh, openApp, type AppSession } from './helpers/browser';
import { getCamera, waitForMapReady } from './helpers/map-pane';

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">黄平县资金闲置';
const GUIZHOU_BBOX = [103.6, 24.6, 109.6, 29.3] as const;

let app: AppSession;

describe('funds and risks', () => {
  beforeAll(async () => {
    app = await openApp({ hash: 'v=2&tab=risks' });
    await waitForMapReady(app.page);
  }, 240_000);

  afterAll(async () => {
    await app?.close();
  });

  it('adds a register entry that survives a reload, rendered as text and flagged overdue', async () => {
    const { page } = app;
    await page.waitForSelector('[data-testid="risks-panel"][data-status="ready"]');
    await page.click('[data-testid="risk-new"]');
    // An empty title is refused with the field marked, and nothing is saved.
    await page.click('[data-testid="risk-save"]');
    await page.waitForSelector('[data-testid="risk-title"][aria-invalid="true"]');
    expect(await page.$$('[data-testid^="risk-entry-"]')).toHaveLength(0);
    await page.fill('[data-testid="risk-title"]', HOSTILE_TITLE);
    await page.fill('[data-testid="risk-counties"]', '黄平县, 522601');
    await page.selectOption('[data-testid="risk-level"]', '4');
    await page.fill('[data-testid="risk-due"]', '2024-06-30');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid^="risk-entry-"]');

    await loadFresh(app, 'v=2&tab=risks');
    await waitForMapReady(app.page);
    const entry = await page.waitForSelector('[data-testid^="risk-entry-"]');
    expect(await entry.getAttribute('data-overdue')).toBe('true');
    expect(await entry.getAttribute('data-level')).toBe('4');
    expect(await entry.textContent()).toContain(HOSTILE_TITLE);
    expect(await entry.textContent()).toContain('凯里市');
    expect(await page.$$('[data-testid="risks-panel"] img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }, 150_000);

  it('filters the balanced Sankey by a province, and the map follows', async () => {
    const { page } = app;
    await page.click('[data-testid="side-tab-funds"]');
    const national = await page.waitForSelector('[data-sankey][data-balanced="true"]', { timeout: 60_000 });
    expect(await national.getAttribute('data-level')).toBe('province');
    const nationalFen = Number(await national.getAttribute('data-total-fen'));
    expect(await page.isVisible('[data-testid="funds-sample-badge"]')).toBe(true);

    await page.selectOption('[data-testid="funds-province"]', '520000');
    await page.waitForSelector('[data-sankey][data-level="prefecture"][data-balanced="true"]');
    const provinceFen = Number(await page.getAttribute('[data-sankey]', 'data-total-fen'));
    expect(provinceFen).toBeGreaterThan(0);
    expect(provinceFen).toBeLessThan(nationalFen);
    await page.waitForFunction(() => location.hash.includes('fd=:520000'));
    await page.waitForFunction(
      ([w, s, e, n]) => {
        const c = window.__tandem?.pane(0)?.getCamera();
        return !!c && c.lng > w && c.lng < e && c.lat > s && c.lat < n && c.zoom > 4.5;
      },
      GUIZHOU_BBOX,
      { timeout: 30_000 },
    );
    expect((await getCamera(page)).zoom).toBeGreaterThan(4.5);

    // Picking a programme node (from the keyboard: nodes are focusable) keeps only its counties on the map.
    await page.focus('[data-sankey] [data-node="p.industry"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="funds-node-filter"]');
    expect(await page.textContent('[data-testid="funds-node-filter"]')).toMatch(/\d+/);
    await page.waitForFunction(() => location.hash.includes('p.industry'));
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  }, 150_000);
});
