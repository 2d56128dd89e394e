/**
 * The app's Content-Security-Policy, in one place for the build (a <meta> tag in index.html) and for the servers
 * that are ours (scripts/serve-dist.mjs for the browser tests and the benchmark, `vite preview`), which also send it
 * as an HTTP header. The built app may only talk to its own origin (planners work on intranets).
 *
 * `base-uri 'none'`: no injected <base> can redirect the app's relative URLs (it works from any sub-path).
 * `frame-ancestors 'none'`: no other page may frame the app (clickjacking); browsers honour it only in a header,
 * never in a <meta> tag, which is why the meta policy leaves it out (Chromium would warn about it).
 */

/** The policy delivered in the page itself. */
export const META_CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the matching solver (HiGHS) is WebAssembly, which CSP treats as eval; nothing else is allowed.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
].join('; ');

/** The policy our servers send as the `Content-Security-Policy` header (and intranet servers should, see README). */
export const HEADER_CSP = `${META_CSP}; frame-ancestors 'none'`;
