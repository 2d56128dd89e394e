/**
 * One frame at the national view: WebGL draw calls and vertices (count × instances) of a single forced repaint of
 * pane 0. The vertex count decides speed on any GPU and does not depend on how busy this machine is.
 */
import { measureRepaint } from '../lib/bench-browser.mjs';

/** The section. */
export default {
  name: 'nationalFrame',
  description: 'one forced repaint of pane 0 at the default national view',
  async run(ctx) {
    const { page } = await ctx.sharedPage();
    const samples = [];
    for (let i = 0; i < 3; i++) samples.push(await measureRepaint(page, 0));
    const last = samples[samples.length - 1];
    const perFrame = (x) => Math.round(x / Math.max(1, last.frames));
    const viewport = await page.evaluate(() => {
      const pane = window.__tandem?.pane(0);
      const canvas = pane?.map.getCanvas();
      return { zoom: pane?.getCamera().zoom ?? null, widthPx: canvas?.clientWidth ?? 0, heightPx: canvas?.clientHeight ?? 0 };
    });
    return {
      verticesPerFrame: perFrame(last.vertices),
      drawCallsPerFrame: perFrame(last.drawCalls),
      framesPerRepaint: last.frames,
      // Main-thread time only: Chromium runs the GL commands in its GPU process, after this returns.
      repaintMainThreadMs: Math.round(Math.min(...samples.map((s) => s.repaintMs))),
      zoom: viewport.zoom === null ? null : Number(viewport.zoom.toFixed(2)),
      paneSizePx: [viewport.widthPx, viewport.heightPx],
    };
  },
};
