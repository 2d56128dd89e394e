/**
 * Soak (issue 13, a wall runs for days): presentation mode plays demo scenes through the command registry — N scene
 * changes (default 10,000; TANDEM_SOAK_CHANGES overrides) with a short dwell (committed, and every K-th drawn),
 * cameras jumping — and reports, at the start and at the end: JS heap after a forced GC, live WebGL contexts, textures and
 * buffers (created minus deleted, counted by wrapping the WebGL calls before any page script), event listeners on
 * window/document/canvases (added minus removed) and the canvases in the page. Growth of the heap should stay under
 * 10%; the others should not grow.
 *
 * Which scenes (TANDEM_SOAK_MODE):
 * - `alternate` (default): after one warm-up loop of the whole storyboard (so all four panes are mounted), it jumps
 *   (`present.jump.N`) between the demo scenes that share the first scene's layout — they differ in indicator, year,
 *   classes, callouts and camera, which is what a wall changes most. Each change is then one store update, one
 *   React commit, new fill colours and one frame: no pane is re-placed, so no canvas is resized, and no boundary
 *   source has to be cut into tiles again after the first loop.
 * - `loop`: `present.next` through every scene, layouts included (each change of layout resizes canvases and
 *   re-frames China: on software WebGL about ten times the cost of a change within a layout).
 * TANDEM_SOAK_VIEWPORT=WxH sets the window (default 1280x720: on software WebGL the drawn frame is most of a change's
 * cost and grows with the pixels; leaks do not depend on the canvas size). TANDEM_SOAK_FRAME_EVERY=K (default 20,
 * raised to be coprime with the number of scenes cycled) draws a frame after every K-th change; 1 draws every one.
 * Besides the samples it reports what a change costs, split into its parts (median and p90 over the run): the
 * command itself (registry → applyView → store), React's commit with the maps taking new layers (until a macrotask
 * runs), and the drawn frame (until the next animation frame).
 * TANDEM_SOAK_SNAPSHOTS=N[,M…] also writes a V8 heap snapshot (after the same forced GC) when the run reaches N changes
 * (multiples of the batch, 100; 0 is the start sample) to TANDEM_SOAK_SNAPSHOT_DIR (default bench-results/), named
 * `soak-N.heapsnapshot`: two of them, loaded in DevTools' Comparison view, name what a leak retains.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Streams a heap snapshot (taken after a forced GC) to `path`. */
async function writeHeapSnapshot(cdp, path) {
  await cdp.send('HeapProfiler.collectGarbage');
  const out = createWriteStream(path);
  const onChunk = ({ chunk }) => out.write(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve(undefined))));
  }
}

