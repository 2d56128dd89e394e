import { describe, it } from 'vitest';
import { openApp } from './helpers/browser';
import { waitForMapReady } from './helpers/map-pane';

describe('shot', () => {
  it('shots', async () => {
    const app = await openApp({ hash: 'v=2&lang=en&tab=funds&p0.ind=funds:execution_rate&p0.y=2023&p0.cls=quantile:5:YlOrRd', viewport: { width: 1280, height: 900 } });
    await waitForMapReady(app.page);
    await app.page.waitForSelector('[data-sankey][data-balanced="true"]', { timeout: 60000 });
    await app.page.waitForTimeout(8000);
    await app.page.screenshot({ path: '/tmp/funds-en.png' });
    console.log('notices', await app.page.evaluate(() => document.querySelector('[data-testid="notices"]')?.textContent ?? ''), app.pageErrors);
    await app.close();
  }, 200000);
});
