/**
 * Map image export: wall time from "Make PNG" to the downloaded file for the four-pane view at 1920 and 3840 px
 * (16:9), and the file size. Each pane is drawn again on one offscreen map at the output size (software WebGL
 * here, so these are upper bounds for an office PC with a GPU). Reported, not asserted.
 */
import { stat } from 'node:fs/promises';
import { waitForMapReady, waitForRenderQuiet } from '../lib/bench-browser.mjs';

const FOUR = 'v=2&panes=4&p0.ind=sample:poverty_incidence&p0.y=2016&p1.ind=sample:poverty_incidence&p1.y=2020&p2.ind=sample:tap_water&p2.y=2016&p3.ind=sample:tap_water&p3.y=2020';
const WIDTHS = [1920, 3840];

/** The section. */
export default {
  name: 'mapExport',
  description: 'PNG export of the four-pane view at 1920 and 3840 px: time to file, file size',
  async run(ctx) {
    const out = {};
    const browser = await ctx.openBrowser({ width: 1280, height: 800 });
    try {
      await browser.page.goto(`${ctx.baseUrl}#${FOUR}`);
      for (let i = 0; i < 4; i++) await waitForMapReady(browser.page, i);
      for (let i = 0; i < 4; i++) await waitForRenderQuiet(browser.page, i, 1000);
      await browser.page.getByTestId('share-open').click();
      for (const width of WIDTHS) {
        await browser.page.getByTestId(`export-width-${width}`).check();
        await browser.page.getByTestId('export-aspect').selectOption('16:9');
        const download = browser.page.waitForEvent('download', { timeout: 600_000 });
        const start = Date.now();
        await browser.page.getByTestId('export-png').click();
        const file = await (await download).path();
        const ms = Date.now() - start;
        out[`fourPane_${width}`] = { exportMs: ms, fileBytes: (await stat(file)).size };
        ctx.log(`map export ${width}: ${JSON.stringify(out[`fourPane_${width}`])}`);
        await browser.page.getByTestId('export-done').waitFor();
      }
    } finally {
      await browser.close();
    }
    return out;
  },
};
