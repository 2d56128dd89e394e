/**
 * Indicator and year switches (issue 3): main-thread time from `viewActions.setPaneYear` / `setPaneIndicator` to
 * the next drawn frame of pane 0 with every county recoloured. Goal: ≤ 16.7 ms (one frame).
 *
 * Per switch, measured in the page:
 * - syncJsMs: the action plus React's synchronous render it triggers (the store update, classification — memoised
 *   per dataset/indicator/year/level/method — the colour table repaint and the new layer props), i.e. until the
 *   microtask queue has drained; `layersUpdated` checks that the fill layer's colour trigger did change by then.
 * - frameMs: main-thread time of the next frame (from its first animation-frame callback to maplibre's `render`
 *   event), where deck.gl rewrites the colour attribute (not the geometry) and submits the draw.
 * - toFrameMs: from the action to the end of that frame (includes the wait for vsync; not work).
 * Columns are loaded beforehand (network is not main-thread work); "cold" years compute their classification,
 * "warm" ones hit the memo. Software WebGL (SwiftShader) runs GL commands in the GPU process, after the frame.
 */

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const round = (x) => (x === null ? null : Math.round(x * 100) / 100);

/** Runs the switches in the page and returns one sample per switch. */
function measureInPage(steps) {
  const hooks = window.__tandem;
  const pane = hooks?.pane(0);
  if (!pane?.map || !hooks.viewActions) throw new Error('window.__tandem lacks pane(0) or viewActions (src/app/test-hooks.ts)');
  const map = pane.map;
  const fillTrigger = () => {
    const layers = pane.overlay?._props?.layers ?? [];
    return layers.find((l) => l?.id === 'county-fill-0')?.props?.updateTriggers?.getFillColor ?? null;
  };
  const untilIdle = () => new Promise((resolve) => (map.loaded() && !map.isMoving() && !map._frameRequest ? resolve() : map.once('idle', resolve)));
  const run = async () => {
    const samples = [];
    for (const step of steps) {
      await untilIdle();
      const act = () => (step.kind === 'year' ? hooks.viewActions().setPaneYear(0, step.value) : hooks.viewActions().setPaneIndicator(0, step.value));
      if (!step.measure) {
        const idle = new Promise((resolve) => map.once('idle', resolve));
        act();
        await Promise.race([idle, new Promise((r) => setTimeout(r, 60_000))]);
        continue;
      }
      let frameStart = null;
      let frameEnd = null;
      const onRender = () => {
        if (frameEnd === null) frameEnd = performance.now();
      };
      map.on('render', onRender);
      const idle = new Promise((resolve) => map.once('idle', resolve));
      requestAnimationFrame(() => {
        frameStart ??= performance.now();
      });
      const before = fillTrigger();
      const t0 = performance.now();
      act();
      await Promise.resolve();
      await Promise.resolve();
      const tSync = performance.now();
      const layersUpdated = fillTrigger() !== before;
      await Promise.race([idle, new Promise((r) => setTimeout(r, 60_000))]);
      map.off('render', onRender);
      samples.push({
        kind: step.kind,
        value: step.value,
        cache: step.cache,
        syncJsMs: tSync - t0,
        frameMs: frameStart !== null && frameEnd !== null ? frameEnd - frameStart : null,
        toFrameMs: frameEnd !== null ? frameEnd - t0 : null,
        layersUpdated,
      });
    }
    return samples;
  };
  return run();
}

/** The section. */
export default {
  name: 'indicatorSwitch',
  description: 'main-thread time from an indicator / year switch to the next drawn frame (pane 0, all counties)',
  async run(ctx) {
    const { page } = await ctx.sharedPage();
    const saved = await page.evaluate(() => window.__tandem?.view?.() ?? null);
    if (!saved) throw new Error('window.__tandem.view is missing (src/app/test-hooks.ts)');
    const A = 'sample:poverty_incidence';
    const B = 'sample:tap_water';
    const steps = [
      // Load both columns and start from A in 2015 (not measured).
      { kind: 'indicator', value: B },
      { kind: 'year', value: 2015 },
      { kind: 'indicator', value: A },
      // Years: first visits compute the classification, revisits hit the memo.
      ...[2016, 2017, 2018, 2019].map((value) => ({ kind: 'year', value, cache: 'cold', measure: true })),
      ...[2018, 2017, 2016].map((value) => ({ kind: 'year', value, cache: 'warm', measure: true })),
      // Indicators (columns already loaded): B in 2016 is new, then back and forth hit the memo.
      { kind: 'indicator', value: B, cache: 'cold', measure: true },
      ...[A, B, A].map((value) => ({ kind: 'indicator', value, cache: 'warm', measure: true })),
    ];
    const samples = await page.evaluate(measureInPage, steps);
    await page.evaluate((view) => window.__tandem.viewActions().replaceView(view), saved);
    const summarise = (kind) => {
      const s = samples.filter((x) => x.kind === kind);
      const warm = s.filter((x) => x.cache === 'warm');
      return {
        syncJsMsMedian: round(median(s.map((x) => x.syncJsMs))),
        syncJsMsMax: round(Math.max(...s.map((x) => x.syncJsMs))),
        syncJsMsWarmMedian: round(median(warm.map((x) => x.syncJsMs))),
        frameMsMedian: round(median(s.map((x) => x.frameMs).filter((x) => x !== null))),
        toFrameMsMedian: round(median(s.map((x) => x.toFrameMs).filter((x) => x !== null))),
        allLayersUpdatedSynchronously: s.every((x) => x.layersUpdated),
        samples: s.length,
      };
    };
    return {
      goalMs: 16.7,
      year: summarise('year'),
      indicator: summarise('indicator'),
      raw: samples.map((x) => ({ ...x, syncJsMs: round(x.syncJsMs), frameMs: round(x.frameMs), toFrameMs: round(x.toFrameMs) })),
    };
  },
};
