import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './lib/chromium.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
const errors = [];
p.on('pageerror', (e) => errors.push(String(e)));
p.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' || m.text().startsWith('DEBUG')) && errors.push(m.text().slice(0, 400)));
const hash = process.argv[2] ?? 'v=2&p0.ly=choropleth,arcs,labels&tab=partnership&pp=2021:fiscal_aid::::0:';
const t0 = Date.now();
await p.goto('http://127.0.0.1:5173/#' + hash);
await p.waitForSelector('[data-testid="map-pane-0"][data-map-ready="true"]', { state: 'attached', timeout: 180000 });
console.log('ready', Date.now() - t0);
await p.waitForSelector('[data-testid="partnership-arc-count"]', { timeout: 60000 }).catch(() => console.log('no count'));
let last = null; let since = Date.now();
for (;;) { const c = await p.getAttribute('[data-testid="map-pane-0"]', 'data-render-count'); if (c !== last) { last = c; since = Date.now(); } if (Date.now() - since > 2500) break; await p.waitForTimeout(200); }
console.log('quiet', Date.now() - t0, await p.textContent('[data-testid="partnership-arc-count"]').catch(() => ''));
const extra = process.argv[4];
if (extra) { await eval(extra); }
await p.screenshot({ path: process.argv[3] ?? '/tmp/pp.png' });
console.log('errors', errors);
await b.close();
