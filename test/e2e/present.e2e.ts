/**
 * Presentation mode on a wall, in a real browser: `#present=1` on a 32:9 band (3840×1080) opens the demo
 * storyboard's first scene with its title and the whole of China in view; → goes to the next scene (title, map
 * redraw, URL); a lost WebGL context comes back without a reload and without losing the scene; a reload resumes
 * at the same scene; 200 scene changes through the command registry leave the canvases and contexts as they were.
 * The base map is dark while presenting and callouts give the county's value. At 3840×2160 with four panes every
 * pane title names its indicator whole, every legend class is in view and China's tips lie between the title and the
 * legend strip. Screenshots of presentation mode at 3840×1080, 1920×1080 and 3840×2160 go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './helpers/browser';
import { paneSelector, renderCount, waitForMapReady, waitForRenderSettled } from './helpers/map-pane';

const TIPS: Record<string, [number, number]> = {
  hainan: [109.8, 19.2],
  westXinjiang: [73.6, 39.4],
  northHeilongjiang: [122.3, 53.4],
  eastHeilongjiang: [134.7, 48.3],
};

let app: AppSession;
const title = () => app.page.locator('[data-testid="scene-title"]').textContent();
const sceneIndex = () => app.page.getAttribute('.app', 'data-scene-index');

describe('presentation mode', () => {
  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    app = await openApp({ viewport: { width: 3840, height: 1080 }, hash: 'present=1' });
    await app.page.waitForSelector('.app[data-present="true"]', { timeout: 60_000 });
    // Software WebGL on a shared machine: the first wall-sized map can take minutes.
    await waitForMapReady(app.page, 0, 540_000);
    // A loaded shared machine can stall frames for longer than a wall ever should: keep the watchdog (tested in
    // unit tests) from reloading the page under the test.
    await app.page.evaluate(() => window.__tandem!.setWatchdog(false));
  }, 600_000);

  afterAll(async () => {
    await app?.close();
  });

  it('#present=1 at 3840×1080 shows the demo\'s first scene, all of China; → shows the next scene', async () => {
    const { page } = app;
    expect(await sceneIndex()).toBe('0');
    expect(await title()).toBe('2014 年全国贫困发生率');
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 60_000 }).toContain('scene=1');
    // The chrome is hidden; the stamp is visible and says sample data and the map notice.
    expect(await page.locator('.app__header').count()).toBe(0);
    const stamp = await page.locator('[data-testid="present-stamp"]').textContent();
    expect(stamp).toContain('示例数据');
    expect(stamp).toContain('非标准地图，仅供内部分析');
    // Wait for the first flight to end, then check China's tips inside the pane.
    await waitForRenderSettled(page, 0, 0, 300_000, 1500);
    const tipsInView = () =>
      page.evaluate(
        ({ tips, selector }) => {
          const pane = window.__tandem!.pane(0)!;
          const rect = document.querySelector(selector)!.getBoundingClientRect();
          return Object.fromEntries(
            Object.entries(tips).map(([name, ll]) => {
              const p = pane.map.project(ll);
              return [name, p.x >= 0 && p.y >= 0 && p.x <= rect.width && p.y <= rect.height];
            }),
          );
        },
        { tips: TIPS, selector: paneSelector(0) },
      );
    await expect.poll(tipsInView, { timeout: 60_000 }).toEqual({ hainan: true, westXinjiang: true, northHeilongjiang: true, eastHeilongjiang: true });
    // Type from the screen height: the title and the stamp are at least 2.5% of 1080 px.
    const sizes = await page.evaluate(() => ['[data-testid="scene-title"]', '[data-testid="present-stamp"]'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)));
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(27);
    await page.screenshot({ path: 'test-results/present-3840x1080-scene1.png' });
    // The dark base map while presenting (paint properties on the live style), and callouts say the value.
    expect(await page.evaluate(() => window.__tandem!.pane(0)!.map.getPaintProperty('background', 'background-color'))).toBe('#0b0e13');
    const callout = await page.locator('[data-testid="callout-value"]').first().textContent();
    expect(callout).toMatch(/^\d+(\.\d)? %（2014 年）$/);

    const canvasesBefore = await page.locator('canvas.maplibregl-canvas').count();
    const before = await renderCount(page, 0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(sceneIndex, { timeout: 60_000 }).toBe('1');
    expect(await title()).toBe('2020 年全国贫困发生率');
    await waitForRenderSettled(page, 0, before, 300_000, 800);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 60_000 }).toContain('scene=2');
    // No pane was created for the scene change.
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(canvasesBefore);
    expect(app.pageErrors).toEqual([]);
  }, 600_000);

  it('a lost WebGL context comes back without a reload and the scene stays', async () => {
    const { page } = app;
    await page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 42;
    });
    const lost = await page.evaluate((selector) => {
      const canvas = document.querySelector(`${selector} canvas`) as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      ext.loseContext();
      (window as unknown as { __restore: () => void }).__restore = () => ext.restoreContext();
      return true;
    }, paneSelector(0));
    expect(lost).toBe(true);
    await page.waitForSelector(`${paneSelector(0)}[data-context-lost="true"]`, { state: 'attached', timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { __restore: () => void }).__restore());
    await page.waitForSelector(`${paneSelector(0)}[data-context-lost="false"]`, { state: 'attached', timeout: 120_000 });
    await waitForMapReady(page, 0, 540_000);
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
    expect(await sceneIndex()).toBe('1');
    expect(await title()).toBe('2020 年全国贫困发生率');
    expect(app.pageErrors).toEqual([]);
  }, 600_000);

  it('a reload resumes at the same scene, still presenting', async () => {
    const { page } = app;
    await page.reload();
    await page.waitForSelector('.app[data-present="true"]', { timeout: 60_000 });
    await page.evaluate(() => window.__tandem!.setWatchdog(false));
    expect(await sceneIndex()).toBe('1');
    expect(await title()).toBe('2020 年全国贫困发生率');
    await waitForMapReady(page, 0, 540_000);
  }, 600_000);

  it('200 scene changes through the registry leave canvases and WebGL contexts as they were', async () => {
    const { page } = app;
    await page.evaluate(() => window.__tandem!.setSceneTransitionMs(0));
    const count = () =>
      page.evaluate(() => ({
        canvases: document.querySelectorAll('canvas').length,
        panes: window.__tandem!.panes().length,
        failedPanes: document.querySelectorAll('[data-pane-error]').length,
      }));
    // One loop of the storyboard first: panes are kept mounted up to the widest scene shown (four panes).
    const scenes = await page.evaluate(() => {
      const p = window.__tandem!.present();
      return p.storyboards.find((b) => b.id === p.storyId)!.scenes.length;
    });
    for (let i = 0; i < scenes; i++) {
      await page.evaluate(() => window.__tandem!.runCommand('present.next'));
      await page.waitForTimeout(300);
    }
    const start = await count();
    expect(start).toMatchObject({ panes: 4, failedPanes: 0 });
    const result = await page.evaluate(async () => {
      const t = window.__tandem!;
      for (let i = 0; i < 200; i++) {
        t.runCommand('present.next');
        // Let React commit and the maps take the new layers every few changes (a wall dwells; the soak does not).
        if (i % 10 === 9) await new Promise((r) => setTimeout(r, 50));
      }
      return t.present().sceneSerial;
    });
    expect(result).toBeGreaterThan(200);
    await page.waitForTimeout(1500);
    expect(await count()).toEqual(start);
    expect(app.pageErrors).toEqual([]);
  }, 600_000);

  it('screenshots of presentation mode at 1920×1080 and 3840×2160', async () => {
    const { page } = app;
    await page.evaluate(() => window.__tandem!.runCommand('present.first'));
    for (const [w, h] of [[1920, 1080], [3840, 2160]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForSelector(paneSelector(0), { state: 'attached', timeout: 120_000 });
      // Read through evaluate (no 30 s action timeout): re-placing four software-rendered panes can block the page.
      const before = await page.evaluate((sel) => Number(document.querySelector(sel)?.getAttribute('data-render-count') ?? 0), paneSelector(0));
      await page.evaluate(() => window.__tandem!.runCommand('present.jump.5'));
      // Polled through evaluate, which has no action timeout: mounting three more software-rendered maps at a new
      // size can keep the page busy for longer than a locator waits.
      const deadline = Date.now() + 300_000;
      let last = before;
      let stableSince = Date.now();
      while (Date.now() < deadline && !(last > before && Date.now() - stableSince > 1500)) {
        await page.waitForTimeout(300);
        const now = await page.evaluate((sel) => Number(document.querySelector(sel)?.getAttribute('data-render-count') ?? 0), paneSelector(0));
        if (now !== last) [last, stableSince] = [now, Date.now()];
      }
      // A generous timeout: capturing a 4K page of four software-rendered maps on a loaded machine can take a while.
      await page.screenshot({ path: `test-results/present-${w}x${h}-scene5.png`, timeout: 180_000 });
      {
        // Four panes on a 16:9 wall (1080p and 4K): every pane's title names its indicator in full, every legend class is inside
        // its pane, and China's tips are in the part of the pane the title and the legend strip leave free.
        const panes = await page.evaluate((tips) => {
          return [0, 1, 2, 3].map((i) => {
            const root = document.querySelector(`[data-pane="${i}"]`)!;
            const rect = root.getBoundingClientRect();
            const indicator = root.querySelector('.pane-title__indicator') as HTMLElement;
            const title = root.querySelector('.pane-title')!.getBoundingClientRect();
            const legend = root.querySelector('.legend-panel')!.getBoundingClientRect();
            const rows = [...root.querySelectorAll('.legend-row')].map((r) => r.getBoundingClientRect());
            const map = window.__tandem!.pane(i)!.map;
            // Free: inside the pane, below its title and outside its legend (a strip along the bottom, or a column
            // in the bottom-left corner of a pane between 8:5 and 5:2).
            const lg = { left: legend.left - rect.left, right: legend.right - rect.left, top: legend.top - rect.top, bottom: legend.bottom - rect.top };
            const tipsFree = Object.values(tips).every((ll) => {
              const p = map.project(ll);
              const underLegend = p.x >= lg.left + 2 && p.x <= lg.right - 2 && p.y >= lg.top + 2 && p.y <= lg.bottom - 2;
              return p.x >= 0 && p.x <= rect.width && p.y >= title.bottom - rect.top - 2 && p.y <= rect.height && !underLegend;
            });
            return {
              titleWhole: indicator.scrollWidth <= indicator.clientWidth + 1,
              rows: rows.length,
              rowsInside: rows.every((r) => r.top >= rect.top && r.bottom <= rect.bottom && r.left >= rect.left && r.right <= rect.right),
              // The legend column stands below the title: it never hides the pane's name.
              legendBelowTitle: legend.top >= title.bottom - 1,
              tipsFree,
            };
          });
        }, TIPS);
        console.log(`${w}×${h} four panes: ${JSON.stringify(panes)}`);
        for (const p of panes) expect(p).toMatchObject({ titleWhole: true, rowsInside: true, legendBelowTitle: true });
        // Pane 1 leads the linked cameras and fits China clear of its own covers; with the legends stacked as a
        // column beside China (present.css), the followers' legends of five or six rows leave China's tips free too.
        for (const p of panes) expect(p.tipsFree).toBe(true);
        for (const p of panes) expect(p.rows).toBeGreaterThanOrEqual(5);
      }
    }
    expect(await sceneIndex()).toBe('4');
    expect(app.pageErrors).toEqual([]);
  }, 600_000);
});
