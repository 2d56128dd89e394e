/**
 * Linked panes: main-thread work and vertices of one frame after a camera move on pane 0, with 1 and 4 linked
 * panes, at 1920×1080 and 3840×2160. Four panes must not cost four times one pane's main-thread work per frame.
 * "Frame work" runs from the start of the animation frame that draws the move to the end of the last pane's
 * render (JavaScript on the main thread; Chromium runs the GL commands afterwards in its GPU process).
 */
import { waitForMapReady, waitForRenderQuiet } from '../lib/bench-browser.mjs';

const VIEWPORTS = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '3840x2160', width: 3840, height: 2160 },
];
const PANE_COUNTS = [1, 4];
const MOVES = 3;

/** Moves pane 0 (all panes follow) and measures the frame that draws it. */
function measureLinkedMove(page, paneCount, step) {
  return page.evaluate(
    ({ paneCount, step }) =>
      new Promise((resolve, reject) => {
        const panes = Array.from({ length: paneCount }, (_, i) => window.__tandem?.pane(i));
        if (panes.some((p) => !p)) return reject(new Error('panes missing'));
        const draw = window.__bench.draw;
        draw.drawCalls = 0;
        draw.vertices = 0;
        let frameStart = 0;
        let rendered = 0;
        let lastRenderEnd = 0;
        requestAnimationFrame(() => {
          frameStart = performance.now();
        });
        for (const pane of panes) {
          pane.map.once('render', () => {
            rendered++;
            lastRenderEnd = performance.now();
            if (rendered === paneCount) {
              // Let the frame finish, then read the counters of exactly this frame.
              setTimeout(() => resolve({ frameWorkMs: lastRenderEnd - frameStart, vertices: draw.vertices, drawCalls: draw.drawCalls }), 0);
            }
          });
        }
        const c = panes[0].map.getCenter();
        panes[0].map.jumpTo({ center: [c.lng + step, c.lat], zoom: panes[0].map.getZoom() });
      }),
    { paneCount, step },
  );
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The section. */
export default {
  name: 'panes',
  description: 'linked camera move with 1 and 4 panes at 1080p and 4K',
  async run(ctx) {
    const out = {};
    for (const viewport of VIEWPORTS) {
      for (const paneCount of PANE_COUNTS) {
        const browser = await ctx.openBrowser({ width: viewport.width, height: viewport.height });
        try {
          const hash = paneCount === 1 ? '' : `#v=2&panes=${paneCount}`;
          await browser.page.goto(`${ctx.baseUrl}${hash}`);
          for (let i = 0; i < paneCount; i++) await waitForMapReady(browser.page, i);
          for (let i = 0; i < paneCount; i++) await waitForRenderQuiet(browser.page, i, 1000);
          const samples = [];
          for (let m = 0; m < MOVES; m++) {
            samples.push(await measureLinkedMove(browser.page, paneCount, m % 2 === 0 ? 0.5 : -0.5));
            for (let i = 0; i < paneCount; i++) await waitForRenderQuiet(browser.page, i, 500);
          }
          out[`${viewport.name}_${paneCount}pane`] = {
            frameWorkMs: Number(median(samples.map((s) => s.frameWorkMs)).toFixed(1)),
            verticesPerFrame: median(samples.map((s) => s.vertices)),
            drawCallsPerFrame: median(samples.map((s) => s.drawCalls)),
          };
          ctx.log(`panes ${viewport.name} × ${paneCount}: ${JSON.stringify(out[`${viewport.name}_${paneCount}pane`])}`);
        } finally {
          await browser.close();
        }
      }
      const one = out[`${viewport.name}_1pane`];
      const four = out[`${viewport.name}_4pane`];
      if (one && four) out[`${viewport.name}_fourPaneWorkRatio`] = Number((four.frameWorkMs / Math.max(0.1, one.frameWorkMs)).toFixed(2));
    }
    return out;
  },
};
