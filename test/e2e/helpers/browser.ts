/**
 * Starts the system Chromium through playwright-core with the project's flags and a fresh profile, opens the
 * built app, and blocks and records every request that leaves the app's origin (the app must make none).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_HINT, findChromium } from '../../../scripts/lib/chromium.mjs';
import { startServer, type DistServer } from '../../../scripts/serve-dist.mjs';

/** A browser with the app open in one page. */
export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Base URL of the app, ending in '/'. */
  baseUrl: string;
  /** Every request to another origin (each was aborted). */
  offOriginRequests: string[];
  /** Every request the browser made (URL), in order. */
  requests: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  /** Closes the browser (and the server, if this session started one). */
  close: () => Promise<void>;
}

/** Options of `openApp`. */
export interface OpenAppOptions {
  /** URL hash to open with (without '#'). */
  hash?: string;
  viewport?: { width: number; height: number };
}

/** Records Content-Security-Policy violations, which never reach the network (so routing would not see them). */
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.blockedURI + ' (' + e.violatedDirective + ')');
  });
`;

/** The app's URL: $TANDEM_E2E_URL (set by scripts/run-e2e.mjs), or a server for dist/ started here. */
async function resolveBaseUrl(): Promise<{ url: string; server: DistServer | null }> {
  const fromEnv = process.env.TANDEM_E2E_URL;
  if (fromEnv) return { url: fromEnv.endsWith('/') ? fromEnv : `${fromEnv}/`, server: null };
  const server = await startServer({ root: 'dist' });
  return { url: server.url, server };
}

/** Launches Chromium with a fresh profile and opens the app; throws with install advice when no browser exists. */
export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found. ${CHROMIUM_HINT}`);
  const { url: baseUrl, server } = await resolveBaseUrl();
  const origin = new URL(baseUrl).origin;
  const profile = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  const offOriginRequests: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const isOffOrigin = (url: URL): boolean => !['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin;
  const record = (url: string): void => {
    if (!offOriginRequests.includes(url)) offOriginRequests.push(url);
  };
  await context.route(isOffOrigin, (route) => {
    record(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    // Belt and braces: anything that slipped past routing (a worker, a preload) still counts.
    if (isOffOrigin(new URL(url))) record(url);
  });
  await context.addInitScript(RECORD_CSP_VIOLATIONS);
  const page = context.pages()[0] ?? (await context.newPage());
  // A loaded, shared machine can take longer than playwright's 30 s default just to fire "load".
  page.setDefaultNavigationTimeout(120_000);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(baseUrl + (options.hash ? `#${options.hash}` : ''));
  return {
    context,
    page,
    baseUrl,
    offOriginRequests,
    requests,
    pageErrors,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
      await server?.close();
    },
  };
}

/** CSP violations the page has recorded (blocked off-origin loads). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Opens `hash` as a fresh document load (a hash-only `goto` would be a same-document navigation). */
export async function loadFresh(session: AppSession, hash: string): Promise<void> {
  await session.page.goto('about:blank');
  await session.page.goto(`${session.baseUrl}#${hash}`);
}

/** Text of the first element matching `selector` right now ('' when absent); never waits. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', selector);
}

/** The `data-testid` of the nearest tagged ancestor of whatever element is at page point `p` (null if none). */
export function hitTestId(page: Page, p: { x: number; y: number }): Promise<string | null> {
  return page.evaluate(
    ({ x, y }) => (document.elementFromPoint(x, y)?.closest('[data-testid]') as HTMLElement | null)?.dataset.testid ?? null,
    p,
  );
}
