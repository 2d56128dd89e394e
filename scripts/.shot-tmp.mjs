import { chromium } from 'playwright-core';
import fs from 'node:fs';
const url = process.argv[2] || 'http://127.0.0.1:5173/';
const out = process.argv[3] || '/tmp/shots/a.png';
const dir = fs.mkdtempSync('/tmp/pw-');
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless','--no-sandbox','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'],
  viewport: { width: 1280, height: 800 } });
const page = ctx.pages()[0] ?? await ctx.newPage();
const offOrigin = [];
page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:5173') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) offOrigin.push(r.url()); });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 300)); });
page.on('pageerror', (e) => console.log('pageerror', e.message, (e.stack||'').split('\n').slice(0,6).join(' | ')));
page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
const t0 = Date.now();
await page.goto(url);
try { await page.waitForSelector('[data-map-ready="true"]', { timeout: 90000 }); console.log('ready after', Date.now() - t0, 'ms'); } catch (e) { console.log('not ready', e.message); }
await page.waitForTimeout(Number(process.env.WAIT || 1500));
if (process.env.ACTION) { await eval(process.env.ACTION); await page.waitForTimeout(2500); }
await page.screenshot({ path: out });
console.log('offOrigin', offOrigin);
console.log('hash', await page.evaluate(() => location.hash));
await ctx.close();
