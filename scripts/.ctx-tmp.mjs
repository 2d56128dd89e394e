import { chromium } from 'playwright-core';
import fs from 'node:fs';
const dir = fs.mkdtempSync('/tmp/pw-');
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless','--no-sandbox','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'],
  viewport: { width: 1000, height: 700 } });
const page = ctx.pages()[0];
page.on('pageerror', (e) => console.log('pageerror', e.message, (e.stack||'').split('\n').slice(0,8).join(' | ')));
page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text().slice(0, 200)); });
await page.goto('http://127.0.0.1:5173/');
await page.waitForSelector('[data-map-ready="true"]', { timeout: 90000 });
const rc = async () => page.evaluate(() => document.querySelector('[data-testid=map-pane-0]').dataset.renderCount);
console.log('rc before', await rc(), await page.evaluate(() => window.__tandem.pane(0).map.style._order.join(',')));
await page.evaluate(() => { const m = window.__tandem.pane(0).map; window.__ext = m.getCanvas().getContext('webgl2').getExtension('WEBGL_lose_context'); window.__ext.loseContext(); });
await page.waitForTimeout(1500);
console.log('lost flag', await page.evaluate(() => document.querySelector('[data-testid=map-pane-0]').dataset.contextLost));
await page.evaluate(() => window.__ext.restoreContext());
await page.waitForTimeout(12000);
console.log('order after', await page.evaluate(() => window.__tandem.pane(0).map.style._order.join(',') + ' painterGL=' + (window.__tandem.pane(0).map.painter.context.gl === window.__tandem.pane(0).map.getCanvas().getContext('webgl2')) + ' deck=' + !!window.__tandem.pane(0).map.__deck + ' layers=' + (window.__tandem.pane(0).map.__deck?.props.layers.length)));
console.log('rc after', await rc(), await page.evaluate(() => document.querySelector('[data-testid=map-pane-0]').dataset.contextLost));
await page.screenshot({ path: '/tmp/shots/ctx.png' });
await ctx.close();
