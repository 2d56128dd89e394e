#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the app (`vite build`; `--no-build` reuses dist/), serves dist/ with gzip on a free
 * localhost port, runs the browser tests (vitest.e2e.config.ts) against it, and stops the server.
 * Extra arguments after `--` go to vitest (e.g. a file filter or `-t name`).
 *
 * Without a Chromium it prints how to get one and exits 0 — or 1 when TANDEM_REQUIRE_BROWSER=1 (CI).
 * With `--json PATH` it writes { passed, failed, skipped, skippedNoBrowser } for scripts/run-tests.mjs.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_HINT, findChromium } from './lib/chromium.mjs';
import { localBin, run, runVitest } from './lib/vitest-run.mjs';
import { startServer } from './serve-dist.mjs';

/** Runs the browser tests; resolves to the counts (and whether they were skipped for want of a browser). */
export async function runE2e({ build = true, vitestArgs = [] } = {}) {
  const chromium = findChromium();
  if (!chromium) {
    const required = process.env.TANDEM_REQUIRE_BROWSER === '1';
    console.log(
      `\n${required ? 'ERROR' : 'NOTE'}: browser tests ${required ? 'could not run' : 'were SKIPPED'}: no Chromium found ` +
        `($CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).\n${CHROMIUM_HINT}\n`,
    );
    return { passed: 0, failed: required ? 1 : 0, skipped: 0, skippedNoBrowser: true };
  }
  if (!existsSync('public/geo/counties.json')) {
    console.error('ERROR: public/geo/counties.json is missing — the app has no boundaries to draw (run `npm run build:geo`).');
    return { passed: 0, failed: 1, skipped: 0, skippedNoBrowser: false };
  }
  if (build) {
    console.log('e2e: vite build …');
    const code = await run(localBin('vite'), ['build', '--logLevel', 'warn']);
    if (code !== 0) {
      console.error('ERROR: vite build failed; browser tests not run.');
      return { passed: 0, failed: 1, skipped: 0, skippedNoBrowser: false };
    }
  }
  const server = await startServer({ root: 'dist' });
  console.log(`e2e: serving dist/ at ${server.url} · Chromium: ${chromium}`);
  try {
    const result = await runVitest(['-c', 'vitest.e2e.config.ts', ...vitestArgs], { ...process.env, TANDEM_E2E_URL: server.url }, 'verbose');
    return { passed: result.passed, failed: result.failed, skipped: result.skipped, skippedNoBrowser: false };
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const dashDash = argv.indexOf('--');
  const own = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
  const vitestArgs = dashDash >= 0 ? argv.slice(dashDash + 1) : [];
  const jsonAt = own.indexOf('--json');
  const result = await runE2e({ build: !own.includes('--no-build'), vitestArgs });
  if (jsonAt >= 0 && own[jsonAt + 1]) writeFileSync(own[jsonAt + 1], JSON.stringify(result));
  process.exit(result.failed ? 1 : 0);
}
