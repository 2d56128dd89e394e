/**
 * Partnership arcs at the national view: one forced repaint of pane 0 with the arcs off, then with every arc of the
 * 2021 structure on (11 province pairs + the county-to-county pairs), then county arcs only. Reports arcs drawn (from
 * the partnership panel) and the WebGL vertices and draw calls per frame; the difference is what the arcs cost.
 * Restores the page's hash afterwards (the shared page is left as found).
 */
import { measureRepaint, waitForRenderQuiet } from '../lib/bench-browser.mjs';

const ARCS_ALL = 'v=2&p0.ly=choropleth,arcs,labels&tab=partnership&pp=2021:fiscal_aid:::all:0:';
const ARCS_COUNTY = 'v=2&p0.ly=choropleth,arcs,labels&tab=partnership&pp=2021:fiscal_aid:::county:0:';
const ARCS_OFF = 'v=2&p0.ly=choropleth,labels&tab=partnership&pp=2021:fiscal_aid:::all:0:';

async function frameWith(page, hash) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForSelector('[data-testid="partnership-panel"][data-status="ready"]', { timeout: 120_000 });
  await waitForRenderQuiet(page, 0, 1500);
  const samples = [];
  for (let i = 0; i < 2; i++) samples.push(await measureRepaint(page, 0));
  const last = samples[samples.length - 1];
  const perFrame = (x) => Math.round(x / Math.max(1, last.frames));
  const count = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="partnership-arc-count"]');
    return { arcs: Number(el?.getAttribute('data-arcs') ?? 0), countyArcs: Number(el?.getAttribute('data-county-arcs') ?? 0) };
  });
  return {
    ...count,
    verticesPerFrame: perFrame(last.vertices),
    drawCallsPerFrame: perFrame(last.drawCalls),
    repaintMsMin: Math.round(Math.min(...samples.map((s) => s.repaintMs))),
  };
}

/** The section. */
export default {
  name: 'partnershipArcs',
  description: 'pane 0 at the national view with partnership arcs off, all on, county-to-county only',
  async run(ctx) {
    const { page } = await ctx.sharedPage();
    const hash = await page.evaluate(() => location.hash);
    try {
      const off = await frameWith(page, ARCS_OFF);
      const all = await frameWith(page, ARCS_ALL);
      const county = await frameWith(page, ARCS_COUNTY);
      const arcVertices = all.verticesPerFrame - off.verticesPerFrame;
      return {
        arcsOff: { verticesPerFrame: off.verticesPerFrame, drawCallsPerFrame: off.drawCallsPerFrame, repaintMsMin: off.repaintMsMin },
        arcsAll: all,
        arcsCountyOnly: county,
        arcVerticesPerFrame: arcVertices,
        verticesPerArc: all.arcs > 0 ? Math.round(arcVertices / all.arcs) : null,
      };
    } finally {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await waitForRenderQuiet(page, 0, 1000).catch(() => undefined);
    }
  },
};
