import { chromium } from 'playwright-core';
import fs from 'node:fs';
const dir = fs.mkdtempSync('/tmp/pw-');
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless','--no-sandbox','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'],
  viewport: { width: 1280, height: 800 } });
const page = ctx.pages()[0];
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:5173/');
await page.waitForFunction(() => window.__tandem?.pane(0), null, { timeout: 60000 });
await page.waitForTimeout(15000);
console.log(await page.evaluate(() => {
  const m = window.__tandem.pane(0).map;
  const out = {};
  for (const id of ['provinces','county-borders','province-borders']) { const s = m.getSource(id); out[id] = s && s._data ? JSON.stringify(s._data).slice(0, 200) : String(s && Object.keys(s)); }
  out.loaded = m.loaded(); out.sLoaded = m.style._loaded; out.updated = Object.keys(m.style._updatedSources||{}); out.srcs = Object.entries(m.style.tileManagers||m.style.sourceCaches||{}).map(([k,v])=>k+':'+(v.loaded?v.loaded():'?')); out.img = m.style.imageManager?.isLoaded?.(); out.keys = Object.keys(m.style).join(','); out.styleLoaded = m.isStyleLoaded(); out.moving = m.isMoving();
  out.ds = JSON.stringify(document.querySelector('[data-testid=map-pane-0]').dataset);
  out.layers = m.getStyle().layers.map(l => l.id);
  return out;
}));
await ctx.close();
