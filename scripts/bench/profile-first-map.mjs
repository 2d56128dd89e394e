#!/usr/bin/env node
/**
 * Where the time to the first map goes: one cold load of the built app in headless Chromium (the browser tests'
 * flags) under a DevTools `Tracing` capture, summed by kind of work until the first pane reports `data-map-ready`.
 *
 *   node scripts/bench/profile-first-map.mjs [--root dist] [--viewport 1920x1080] [--hash '#v=2&panes=4']
 *                                            [--out bench-results/first-map-profile.json]
 *
 * Main-thread buckets (renderer main thread, top-level tasks only, so nothing is counted twice): script (V8
 * execution and compilation), of which WebGL shader compile/link and texture upload are picked out by the GL calls'
 * own trace events when Chromium records them, GC, style/layout/paint, parse HTML, other tasks; idle is the rest of
 * the wall time. Worker threads are summed separately. Network wait is the time until the last request needed
 * before ready finished, minus main-thread work overlapping nothing else — reported as the request timeline instead,
 * because on two cores "waiting" and "working" overlap.
 * For function-level detail the CPU profile's self time is grouped by function name (an unminified build —
 * `npx vite build --minify false --outDir /tmp/dist-prof` — keeps the names).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.mjs';
import { startServer } from '../serve-dist.mjs';

const { values: opt } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    viewport: { type: 'string', default: '1920x1080' },
    hash: { type: 'string', default: '' },
    out: { type: 'string', default: 'bench-results/first-map-profile.json' },
    panes: { type: 'string', default: '1' },
  },
});
const [width, height] = opt.viewport.split('x').map(Number);
const server = await startServer({ root: opt.root });
const profileDir = mkdtempSync(join(tmpdir(), 'tandem-prof-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS, viewport: { width, height }, locale: 'zh-CN',
});
// Counts before ready: WebGL contexts, linked programs, draw calls and the animation frames that drew anything.
await context.addInitScript(`(() => {
  const c = (window.__glCount = { contexts: 0, programs: 0, draws: 0, frames: 0, framesAt: [], drawsPerFrame: [], programsAt: [] });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    const had = this.__glHad; const ctx = getContext.call(this, kind, ...rest);
    if (ctx && /webgl/.test(kind) && !had) { this.__glHad = true; c.contexts++; }
    return ctx;
  };
  let drewThisFrame = false;
  for (const ctor of [WebGL2RenderingContext, WebGLRenderingContext]) {
    const p = ctor.prototype;
    const link = p.linkProgram; p.linkProgram = function (...a) { c.programs++; c.programsAt.push(Math.round(performance.now())); return link.apply(this, a); };
    for (const n of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const f = p[n]; p[n] = function (...a) { c.draws++; if (!drewThisFrame) { drewThisFrame = true; c.frames++; c.framesAt.push(Math.round(performance.now())); c.drawsPerFrame.push(0); } c.drawsPerFrame[c.drawsPerFrame.length - 1]++; return f.apply(this, a); };
    }
  }
  const tick = () => { drewThisFrame = false; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`);
const page = context.pages()[0] ?? (await context.newPage());
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const traceDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'gpu', 'toplevel', 'loading', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-devtools.timeline.frame'],
  },
});
const requests = [];
page.on('requestfinished', async (r) => {
  const t = r.timing();
  requests.push({ url: r.url().replace(server.url, '/'), start: t.startTime, end: t.startTime + t.responseEnd, bytes: (await r.sizes().catch(() => null))?.responseBodySize ?? 0 });
});
const navStart = Date.now();
await page.goto(server.url + opt.hash);
await page.waitForFunction((n) => document.querySelectorAll('[data-map-ready="true"]').length >= n, Number(opt.panes), { timeout: 180000, polling: 100 });
const readyMs = await page.evaluate(() => performance.now());
const glCount = await page.evaluate(() => window.__glCount);
const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('tandem:')).map((m) => [m.name.slice(7), Math.round(m.startTime)])));
await cdp.send('Tracing.end');
await traceDone;
await context.close();
await server.close();
rmSync(profileDir, { recursive: true, force: true });

// Threads: the renderer's main thread is CrRendererMain; workers are DedicatedWorker threads.
const threadName = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
const navEvent = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming' ) ?? null;
const mainKeys = [...threadName].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
const tOf = (e) => e.ts / 1000;
// The page's main thread is the CrRendererMain with the most events.
const count = new Map();
for (const e of events) { const k = `${e.pid}:${e.tid}`; if (mainKeys.includes(k)) count.set(k, (count.get(k) ?? 0) + 1); }
// The page's renderer is the one whose process also runs the app's workers (not the new-tab page's).
const workerPids = new Set([...threadName].filter(([, n]) => /DedicatedWorker/.test(n)).map(([k]) => k.split(':')[0]));
const main = mainKeys.find((k) => workerPids.has(k.split(':')[0])) ?? [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
const fetchStart = events.find((e) => e.name === 'ResourceSendRequest' && `${e.pid}:${e.tid}` === main);
const t0 = fetchStart ? tOf(fetchStart) : Math.min(...events.filter((e) => e.ts).map(tOf));
const tReady = t0 + readyMs;

const buckets = {};
const add = (k, ms) => (buckets[k] = (buckets[k] ?? 0) + ms);
const workers = {};
const glNames = {};
let mainBusy = 0;
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  const key = `${e.pid}:${e.tid}`;
  const start = tOf(e), end = start + e.dur / 1000;
  if (end < t0 || start > tReady) continue;
  const ms = (Math.min(end, tReady) - Math.max(start, t0));
  const tname = threadName.get(key) ?? key;
  if (key === main) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') { mainBusy += ms; continue; }
    if (/GC|Scavenge|MarkCompact|MinorMS/.test(e.name) && e.cat.includes('devtools.timeline')) add('gc', ms);
    else if (['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'v8.evaluateModule', 'RunMicrotasks', 'V8.ScriptCompiler'].includes(e.name)) add(`script:${e.name}`, ms);
    else if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayer', 'CompositeLayers'].includes(e.name)) add(`render:${e.name}`, ms);
  } else if (/Worker/i.test(tname)) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    if (['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'RunMicrotasks'].includes(e.name)) workers[tname] = (workers[tname] ?? 0) + ms;
  } else if (/GPU|Compositor|Viz/i.test(tname) && /Compile|Link|TexImage|TexSubImage|Shader|Program/i.test(e.name)) {
    glNames[e.name] = (glNames[e.name] ?? 0) + ms;
  }
}
// Script events nest (an EvaluateScript runs microtasks): keep top-level ones by merging intervals per thread.
const intervals = (pred, threadKey) => {
  const xs = events.filter((e) => e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === threadKey && pred(e))
    .map((e) => [Math.max(tOf(e), t0), Math.min(tOf(e) + e.dur / 1000, tReady)]).filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0]);
  let total = 0, cur = null;
  for (const [a, b] of xs) { if (!cur || a > cur[1]) { if (cur) total += cur[1] - cur[0]; cur = [a, b]; } else cur[1] = Math.max(cur[1], b); }
  if (cur) total += cur[1] - cur[0];
  return total;
};
const isScript = (e) => ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'FireIdleCallback', 'V8.ScriptCompiler'].includes(e.name);
const isGc = (e) => /^(MinorGC|MajorGC|V8\.GC_|GCEvent|BlinkGC)/.test(e.name);
const isRender = (e) => ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayer', 'CompositeLayers'].includes(e.name);
const isCompile = (e) => /^v8\.(compile|parseOnBackground)|V8\.CompileCode|v8\.compileModule/.test(e.name);

// CPU profile samples (ProfileChunk events carry the id of their thread's Profile event): self time by function.
function selfTimes(threadKey, from = t0, to = tReady) {
  const profileStart = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === threadKey);
  if (!profileStart) return null;
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === profileStart.id && e.pid === profileStart.pid);
  const nodes = new Map();
  const self = {};
  let ts = profileStart.args.data.startTime / 1000;
  for (const c of chunks) {
    const cpu = c.args?.data?.cpuProfile;
    for (const n of cpu?.nodes ?? []) nodes.set(n.id, n);
    const samples = cpu?.samples ?? [];
    const deltas = c.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const dt = (deltas[i] ?? 0) / 1000;
      ts += dt;
      if (ts < from || ts > to) continue;
      const n = nodes.get(samples[i]);
      const name = n?.callFrame ? `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url || '').split('/').pop()}` : '?';
      self[name] = (self[name] ?? 0) + dt;
    }
  }
  return self;
}
const selfByFn = (main && selfTimes(main)) ?? {};
const profileChunks = Object.keys(selfByFn);
const workerSelf = Object.fromEntries([...threadName].filter(([, n]) => /Worker/i.test(n)).map(([k]) => [k, selfTimes(k)]).filter(([, v]) => v));
const top = (o, n) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, Math.round(v)]);
const stagesTop = {};
{
  const order = Object.entries(marks).sort((a, b) => a[1] - b[1]);
  let prev = ['start', 0];
  for (const m of [...order, ['ready', readyMs]]) {
    const win = { main: top(selfTimes(main, t0 + prev[1], t0 + m[1]) ?? {}, 8) };
    for (const [k, n] of threadName) if (/Worker/i.test(n)) win[k] = top(selfTimes(k, t0 + prev[1], t0 + m[1]) ?? {}, 5);
    stagesTop[`${prev[0]}→${m[0]}`] = win;
    prev = m;
  }
}
// The GPU process (SwiftShader runs the GL there): busy time of its threads and their longest kinds of event.
const gpuThreads = {};
{
  const gpuPid = [...threadName].find(([, n]) => n === 'CrGpuMain')?.[0].split(':')[0];
  for (const [k, n] of threadName) {
    if (k.split(':')[0] !== gpuPid) continue;
    const byName = {};
    const busy = intervals(() => true, k);
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || `${e.pid}:${e.tid}` !== k) continue;
      const a = Math.max(tOf(e), t0), b = Math.min(tOf(e) + e.dur / 1000, tReady);
      if (b > a) byName[e.name] = (byName[e.name] ?? 0) + (b - a);
    }
    if (busy > 50) gpuThreads[n + ' ' + k] = { busyMs: Math.round(busy), top: top(byName, 10) };
  }
}
const glCall = (re) => Object.entries(selfByFn).filter(([k]) => re.test(k.split(' ')[0])).reduce((a, [, v]) => a + v, 0);
const round = (x) => Math.round(x);
const report = {
  viewport: opt.viewport, hash: opt.hash, readyMs: round(readyMs), marks, glCount,
  mainThread: {
    busyMs: round(mainBusy),
    scriptMs: round(intervals(isScript, main)),
    compileMs: round(intervals(isCompile, main)),
    gcMs: round(intervals(isGc, main)),
    renderMs: round(intervals(isRender, main)),
    idleMs: round(readyMs - mainBusy),
  },
  fromCpuProfile: profileChunks.length ? {
    shaderCompileLinkMs: round(glCall(/^(compileShader|linkProgram|getProgramParameter|getShaderParameter|getProgramInfoLog|getShaderInfoLog|useProgram)$/)),
    textureUploadMs: round(glCall(/^(texImage2D|texSubImage2D|texStorage2D|generateMipmap)$/)),
    bufferUploadMs: round(glCall(/^(bufferData|bufferSubData)$/)),
    glDrawMs: round(glCall(/^(drawArrays|drawElements|drawArraysInstanced|drawElementsInstanced|readPixels|finish|clear)$/)),
    gcMs: round(selfByFn['(garbage collector) '] ?? 0),
    idleMs: round((selfByFn['(idle) '] ?? 0)),
    programMs: round(selfByFn['(program) '] ?? 0),
    topSelf: top(selfByFn, 40),
  } : null,
  gpuThreads,
  stagesTop,
  workersTopSelf: Object.fromEntries(Object.entries(workerSelf).map(([k, v]) => [k, top(v, 12)])),
  workersScriptMs: Object.fromEntries(Object.entries(workers).map(([k, v]) => [k, round(v)])),
  gpuThreadGl: Object.fromEntries(Object.entries(glNames).map(([k, v]) => [k, round(v)])),
  requests: requests.filter((r) => r.start - navStart < readyMs + 2000).map((r) => ({ ...r, start: round(r.start - navStart), end: round(r.end - navStart) }))
    .sort((a, b) => a.start - b.start),
  _nav: navEvent ? navEvent.name : null,
};
mkdirSync(dirname(opt.out), { recursive: true });
writeFileSync(opt.out, JSON.stringify(report, null, 1));
if (process.env.PROFILE_RAW) writeFileSync(process.env.PROFILE_RAW, JSON.stringify(events));
console.log(JSON.stringify({ ...report, fromCpuProfile: report.fromCpuProfile && { ...report.fromCpuProfile, topSelf: report.fromCpuProfile.topSelf.slice(0, 25) } }, null, 1));
