import { describe, it } from 'vitest';
import { openApp } from './helpers/browser';
import { waitForMapReady } from './helpers/map-pane';

describe('shot', () => {
  it('shots', async () => {
    const app = await openApp({ hash: 'v=2&tab=funds&fd=2023:520000::', viewport: { width: 1400, height: 1000 } });
    await waitForMapReady(app.page);
    await app.page.waitForSelector('[data-sankey][data-balanced="true"]', { timeout: 60000 });
    await app.page.waitForTimeout(4000);
    await app.page.screenshot({ path: '/tmp/funds-shot.png', fullPage: true });
    await app.page.click('[data-sankey] [data-node="p.industry"]');
    await app.page.waitForTimeout(4000);
    await app.page.screenshot({ path: '/tmp/funds-node.png' });
    await app.page.click('[data-testid="side-tab-risks"]');
    await app.page.waitForSelector('[data-testid="risks-panel"][data-status="ready"]');
    await app.page.click('[data-testid="risk-new"]');
    await app.page.fill('[data-testid="risk-title"]', '测试');
    await app.page.fill('[data-testid="risk-counties"]', '522622, 522601, 520121');
    await app.page.selectOption('[data-testid="risk-level"]', '4');
    await app.page.fill('[data-testid="risk-due"]', '2024-06-30');
    await app.page.click('[data-testid="risk-save"]');
    await app.page.waitForSelector('[data-testid^="risk-entry-"]');
    await app.page.click('[data-testid="risk-new"]');
    await app.page.fill('[data-testid="risk-counties"]', 'nonexist');
    await app.page.click('[data-testid="risk-save"]');
    await app.page.waitForTimeout(3000);
    await app.page.screenshot({ path: '/tmp/risks-shot.png' });
    await app.close();
  }, 200000);
});
