#!/usr/bin/env node
/**
 * The floor of "time to the first drawn map" on this machine: a bare page, one small script, no library, that
 * fetches the first-map binary (dist/geo/counties-lo.bin, bytes only) while it creates a WebGL2 context, links one
 * shader program and draws 400k vertices once at the viewport's size, then reads a pixel back. Whatever a map
 * library adds comes on top of this, so it says which first-map goals (issue 11: a ratio to the peer) are
 * reachable here at all. Same Chromium flags and server as the browser tests.
 *
 *   node scripts/bench/webgl-floor.mjs [--viewport 1920x1080] [--runs 3]      (after npm run build)
 *
 * Prints one JSON line per cold load: context ready, binary in, first frame drawn (ms since navigation start).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_HINT, findChromium } from '../lib/chromium.mjs';
import { startServer } from '../serve-dist.mjs';

const { values: opt } = parseArgs({ options: { viewport: { type: 'string', default: '1920x1080' }, runs: { type: 'string', default: '3' } } });
const [width, height] = opt.viewport.split('x').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'webgl-floor-'));
copyFileSync('dist/geo/counties-lo.bin', join(dir, 'counties-lo.bin'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><style>html,body{margin:0;height:100%}canvas{width:100%;height:100%;display:block}</style><canvas id="c"></canvas><script src="floor.js"></script>');
writeFileSync(join(dir, 'floor.js'), `(async () => {
  const bin = fetch('counties-lo.bin').then((r) => r.arrayBuffer());
  const c = document.getElementById('c');
  c.width = innerWidth * devicePixelRatio; c.height = innerHeight * devicePixelRatio;
  const gl = c.getContext('webgl2', { antialias: true });
  const context = performance.now();
  const shader = (type, src) => { const s = gl.createShader(type); gl.shaderSource(s, src); gl.compileShader(s); return s; };
  const program = gl.createProgram();
  gl.attachShader(program, shader(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 p; void main() { gl_Position = vec4(p, 0.0, 1.0); }'));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision mediump float; out vec4 o; void main() { o = vec4(0.8, 0.3, 0.2, 1.0); }'));
  gl.bindAttribLocation(program, 0, 'p');
  gl.linkProgram(program);
  gl.useProgram(program);
  const bytes = (await bin).byteLength;
  const binary = performance.now();
  const n = 400000;
  const v = new Float32Array(n * 2);
  let seed = 1;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i += 3) { const x = rnd() * 1.6 - 0.8, y = rnd() * 1.6 - 0.8; for (let k = 0; k < 3; k++) { v[(i + k) * 2] = x + rnd() * 0.01; v[(i + k) * 2 + 1] = y + rnd() * 0.01; } }
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ARRAY_BUFFER, v, gl.STATIC_DRAW);
  gl.enableVertexAttribArray(0);
  gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
  gl.clearColor(0.87, 0.91, 0.93, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.drawArrays(gl.TRIANGLES, 0, n);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  window.__floor = { contextMs: Math.round(context), binaryMs: Math.round(binary), binaryBytes: bytes, drawnMs: Math.round(performance.now()) };
})();`);
const executablePath = findChromium();
if (!executablePath) throw new Error(`webgl-floor: no Chromium. ${CHROMIUM_HINT}`);
const server = await startServer({ root: dir });
try {
  for (let i = 0; i < Number(opt.runs); i++) {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(server.url);
      await page.waitForFunction(() => window.__floor, null, { timeout: 60_000 });
      console.log(JSON.stringify({ viewport: opt.viewport, ...(await page.evaluate(() => window.__floor)) }));
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
