/**
 * Waiting on and reading a map pane in the browser: the pane contract (`data-map-ready`, `data-render-count`),
 * camera moves through the `window.__tandem` test hook, and pixel statistics of a pane screenshot.
 */
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';

/** A camera as the app stores it. */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** The CSS selector of pane `index`'s map container. */
export function paneSelector(index = 0): string {
  return `[data-testid="map-pane-${index}"]`;
}

/** Waits until pane `index` has drawn its counties for the first time. */
export async function waitForMapReady(page: Page, index = 0, timeoutMs = 120_000): Promise<void> {
  await page.waitForSelector(`${paneSelector(index)}[data-map-ready="true"]`, { state: 'attached', timeout: timeoutMs });
}

/** The pane's `data-render-count` (0 when absent). */
export async function renderCount(page: Page, index = 0): Promise<number> {
  const value = await page.getAttribute(paneSelector(index), 'data-render-count');
  return Number(value ?? 0);
}

/**
 * Waits until the render count has grown past `since` and then stayed put for `quietMs` (the pane drew the new
 * state, and follow-up renders — a level-of-detail switch, a layer update — have finished).
 */
export async function waitForRenderSettled(page: Page, index: number, since: number, timeoutMs = 60_000, quietMs = 400): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = await renderCount(page, index);
  let stableSince = Date.now();
  for (;;) {
    if (last > since && Date.now() - stableSince >= quietMs) return last;
    if (Date.now() > deadline) throw new Error(`pane ${index}: render count stayed at ${last} (waited for > ${since})`);
    await page.waitForTimeout(100);
    const now = await renderCount(page, index);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
}

/** Waits until the pane has no pending renders: the count has not changed for `quietMs`. */
export async function waitForRenderQuiet(page: Page, index = 0, quietMs = 600, timeoutMs = 60_000): Promise<number> {
  return waitForRenderSettled(page, index, -1, timeoutMs, quietMs);
}

/** Moves pane `index`'s camera through the test hook and waits until the new view is drawn. */
export async function jumpTo(page: Page, camera: Camera, index = 0): Promise<void> {
  const before = await renderCount(page, index);
  await page.evaluate(
    ({ camera, index }) => {
      const pane = window.__tandem?.pane(index);
      if (!pane) throw new Error(`window.__tandem has no pane ${index} (is installTestHooks() called?)`);
      pane.jumpTo(camera);
      pane.map.triggerRepaint();
    },
    { camera, index },
  );
  await waitForRenderSettled(page, index, before);
}

/** The pane's current camera. */
export function getCamera(page: Page, index = 0): Promise<Camera> {
  return page.evaluate((index) => {
    const pane = window.__tandem?.pane(index);
    if (!pane) throw new Error(`window.__tandem has no pane ${index}`);
    return pane.getCamera();
  }, index);
}

/** Page coordinates (CSS pixels) of a longitude/latitude in pane `index`. */
export async function projectToPage(page: Page, lngLat: [number, number], index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ lngLat, selector, index }) => {
      const pane = window.__tandem?.pane(index);
      const container = document.querySelector(selector);
      if (!pane || !container) throw new Error(`pane ${index} not found`);
      const point = pane.map.project(lngLat);
      const rect = container.getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    },
    { lngLat, selector: paneSelector(index), index },
  );
}

/** A screenshot of the pane as a PNG buffer. */
export async function screenshotPane(page: Page, index = 0, path?: string): Promise<Buffer> {
  const box = await page.locator(paneSelector(index)).boundingBox();
  if (!box) throw new Error(`pane ${index} has no box`);
  return page.screenshot({ clip: box, path, animations: 'disabled' });
}

/** Colour statistics of an image. */
export interface PixelStats {
  pixels: number;
  /** Share of pixels that are none of the background colours. */
  foregroundShare: number;
  /** Colours (quantised to 5 bits a channel) covering at least `minPixels` pixels each, excluding backgrounds. */
  distinctColors: number;
}

/** Counts the colours of a PNG, ignoring pixels within `tolerance` of any background colour. */
export function pixelStats(png: Buffer, backgrounds: [number, number, number][], minPixels = 200, tolerance = 6): PixelStats {
  const image = PNG.sync.read(png);
  const { data, width, height } = image;
  const bins = new Map<number, number>();
  let foreground = 0;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const isBackground = backgrounds.some(([br, bg, bb]) => Math.abs(r - br) <= tolerance && Math.abs(g - bg) <= tolerance && Math.abs(b - bb) <= tolerance);
    if (isBackground) continue;
    foreground++;
    const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    bins.set(key, (bins.get(key) ?? 0) + 1);
  }
  let distinctColors = 0;
  for (const n of bins.values()) if (n >= minPixels) distinctColors++;
  return { pixels: width * height, foregroundShare: foreground / (width * height), distinctColors };
}

/** Parses '#rrggbb'. */
export function hexColor(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
