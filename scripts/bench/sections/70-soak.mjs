/**
 * Soak (issue 13, a wall runs for days): presentation mode at 1920×1080 plays the demo storyboard through the command
 * registry — N scene changes (default 10,000; TANDEM_SOAK_CHANGES overrides) with a short dwell of one drawn frame
 * each, cameras jumping — and reports, at the start and at the end: JS heap after a forced GC, live WebGL contexts,
 * textures and buffers (created minus deleted, counted by wrapping the WebGL calls before any page script), event
 * listeners on window/document/canvases (added minus removed) and the canvases in the page. Growth of the heap
 * should stay under 10%; the others should not grow.
 */
import { waitForMapReady, waitForRenderQuiet } from '../lib/bench-browser.mjs';

/** Installed before the page's scripts: counts live GL objects and listeners. */
const COUNTERS = `(() => {
  const live = { contexts: 0, textures: 0, buffers: 0, framebuffers: 0, listeners: 0 };
  window.__soak = live;
  const seen = new WeakSet();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && /webgl/.test(String(type)) && !seen.has(ctx)) {
      seen.add(ctx);
      live.contexts++;
      // A context whose canvas is lost for good (maplibre's remove() loses it on purpose) no longer counts.
      this.addEventListener('webglcontextlost', () => { live.contexts--; }, { once: true });
    }
    return ctx;
  };
  for (const ctor of [self.WebGL2RenderingContext, self.WebGLRenderingContext]) {
    const p = ctor && ctor.prototype;
    if (!p) continue;
    for (const [make, drop, key] of [['createTexture', 'deleteTexture', 'textures'], ['createBuffer', 'deleteBuffer', 'buffers'], ['createFramebuffer', 'deleteFramebuffer', 'framebuffers']]) {
      const m = p[make];
      const d = p[drop];
      p[make] = function (...a) { const o = m.apply(this, a); if (o) live[key]++; return o; };
      p[drop] = function (o, ...a) { if (o) live[key]--; return d.call(this, o, ...a); };
    }
  }
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const registered = new WeakMap();
  const keyOf = (type, fn, opts) => type + '|' + (typeof opts === 'boolean' ? opts : !!(opts && opts.capture));
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (fn && (this === window || this === document || this instanceof HTMLCanvasElement)) {
      let set = registered.get(fn);
      if (!set) registered.set(fn, (set = new Set()));
      const k = keyOf(type, fn, opts);
      if (!set.has(k)) { set.add(k); live.listeners++; if (opts && opts.once) { /* removed by the browser: not tracked */ set.delete(k); live.listeners--; } }
    }
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    const set = fn && registered.get(fn);
    const k = keyOf(type, fn, opts);
    if (set && set.has(k)) { set.delete(k); live.listeners--; }
    return remove.call(this, type, fn, opts);
  };
})();`;

async function sample(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counts = await page.evaluate(() => ({ ...window.__soak, canvases: document.querySelectorAll('canvas').length, sceneSerial: window.__tandem.present().sceneSerial }));
  return { heapUsedMB: Number((heap.usedSize / 1048576).toFixed(2)), ...counts };
}

/** The section. */
export default {
  name: 'soak',
  description: 'presentation mode: N scene changes through the command registry (heap after GC, GL objects, listeners)',
  async run(ctx) {
    const changes = Number(process.env.TANDEM_SOAK_CHANGES ?? 10_000);
    const browser = await ctx.openBrowser({ width: 1920, height: 1080 });
    try {
      const { page, context } = browser;
      await context.addInitScript(COUNTERS);
      await page.goto(`${ctx.baseUrl}#present=1`);
      await waitForMapReady(page, 0);
      // Cameras jump; the watchdog is off (a soak drives the page harder than a wall; it must not reload mid-run).
      await page.evaluate(() => {
        window.__tandem.setSceneTransitionMs(0);
        window.__tandem.setWatchdog(false);
      });
      // One loop of the storyboard first, so every pane the widest scene needs is mounted before the start sample.
      const scenes = await page.evaluate(() => {
        const p = window.__tandem.present();
        return p.storyboards.find((b) => b.id === p.storyId).scenes.length;
      });
      for (let i = 0; i < scenes; i++) {
        await page.evaluate(() => window.__tandem.runCommand('present.next'));
        await page.waitForTimeout(300);
      }
      for (let i = 0; i < 4; i++) await waitForRenderQuiet(page, i, 800).catch(() => undefined);
      const start = await sample(page, browser.cdp);
      const started = Date.now();
      const BATCH = 100;
      for (let done = 0; done < changes; done += BATCH) {
        await page.evaluate(async (n) => {
          for (let i = 0; i < n; i++) {
            window.__tandem.runCommand('present.next');
            // The short dwell: one drawn frame per scene.
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          }
        }, Math.min(BATCH, changes - done));
        if ((done / BATCH) % 10 === 0) ctx.log(`soak: ${done + BATCH} / ${changes} scene changes`);
      }
      for (let i = 0; i < 4; i++) await waitForRenderQuiet(page, i, 800).catch(() => undefined);
      const end = await sample(page, browser.cdp);
      return {
        changes,
        secondsPerThousand: Number((((Date.now() - started) / 1000) * (1000 / changes)).toFixed(1)),
        start,
        end,
        heapGrowthPct: Number((((end.heapUsedMB - start.heapUsedMB) / start.heapUsedMB) * 100).toFixed(1)),
      };
    } finally {
      await browser.close();
    }
  },
};
