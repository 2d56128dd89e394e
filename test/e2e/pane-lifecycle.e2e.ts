/**
 * Panes free what they held: switching the layout 1 → 4 → 1 through the layout control must leave no map, WebGL
 * context, canvas or ResizeObserver behind once garbage is collected (a wall display changes layout between
 * scenes all day). Live objects are counted with the DevTools protocol (`Runtime.queryObjects`, which collects
 * garbage first). One short test: software WebGL makes every pane start cost seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { openApp, type AppSession } from './helpers/browser';
import { waitForMapReady } from './helpers/map-pane';

/** What a pane owns that must not outlive it, counted in the page's heap. */
interface LiveObjects {
  maps: number;
  webgl2Contexts: number;
  canvases: number;
  resizeObservers: number;
}

/** Live instances of the prototype an expression evaluates to (after a full garbage collection). */
async function countInstances(cdp: CDPSession, prototypeExpression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: prototypeExpression, objectGroup: 'count' });
  if (!result.objectId) throw new Error(`${prototypeExpression} is no object`);
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId, objectGroup: 'count' });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'count' });
  return length.value as number;
}

async function liveObjects(cdp: CDPSession): Promise<LiveObjects> {
  await cdp.send('HeapProfiler.collectGarbage');
  return {
    maps: await countInstances(cdp, 'window.__mapPrototype'),
    webgl2Contexts: await countInstances(cdp, 'WebGL2RenderingContext.prototype'),
    canvases: await countInstances(cdp, 'HTMLCanvasElement.prototype'),
    resizeObservers: await countInstances(cdp, 'ResizeObserver.prototype'),
  };
}

async function switchLayout(app: AppSession, layout: '1' | '4'): Promise<void> {
  const panes = Number(layout);
  await app.page.click(`[data-testid="layout-${layout}"]`);
  await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid^="map-pane-"]').length === n, panes);
  for (let i = 0; i < panes; i++) await waitForMapReady(app.page, i);
}

let app: AppSession;
let cdp: CDPSession;

describe('pane lifecycle in the browser', () => {
  beforeAll(async () => {
    // A small window: every pane draws the national map in software, four of them at each switch.
    app = await openApp({ hash: 'v=2', viewport: { width: 640, height: 400 } });
    await waitForMapReady(app.page, 0);
    cdp = await app.context.newCDPSession(app.page);
    await cdp.send('HeapProfiler.enable');
    // maplibre's Map class is not global: keep its prototype where the counter can reach it.
    await app.page.evaluate(() => {
      const map = window.__tandem?.pane(0)?.map;
      if (!map) throw new Error('no pane 0');
      (window as unknown as { __mapPrototype: object }).__mapPrototype = Object.getPrototypeOf(map) as object;
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('switching layouts 1 → 4 → 1 leaves no map, context, canvas or observer behind', async () => {
    const start = await liveObjects(cdp);
    expect(start.maps).toBe(1);

    await switchLayout(app, '4');
    // The counter sees the three new panes (so a count that never moves cannot pass this test).
    const open = await liveObjects(cdp);
    expect(open.maps).toBe(start.maps + 3);
    expect(open.webgl2Contexts).toBe(start.webgl2Contexts + 3);
    expect(open.canvases).toBeGreaterThanOrEqual(start.canvases + 3);
    expect(open.resizeObservers).toBeGreaterThan(start.resizeObservers);

    // Before the fix every cycle left 3 maps, 3 contexts, 3 canvases and 9 ResizeObservers behind.
    await switchLayout(app, '1');
    const after = await liveObjects(cdp);
    console.log(`pane lifecycle: 1 pane ${JSON.stringify(start)}, 4 panes ${JSON.stringify(open)}, back to 1 ${JSON.stringify(after)}`);
    expect(after).toEqual(start);
    expect(await app.page.locator('[data-testid^="map-pane-"]').count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  }, 400_000);
});
