/**
 * Browser plumbing for the benchmark sections: Chromium with the project's flags and a fresh profile, the
 * in-page probes (WebGL draw counting, long tasks, the moment of `data-map-ready`), and waits on the pane contract.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../lib/chromium.mjs';

/**
 * Installed before any page script: wraps the WebGL draw calls (vertices = count × max(1, instances)), records long
 * tasks, and notes when the first pane becomes ready (performance.now(), i.e. ms since navigation start).
 */
const PROBES = `(() => {
  const draw = { drawCalls: 0, vertices: 0 };
  window.__bench = { draw, longTasks: [], readyAt: null };
  const wrap = (proto, name, verticesOf) => {
    const original = proto && proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      draw.drawCalls += 1;
      draw.vertices += verticesOf(args);
      return original.apply(this, args);
    };
  };
  for (const ctor of [self.WebGL2RenderingContext, self.WebGLRenderingContext]) {
    const proto = ctor && ctor.prototype;
    wrap(proto, 'drawArrays', (a) => a[2]);
    wrap(proto, 'drawElements', (a) => a[1]);
    wrap(proto, 'drawArraysInstanced', (a) => a[2] * Math.max(1, a[3]));
    wrap(proto, 'drawElementsInstanced', (a) => a[1] * Math.max(1, a[4]));
    wrap(proto, 'drawRangeElements', (a) => a[3]);
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longTasks.push({ startMs: e.startTime, durationMs: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const observer = new MutationObserver(() => {
    if (window.__bench.readyAt === null && document.querySelector('[data-map-ready="true"]')) {
      window.__bench.readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
})();`;

/**
 * Opens a fresh browser (new profile, empty cache) with the probes installed; off-origin requests are aborted and
 * counted. Every finished request is kept with its encoded size and finish time (ms since the epoch).
 */
export async function openBenchBrowser(executablePath, baseUrl, viewport = { width: 1280, height: 800 }) {
  const profile = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  const origin = new URL(baseUrl).origin;
  const offOrigin = [];
  await context.route(
    (url) => !['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin,
    (route) => {
      offOrigin.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const finished = [];
  const pending = [];
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes().catch(() => null);
        const timing = request.timing();
        const response = await request.response().catch(() => null);
        // Worker scripts report no body size; fall back to Content-Length (the encoded size: gzip is on).
        const headers = response ? await response.allHeaders().catch(() => ({})) : {};
        const bodyBytes = sizes?.responseBodySize || Number(headers['content-length'] ?? 0);
        const headerBytes =
          sizes?.responseHeadersSize || Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 17);
        const bytes = bodyBytes + headerBytes;
        finished.push({
          url: request.url(),
          bytes,
          finishedAtMs: timing.startTime + Math.max(timing.responseEnd, 0),
          status: response?.status() ?? 0,
        });
      })(),
    );
  });
  await context.addInitScript(PROBES);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    offOrigin,
    /** Finished requests so far (sizes are read asynchronously, so this waits for them). */
    requests: async () => {
      await Promise.all(pending);
      return finished;
    },
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** Waits until pane `index` is ready. */
export async function waitForMapReady(page, index = 0, timeoutMs = 180_000) {
  await page.waitForSelector(`[data-testid="map-pane-${index}"][data-map-ready="true"]`, { state: 'attached', timeout: timeoutMs });
}

/** Waits until pane `index`'s render count has not changed for `quietMs`. */
export async function waitForRenderQuiet(page, index = 0, quietMs = 1000, timeoutMs = 120_000) {
  const selector = `[data-testid="map-pane-${index}"]`;
  const read = () => page.getAttribute(selector, 'data-render-count');
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`pane ${index} never stopped rendering`);
    await page.waitForTimeout(100);
    const now = await read();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}

/**
 * Forces exactly one repaint of pane `index` through the test hook and returns what it drew: draw calls,
 * vertices, the frames maplibre rendered until idle, and the wall time until idle.
 */
export function measureRepaint(page, index = 0) {
  return page.evaluate(
    (index) =>
      new Promise((resolve, reject) => {
        const pane = window.__tandem?.pane(index);
        if (!pane) return reject(new Error(`window.__tandem has no pane ${index} (is installTestHooks() called?)`));
        const draw = window.__bench.draw;
        let frames = 0;
        const onRender = () => {
          frames += 1;
        };
        pane.map.on('render', onRender);
        draw.drawCalls = 0;
        draw.vertices = 0;
        const started = performance.now();
        pane.map.once('idle', () => {
          pane.map.off('render', onRender);
          resolve({ drawCalls: draw.drawCalls, vertices: draw.vertices, frames, repaintMs: performance.now() - started });
        });
        pane.map.triggerRepaint();
      }),
    index,
  );
}
