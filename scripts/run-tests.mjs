#!/usr/bin/env node
/**
 * `npm test`: the unit tests (vitest, test/unit/), then the browser tests (scripts/run-e2e.mjs). Without a
 * Chromium the browser tests are skipped with a clear note — unless TANDEM_REQUIRE_BROWSER=1 (set by .ci/run),
 * when that is a failure. Ends with one plain line CI reads: `N passed, N failed, N skipped`.
 * Arguments: `--unit-only`, `--e2e-only`, `--no-build` (reuse dist/ for the browser tests).
 */
import { runVitest } from './lib/vitest-run.mjs';
import { runE2e } from './run-e2e.mjs';

const args = process.argv.slice(2);
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
};

if (!args.includes('--e2e-only')) {
  console.log('── unit tests (vitest) ──');
  add(await runVitest([]));
}
let browserNote = '';
if (!args.includes('--unit-only')) {
  console.log('\n── browser tests (playwright-core + system Chromium) ──');
  const e2e = await runE2e({ build: !args.includes('--no-build') });
  add(e2e);
  if (e2e.skippedNoBrowser) browserNote = process.env.TANDEM_REQUIRE_BROWSER === '1' ? ' (browser tests required but no Chromium)' : ' (browser tests SKIPPED: no Chromium)';
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nTotal time ${seconds} s${browserNote}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
