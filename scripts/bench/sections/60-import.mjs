/**
 * Importing your own data. In the browser: a large generated CSV (default 100 MB, `TANDEM_BENCH_IMPORT_MB`) is fed
 * through the import panel's file input while the page is watched: the longest main-thread task (Long Tasks API,
 * ≥ 50 ms only) and the longest gap of a 10 ms timer (catches shorter stalls too) from choosing the file until the
 * report shows. Goal: no main-thread task over 50 ms — the pipeline runs in the worker. In Node: parse + match time
 * for 3,000 and 1,000,000 rows (test/bench/import.bench.mjs; goal ≤ 100 ms for 3,000 rows; skipped with
 * `TANDEM_BENCH_IMPORT_NODE=0`).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForMapReady, waitForRenderQuiet } from '../lib/bench-browser.mjs';

const round = (x, digits = 0) => Number(x.toFixed(digits));

/** Writes a long-layout CSV of about `megabytes` MB keyed by real boundary codes and names (public/geo). */
async function writeBigCsv(path, megabytes) {
  const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8'));
  const provinces = new Map(index.provinces.map((p) => [p.adcode, p.name]));
  const out = createWriteStream(path);
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let rows = 0;
  const write = (text) =>
    new Promise((resolve) => {
      written += Buffer.byteLength(text);
      if (out.write(text)) resolve(undefined);
      else out.once('drain', resolve);
    });
  await write('代码,县名,省份,年份,自来水普及率,农村居民人均可支配收入\n');
  while (written < target) {
    const parts = [];
    for (let k = 0; k < 5000; k++, rows++) {
      const c = index.counties[rows % index.counties.length];
      const year = 2013 + (Math.floor(rows / index.counties.length) % 13);
      parts.push(`${c.adcode}.0,${c.name},${provinces.get(c.province) ?? ''},${year},${((rows * 7919) % 1000) / 10}%,"${(5000 + ((rows * 104729) % 20000)).toLocaleString('en')}"\n`);
    }
    await write(parts.join(''));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve(undefined))));
  return { rows, bytes: (await stat(path)).size };
}

/** Runs test/bench/import.bench.mjs and returns its JSON. */
function nodeBench(log) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['test/bench/import.bench.mjs'], { stdio: ['ignore', 'pipe', 2] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`import.bench.mjs exited with ${code}`));
      try {
        resolve(JSON.parse(out));
      } catch (error) {
        log('import.bench.mjs printed', out.slice(0, 500));
        reject(error);
      }
    });
  });
}

/** The section. */
export default {
  name: 'import',
  description: 'longest main-thread task while a large CSV imports in the worker; parse + match time in Node',
  async run(ctx) {
    const megabytes = Number(process.env.TANDEM_BENCH_IMPORT_MB ?? 100);
    const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-import-'));
    const file = join(dir, `bench_${megabytes}mb.csv`);
    const browser = await ctx.openBrowser();
    let browserResult;
    try {
      ctx.log(`import: writing a ${megabytes} MB CSV …`);
      const generated = await writeBigCsv(file, megabytes);
      const { page } = browser;
      await page.goto(ctx.baseUrl);
      await waitForMapReady(page);
      // The detailed boundaries load after the first map and repaint it: wait for them, so only import work is timed.
      const deadline = Date.now() + 120_000;
      while (!(await browser.requests()).some((r) => r.url.includes('counties-hi')) && Date.now() < deadline) await page.waitForTimeout(250);
      await waitForRenderQuiet(page, 0, 2000);
      await page.click('[data-testid="side-tab-data"]');
      await page.click('[data-testid="import-open"]');
      await page.waitForSelector('[data-testid="import-dialog"]');
      // The same page left idle for as long as a short import: long tasks here are the map's, not the import's.
      const idle = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const from = performance.now();
            setTimeout(() => {
              const tasks = window.__bench.longTasks.filter((t) => t.startMs >= from);
              resolve(tasks.reduce((m, t) => Math.max(m, t.durationMs), 0));
            }, 4000);
          }),
      );
      const startMs = await page.evaluate(() => {
        const probe = { maxGapMs: 0, last: performance.now() };
        window.__importProbe = probe;
        probe.timer = setInterval(() => {
          const now = performance.now();
          probe.maxGapMs = Math.max(probe.maxGapMs, now - probe.last - 10);
          probe.last = now;
        }, 10);
        return performance.now();
      });
      ctx.log(`import: ${generated.rows.toLocaleString('en')} rows, ${(generated.bytes / 1048576).toFixed(1)} MB through the file input …`);
      await page.setInputFiles('[data-testid="import-file"]', file);
      await page.waitForSelector('[data-testid="import-report"], [data-testid="import-error"]', { timeout: 590_000 });
      // Let the report's first paint land inside the window.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const seen = await page.evaluate((startMs) => {
        const probe = window.__importProbe;
        clearInterval(probe.timer);
        const endMs = performance.now();
        const tasks = window.__bench.longTasks.filter((t) => t.startMs >= startMs && t.startMs <= endMs);
        const summary = Object.fromEntries(
          [...document.querySelectorAll('[data-testid="import-summary"] li')].map((li) => [li.getAttribute('data-key'), Number(li.querySelector('strong')?.textContent?.replace(/[,\s]/g, ''))]),
        );
        return {
          wallMs: endMs - startMs,
          longTasks: tasks.length,
          taskList: tasks.map((t) => [Math.round(t.startMs - startMs), Math.round(t.durationMs)]),
          longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.durationMs), 0),
          maxTimerGapMs: probe.maxGapMs,
          error: document.querySelector('[data-testid="import-error"]')?.textContent ?? null,
          summary,
        };
      }, startMs);
      ctx.log('import: long tasks [startMs, durationMs]', JSON.stringify(seen.taskList));
      browserResult = {
        fileMB: round(generated.bytes / 1048576, 1),
        rows: generated.rows,
        wallMs: round(seen.wallMs),
        rowsPerSecond: Math.round(generated.rows / (seen.wallMs / 1000)),
        longTasksOver50Ms: seen.longTasks,
        longestMainThreadTaskMs: round(seen.longestTaskMs),
        maxTimerGapMs: round(seen.maxTimerGapMs),
        idleLongestTaskMs: round(idle),
        goalMs: 50,
        withinGoal: seen.longestTaskMs < 50,
        matched: seen.summary.matched ?? null,
        error: seen.error,
      };
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
    ctx.log('import: parse + match in Node (3,000 and 1,000,000 rows) …');
    const node = process.env.TANDEM_BENCH_IMPORT_NODE === '0' ? null : await nodeBench(ctx.log);
    return { browser: browserResult, node };
  },
};
