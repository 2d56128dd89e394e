/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// Vitest 5's reporter needs Map.groupBy (Node ≥ 21) to print failures; the project runs on Node 20.
import './scripts/lib/node20-polyfills.mjs';

/**
 * The built app may only talk to its own origin (planners work on intranets): a Content-Security-Policy makes the
 * browser refuse anything else. Build only — the dev server injects inline scripts for hot reload.
 */
const OWN_ORIGIN_ONLY_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self' data: blob:; worker-src 'self' blob:";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'tandem-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: OWN_ORIGIN_ONLY_CSP }, injectTo: 'head-prepend' },
    ],
  };
}

// Relative base so the built app works from any sub-path of an intranet server.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30000,
  },
});
