/**
 * Side by side with the closest peer (issue 11): runs ../shared/bench/vs-peer.mjs — the same gzip server, the same
 * headless Chromium, Tandem and a public deck.gl county map of China alternating, three cold loads each — at
 * 1920×1080 and 3840×2160, and returns the medians and the ratios Tandem / peer. Skips, saying so, when that script
 * is not there (it lives outside the project; nothing of the peer is ever loaded by the app).
 * Options through the environment: VS_PEER_RUNS (default 3), VS_PEER_VIEWPORTS (default 1920x1080,3840x2160),
 * VS_PEER_HASH (e.g. '#v=2&panes=4').
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SCRIPT = resolve(process.cwd(), '../shared/bench/vs-peer.mjs');
const OUT = 'bench-results/vs-peer.json';

export default {
  name: 'vsPeer',
  description: 'first map side by side with the peer (../shared/bench/vs-peer.mjs), 1080p and 4K, 3 alternating runs',
  async run(ctx) {
    if (!existsSync(SCRIPT)) {
      const message = `skipped: ${SCRIPT} not found (the side-by-side benchmark lives outside the project)`;
      ctx.log(`vsPeer ${message}`);
      return { skipped: message };
    }
    const args = [SCRIPT, '--no-build', '--runs', process.env.VS_PEER_RUNS ?? '3',
      '--viewport', process.env.VS_PEER_VIEWPORTS ?? '1920x1080,3840x2160', '--out', OUT];
    if (process.env.VS_PEER_HASH) args.push('--hash', process.env.VS_PEER_HASH);
    const table = await new Promise((ok, fail) => {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => ctx.log(String(d).trimEnd()));
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? ok(out) : fail(new Error(`vs-peer.mjs exited with ${code}`))));
    });
    ctx.log(`vsPeer ratios (Tandem / peer):\n${table}`);
    const report = JSON.parse(readFileSync(OUT, 'utf8'));
    return Object.fromEntries(
      Object.entries(report.viewports).map(([viewport, v]) => [viewport, { tandem: v.tandem, peer: v.peer, ratio: v.ratio }]),
    );
  },
};
