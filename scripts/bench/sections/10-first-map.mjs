/**
 * First map, cold: a fresh profile opens the app at the national view; measures what it costs until the first pane
 * carries `data-map-ready` — encoded bytes received, time since navigation start, long tasks — and the JS heap.
 */
import { waitForMapReady, waitForRenderQuiet } from '../lib/bench-browser.mjs';

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 0) => Number(x.toFixed(digits));

/** Waits until no new request has finished for `quietMs` (the detailed boundaries load after the first map). */
async function waitForNetworkQuiet(browser, quietMs = 1500, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let count = (await browser.requests()).length;
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    const now = (await browser.requests()).length;
    if (now !== count) {
      count = now;
      since = Date.now();
    }
  }
}

/** Encoded bytes per kind of file (script, style, font, geo, data, other). */
function bytesByKind(requests) {
  const kinds = { script: 0, style: 0, font: 0, geo: 0, data: 0, html: 0, other: 0 };
  for (const r of requests) {
    const path = new URL(r.url).pathname;
    const kind = /\.m?js$/.test(path)
      ? 'script'
      : path.endsWith('.css')
        ? 'style'
        : /\.(woff2?|ttf|otf)$/.test(path)
          ? 'font'
          : path.includes('/geo/')
            ? 'geo'
            : path.includes('/data/')
              ? 'data'
              : path.endsWith('/') || path.endsWith('.html')
                ? 'html'
                : 'other';
    kinds[kind] += r.bytes;
  }
  return kinds;
}

/** One cold load. */
async function measureOnce(ctx) {
  const serverBefore = ctx.server.bytesSent();
  const browser = await ctx.openBrowser();
  try {
    const { page, cdp } = browser;
    await page.goto(ctx.baseUrl);
    await waitForMapReady(page);
    const probe = await page.evaluate(() => ({
      readyAtMs: window.__bench.readyAt,
      timeOriginMs: performance.timeOrigin,
      longTasks: window.__bench.longTasks,
    }));
    const readyEpochMs = probe.timeOriginMs + probe.readyAtMs;
    await waitForRenderQuiet(page);
    await waitForNetworkQuiet(browser);
    const requests = await browser.requests();
    const beforeReady = requests.filter((r) => r.finishedAtMs <= readyEpochMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const longTasks = probe.longTasks.filter((t) => t.startMs < probe.readyAtMs);
    const sum = (rs) => rs.reduce((n, r) => n + r.bytes, 0);
    return {
      timeToMapReadyMs: probe.readyAtMs,
      bytesUntilReady: sum(beforeReady),
      requestsUntilReady: beforeReady.length,
      bytesTotal: sum(requests),
      requestsTotal: requests.length,
      serverBytesTotal: ctx.server.bytesSent() - serverBefore,
      heapUsedBytes: heap.usedSize,
      longTasksUntilReady: longTasks.length,
      longTaskMsUntilReady: longTasks.reduce((n, t) => n + t.durationMs, 0),
      offOriginRequests: browser.offOrigin.length,
      bytesByKind: bytesByKind(beforeReady),
      largest: [...beforeReady]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 6)
        .map((r) => ({ path: new URL(r.url).pathname.replace(/^.*\//, ''), bytes: r.bytes })),
    };
  } finally {
    await browser.close();
  }
}

/** The section. */
export default {
  name: 'firstMap',
  description: 'cold load at the national view until data-map-ready (gzip, fresh profile)',
  async run(ctx) {
    const runs = [];
    for (let i = 0; i < ctx.runs; i++) {
      runs.push(await measureOnce(ctx));
      ctx.log(`firstMap run ${i + 1}/${ctx.runs}: ${round(runs[i].timeToMapReadyMs)} ms, ${runs[i].bytesUntilReady} B`);
    }
    const first = runs[0];
    return {
      timeToMapReadyMs: round(median(runs.map((r) => r.timeToMapReadyMs))),
      timeToMapReadyMsRuns: runs.map((r) => round(r.timeToMapReadyMs)),
      bytesUntilReady: round(median(runs.map((r) => r.bytesUntilReady))),
      requestsUntilReady: first.requestsUntilReady,
      bytesTotal: round(median(runs.map((r) => r.bytesTotal))),
      requestsTotal: first.requestsTotal,
      serverBytesTotal: round(median(runs.map((r) => r.serverBytesTotal))),
      heapUsedBytes: round(median(runs.map((r) => r.heapUsedBytes))),
      longTasksUntilReady: round(median(runs.map((r) => r.longTasksUntilReady))),
      longTaskMsUntilReady: round(median(runs.map((r) => r.longTaskMsUntilReady))),
      offOriginRequests: Math.max(...runs.map((r) => r.offOriginRequests)),
      bytesByKindUntilReady: first.bytesByKind,
      largestUntilReady: first.largest,
    };
  },
};
