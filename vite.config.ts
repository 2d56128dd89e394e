/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve as resolvePath } from 'node:path';
// Vitest 5's reporter needs Map.groupBy (Node ≥ 21) to print failures; the project runs on Node 20.
import './scripts/lib/node20-polyfills.mjs';
import { HEADER_CSP, META_CSP } from './scripts/lib/csp.mjs';
import { precompressDir } from './scripts/lib/precompress.mjs';

/**
 * The built app may only talk to its own origin (planners work on intranets): a Content-Security-Policy makes the
 * browser refuse anything else (scripts/lib/csp.mjs). Build only — the dev server injects inline scripts for hot
 * reload. `vite preview` also sends it as a header, as an intranet server should (README, "Serving it").
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tandem-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/** Whether a request path names an HTML document (a folder, a page, or an app route without a file extension). */
export function isDocumentPath(url: string | undefined): boolean {
  const path = (url ?? '/').split(/[?#]/)[0] ?? '/';
  return path.endsWith('/') || path.endsWith('.html') || !/\.[^/]+$/.test(path);
}

/** `vite preview` sends the policy as a header on documents too (with frame-ancestors, which a meta tag cannot). */
export function contentSecurityPolicyHeader(): Plugin {
  return {
    name: 'tandem-csp-header',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (isDocumentPath(req.url)) res.setHeader('Content-Security-Policy', HEADER_CSP);
        next();
      });
    },
  };
}

/** Writes `.gz` and `.br` beside each compressible output file, so servers need not compress per request. */
function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'tandem-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolvePath(config.root, config.build.outDir);
    },
    async closeBundle() {
      // TANDEM_NO_PRECOMPRESS=1 skips it for throwaway analysis builds (brotli at quality 11 takes minutes on 2 cores).
      if (process.env.TANDEM_NO_PRECOMPRESS) return;
      await precompressDir(outDir);
    },
  };
}

// Relative base so the built app works from any sub-path of an intranet server.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), contentSecurityPolicyHeader(), precompressed()],
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
