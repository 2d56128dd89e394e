/**
 * Browser tests (test/e2e/): real Chromium driven by playwright-core against the built app. Run them with
 * `npm run test:e2e` (builds, serves dist/ with gzip, runs this config); see test/e2e/README.md.
 */
import { defineConfig } from 'vitest/config';
// Vitest 5's reporter needs Map.groupBy (Node ≥ 21) to print failures; the project runs on Node 20.
import './scripts/lib/node20-polyfills.mjs';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time: software WebGL is CPU-bound and the machine is small.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