/** The section. */
export default {
  name: 'soak',
  description: 'presentation mode: N scene changes through the command registry (heap after GC, GL objects, listeners)',
  async run(ctx) {
    const changes = Number(process.env.TANDEM_SOAK_CHANGES ?? 10_000);
    const mode = process.env.TANDEM_SOAK_MODE === 'loop' ? 'loop' : 'alternate';
    const [vw = 1280, vh = 720] = (process.env.TANDEM_SOAK_VIEWPORT ?? '1280x720').split('x').map(Number);
    const browser = await ctx.openBrowser({ width: vw, height: vh });
    const snapshotsAt = new Set((process.env.TANDEM_SOAK_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number));
    const snapshotDir = process.env.TANDEM_SOAK_SNAPSHOT_DIR ?? 'bench-results';
    if (snapshotsAt.size) await mkdir(snapshotDir, { recursive: true });
    const snapshots = [];
    const snapshotIfAsked = async (reached) => {
      if (!snapshotsAt.has(reached)) return;
      const path = join(snapshotDir, `soak-${reached}.heapsnapshot`);
      await writeHeapSnapshot(browser.cdp, path);
      snapshots.push(path);
      ctx.log(`soak: heap snapshot at ${reached} changes: ${path}`);
    };
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
        return p.storyboards.find((b) => b.id === p.storyId).scenes.map((s) => ({ layout: s.view.layout, panes: s.view.panes.length }));
      });
      for (let i = 0; i < scenes.length; i++) {
        await page.evaluate(() => window.__tandem.runCommand('present.next'));
        await page.waitForTimeout(300);
      }
      // The scenes the soak changes between, as command ids: those whose panes have the first scene's layout and
      // its size (a scene that shows a side panel shrinks the panes, and a resized canvas is the dearest change).
      const paneSize = () => page.evaluate(() => {
        const el = document.querySelector('[data-testid="map-pane-0"]');
        return el ? `${el.clientWidth}x${el.clientHeight}` : '';
      });
      const sizes = [];
      for (let i = 0; i < scenes.length; i++) {
        await page.evaluate((id) => window.__tandem.runCommand(id), `present.jump.${i + 1}`);
        await page.waitForTimeout(400);
        sizes.push(await paneSize());
      }
      const same = scenes.map((s, i) => ({ ...s, i, size: sizes[i] })).filter((s) => s.layout === scenes[0].layout && s.panes === scenes[0].panes && s.size === sizes[0]);
      const commands = mode === 'loop' || same.length < 2 ? ['present.next'] : same.map((s) => `present.jump.${s.i + 1}`);
      // The short dwell: every change is committed (store, React, the maps take their layers); every frameEvery-th
      // is also drawn. frameEvery is kept coprime with the cycle, so every scene of it gets drawn in turn.
      const gcd = (a, b) => (b ? gcd(b, a % b) : a);
      let frameEvery = Math.max(1, Number(process.env.TANDEM_SOAK_FRAME_EVERY ?? 20));
      while (frameEvery > 1 && gcd(frameEvery, commands.length) !== 1) frameEvery++;
      // The detailed boundaries load once the page is idle after the first map (src/app/boot.ts): a wall has them
      // seconds after it starts, so the start sample waits for them — landing mid-run they added ~10 MB (unminified
      // build) to the first 1,000 changes, which is start-up, not growth.
      const detailedBy = Date.now() + 120_000;
      while (!(await page.evaluate(() => window.__tandem.geometryLoaded().hi)) && Date.now() < detailedBy) await page.waitForTimeout(250);
      const detailedAtStart = await page.evaluate(() => window.__tandem.geometryLoaded().hi);
      if (!detailedAtStart) ctx.log('soak: the detailed boundaries had not loaded after 120 s; the start sample is taken without them');
      // Into the cycle once before the start sample, so the start is a state the soak returns to.
      await page.evaluate((ids) => ids.forEach((id) => window.__tandem.runCommand(id)), commands);
      for (let i = 0; i < 4; i++) await waitForRenderQuiet(page, i, 800).catch(() => undefined);
      const start = await sample(page, browser.cdp);
      await snapshotIfAsked(0);
      // A warm sample too: every scene of the cycle shown once more and drawn until quiet, so each camera's tiles and
      // label placements are in (the first 1,000 changes otherwise fill them, with V8's optimised code for the hot
      // paths). Reported beside the start, which stays the figure the goal is on.
      for (const id of commands) {
        await page.evaluate((c) => window.__tandem.runCommand(c), id);
        for (let i = 0; i < 4; i++) await waitForRenderQuiet(page, i, 800).catch(() => undefined);
      }
      const warm = await sample(page, browser.cdp);
      ctx.log(`soak: ${changes} changes at ${vw}×${vh}, mode ${mode} (${commands.join(', ')}), a frame every ${frameEvery}, start ${JSON.stringify(start)}, warm ${JSON.stringify(warm)}`);
      const started = Date.now();
      const BATCH = Math.min(100, Number(process.env.TANDEM_SOAK_BATCH ?? 100));
      const parts = { command: [], commit: [], frame: [] };
      let failed = 0;
      const checkpoints = [];
      for (let done = 0; done < changes; done += BATCH) {
        const batch = await page.evaluate(
          async ({ n, offset, ids, every }) => {
            const out = { command: [], commit: [], frame: [], failed: 0 };
            for (let i = 0; i < n; i++) {
              const drawn = (offset + i) % every === every - 1;
              const t0 = performance.now();
              if (!window.__tandem.runCommand(ids[(offset + i) % ids.length])) out.failed++;
              const t1 = performance.now();
              // React commits (and the maps take their new layers) before a macrotask runs.
              await new Promise((r) => setTimeout(r, 0));
              const t2 = performance.now();
              if (drawn) {
                // A drawn frame: maplibre and deck.gl render in the next animation frame.
                await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
                out.frame.push(performance.now() - t2);
              }
              out.command.push(t1 - t0);
              out.commit.push(t2 - t1);
            }
            return out;
          },
          { n: Math.min(BATCH, changes - done), offset: done, ids: commands, every: frameEvery },
        );
        for (const k of Object.keys(parts)) parts[k].push(...batch[k]);
        failed += batch.failed;
        // A sample every 1,000 changes (logged as it is taken, so a run stopped early still says how it went, and
        // caches that fill up early can be told from a steady leak).
        const reached = done + Math.min(BATCH, changes - done);
        await snapshotIfAsked(reached);
        if (reached % 1000 === 0 && reached < changes) {
          const at = await sample(page, browser.cdp);
          checkpoints.push({ changes: reached, ...at });
          ctx.log(`soak: sample at ${reached}: ${JSON.stringify(at)}`);
        }
        if ((done / BATCH) % 10 === 0 || process.env.TANDEM_SOAK_BATCH) {
          const rate = (Date.now() - started) / (done + BATCH);
          const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]?.toFixed(0) ?? '—';
          ctx.log(
            `soak: ${done + BATCH} / ${changes} scene changes, ${rate.toFixed(0)} ms each (median command ${med(batch.command)}, ` +
              `commit ${med(batch.commit)}, frame ${med(batch.frame)} ms), ~${(((changes - done - BATCH) * rate) / 60000).toFixed(0)} min left`,
          );
        }
      }
      const elapsedS = (Date.now() - started) / 1000;
      for (let i = 0; i < 4; i++) await waitForRenderQuiet(page, i, 800).catch(() => undefined);
      const end = await sample(page, browser.cdp);
      const stats = (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const at = (q) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1));
        return { medianMs: at(0.5), p90Ms: at(0.9) };
      };
      return {
        changes,
        mode,
        commands,
        viewport: `${vw}x${vh}`,
        frameEvery,
        failedCommands: failed,
        elapsedS: Number(elapsedS.toFixed(0)),
        msPerChange: Number(((elapsedS * 1000) / changes).toFixed(1)),
        // command and commit: every change; frame: the drawn ones.
        costOfAChange: { command: stats(parts.command), commit: stats(parts.commit), frame: stats(parts.frame) },
        start,
        warm,
        checkpoints,
        end,
        ...(snapshots.length ? { snapshots } : {}),
        detailedAtStart,
        // From the first checkpoint (caches that fill once, e.g. maplibre's tiles at the scenes' zooms, are full by
        // then): the slope alone. heapGrowthPct, from the start, is the figure the goal (< 10 %) is on.
        heapGrowthFromWarmPct: Number((((end.heapUsedMB - warm.heapUsedMB) / warm.heapUsedMB) * 100).toFixed(1)),
        heapGrowthAfter1000Pct: checkpoints[0]
          ? Number((((end.heapUsedMB - checkpoints[0].heapUsedMB) / checkpoints[0].heapUsedMB) * 100).toFixed(1))
          : null,
        heapGrowthPct: Number((((end.heapUsedMB - start.heapUsedMB) / start.heapUsedMB) * 100).toFixed(1)),
      };
    } finally {
      await browser.close();
    }
  },
};
