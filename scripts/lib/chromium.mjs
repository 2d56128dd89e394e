/**
 * Where to find a system Chromium and how to start it for the browser tests and the benchmark. One place for the
 * flags, so tests and benchmarks measure the same browser. Playwright's own browser downloads are never used.
 */
import { accessSync, constants } from 'node:fs';

/** Paths tried in order after $CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The flags that work on a headless Linux box without a GPU: software WebGL through SwiftShader, and no
 * background traffic (updates, sync, field trials) that would count as off-origin requests.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** How to get a browser, printed when none is found. */
export const CHROMIUM_HINT =
  'Install one with `apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), or point CHROMIUM_PATH at a ' +
  'Chromium/Chrome executable. (`npx playwright install` is not needed and not used.)';

/** The first executable Chromium: $CHROMIUM_PATH, then the usual system paths; null when there is none. */
export function findChromium(env = process.env) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not there or not executable: try the next one
    }
  }
  return null;
}
