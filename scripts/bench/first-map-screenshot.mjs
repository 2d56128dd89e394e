#!/usr/bin/env node
/**
 * A screenshot of the first drawn map for before/after visual checks of start-up changes:
 *   node scripts/bench/first-map-screenshot.mjs --root dist --viewport 1920x1080 --out shot.png [--hash '#…']
 * Cold profile, the browser tests' flags; waits for every pane's data-map-ready, then for the page to be quiet
 * (labels joined, no frame drawn for a second), so the shot shows the settled first map.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.mjs';
import { startServer } from '../serve-dist.mjs';

const { values: opt } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' }, viewport: { type: 'string', default: '1920x1080' },
    hash: { type: 'string', default: '' }, out: { type: 'string', default: 'bench-results/first-map.png' },
    panes: { type: 'string', default: '1' },
  },
});
const [width, height] = opt.viewport.split('x').map(Number);
const server = await startServer({ root: opt.root });
const profileDir = mkdtempSync(join(tmpdir(), 'tandem-shot-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS, viewport: { width, height }, locale: 'zh-CN',
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url + opt.hash);
  await page.waitForFunction((n) => document.querySelectorAll('[data-map-ready="true"]').length >= n, Number(opt.panes), { timeout: 240000, polling: 200 });
  // Quiet: no change of any pane's render count for 3 s (labels and late layers have joined).
  let last = '', since = Date.now();
  while (Date.now() - since < 3000) {
    await page.waitForTimeout(500);
    const now = await page.evaluate(() => [...document.querySelectorAll('[data-render-count]')].map((e) => e.getAttribute('data-render-count')).join(','));
    if (now !== last) { last = now; since = Date.now(); }
  }
  await page.screenshot({ path: opt.out });
  console.log(opt.out);
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
