import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './lib/chromium.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
const errors = [];
p.on('pageerror', (e) => errors.push(String(e)));
p.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
p.on('response', (r) => r.status() >= 400 && errors.push(r.status() + ' ' + r.url()));
const t0 = Date.now();
await p.goto('http://127.0.0.1:5173/#' + (process.argv[2] ?? 'v=2&p0.y=2016'));
await p.waitForSelector('[data-testid="map-pane-0"][data-map-ready="true"]', { state: 'attached', timeout: 180000 });
console.log('ready', Date.now() - t0);
const quiet = async () => { let last = null, since = Date.now(); while (Date.now() - since < 1500) { await p.waitForTimeout(200); const n = await p.getAttribute('[data-testid="map-pane-0"]', 'data-render-count'); if (n !== last) { last = n; since = Date.now(); } } };
await quiet();
await p.screenshot({ path: process.argv[3] ?? '/tmp/ind1.png' });
if (process.argv[4]) { await eval(process.argv[4]); await quiet(); await p.screenshot({ path: '/tmp/ind2.png' }); }
console.log('errors', errors.slice(0, 10));
await b.close();
