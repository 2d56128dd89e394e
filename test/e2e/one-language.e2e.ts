/**
 * One language at a time, in a real browser: a zh-CN page shows no Latin interface words outside the allow-list
 * (visible text, aria-labels, titles and placeholders, maplibre's controls included, on every side tab), and the
 * English page at 1280 px shows no Chinese interface text and keeps its header and its side tabs on one row each.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadFresh, openApp, type AppSession } from './helpers/browser';
import { waitForMapReady, waitForRenderQuiet } from './helpers/map-pane';
import { latinWordsOutsideAllowList } from '../../src/i18n/latin-allow-list';

const ARTIFACTS = 'test-results';

/** Every text the user can see or hear: visible text nodes and the labels of visible elements, with where it is. */
function visibleTexts(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const visible = (el: Element): boolean => {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
    };
    const describe = (el: Element): string => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || ['SCRIPT', 'STYLE'].includes(parent.tagName) || !visible(parent)) continue;
      // Text marked as the other language (the language switch names it in its own words) is not interface text.
      const textLang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (textLang !== document.documentElement.lang) continue;
      out.push({ text, where: describe(parent) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!visible(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = el.getAttribute(attr)?.trim();
        if (text) out.push({ text, where: `${describe(el)}[${attr}]` });
      }
    }
    out.push({ text: document.title, where: 'title' });
    return out;
  });
}

/** The texts that carry Latin words outside the allow-list. */
async function englishOnPage(page: Page): Promise<string[]> {
  return (await visibleTexts(page))
    .map((t) => ({ ...t, words: latinWordsOutsideAllowList(t.text) }))
    .filter((t) => t.words.length > 0)
    .map((t) => `${t.where}: ${t.text}`);
}

let app: AppSession;

describe('one language at a time', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openApp({ viewport: { width: 1280, height: 800 } });
    await waitForMapReady(app.page);
    await waitForRenderQuiet(app.page);
  }, 200_000);

  afterAll(async () => {
    await app?.close();
  });

  it('a zh-CN page shows no Latin interface words outside the allow-list, on any side tab', async () => {
    const page = app.page;
    // maplibre's controls are part of the page: make sure they are there to be checked.
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('放大');
    const tabs = await page.locator('[role="tab"]').all();
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    const found: string[] = [];
    for (const tab of tabs) {
      await tab.click();
      await page.locator('.side-tabs__loading').waitFor({ state: 'detached', timeout: 30_000 });
      for (const line of await englishOnPage(page)) if (!found.includes(line)) found.push(line);
    }
    await page.screenshot({ path: `${ARTIFACTS}/one-language-zh.png` });
    expect(found).toEqual([]);
  }, 120_000);

  it('the English page at 1280 px shows no Chinese and keeps the header on one row and each group of side tabs on one row', async () => {
    await loadFresh(app, 'lang=en');
    await waitForMapReady(app.page);
    const page = app.page;
    await page.locator('[data-testid="lang-toggle"]', { hasText: '中文' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${ARTIFACTS}/one-language-en-1280.png` });
    // And no untranslated Chinese interface text in English (map labels are drawn on the canvas, in pinyin).
    const chinese = (await visibleTexts(page)).filter((t) => /[\u3400-\u9fff]/.test(t.text)).map((t) => `${t.where}: ${t.text}`);
    expect(chinese).toEqual([]);
    const rows = await page.evaluate(() => {
      /** Distinct rows the visible children of a container sit on (by their vertical centre), and any overflow. */
      const layout = (selector: string) => {
        const box = document.querySelector(selector);
        if (!box) return null;
        const kids = [...box.children].filter((el) => el.getBoundingClientRect().width > 0);
        const centres = kids.map((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
        // Two children share a row when their vertical extents overlap.
        const separate = centres.filter((a, i) => centres.slice(0, i).every((b) => a.top >= b.bottom || a.bottom <= b.top));
        const lines = kids.flatMap((el) => [el, ...el.querySelectorAll('*')])
          .filter((el) => el.children.length === 0 && (el.textContent ?? '').trim() !== '' && el.getBoundingClientRect().width > 0)
          .filter((el) => { const r = el.getBoundingClientRect(); const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.4; return r.height > lh * 1.6; })
          .map((el) => el.textContent?.trim());
        return { rows: separate.length, wrapped: lines, overflow: box.scrollWidth > box.clientWidth + 1 };
      };
      return { header: layout('.app__header'), bar: layout('.side-tabs__bar'), groups: [...document.querySelectorAll('.side-tabs__group')].map((_, i) => layout(`.side-tabs__group:nth-child(${i + 1})`)) };
    });
    expect(rows.header).toEqual({ rows: 1, wrapped: [], overflow: false });
    // The tabs come in two groups by design (reading the map, acting on it): each group keeps to one row.
    expect(rows.bar?.rows).toBe(2);
    expect(rows.groups).toEqual([
      { rows: 1, wrapped: [], overflow: false },
      { rows: 1, wrapped: [], overflow: false },
    ]);
  }, 150_000);
});
