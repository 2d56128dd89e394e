#!/usr/bin/env node
/**
 * `npm run -s bench`: builds the app, serves dist/ with gzip on localhost, and measures it in headless Chromium
 * (the browser tests' flags: SwiftShader software WebGL). Prints ONE JSON object on stdout (progress goes to
 * stderr) and writes it to bench-results/latest.json. Baselines: test/bench/BASELINE.md.
 *
 * Sections are the files in scripts/bench/sections/ (run in name order), each `export default { name,
 * description, run(ctx) }` returning a plain object; see scripts/bench/README.md to add one.
 *
 * Options: --no-build (reuse dist/), --only name[,name] (sections by name), --runs N (cold loads, default 3).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_HINT, findChromium } from '../lib/chromium.mjs';
import { startServer } from '../serve-dist.mjs';
import { openBenchBrowser, waitForMapReady, waitForRenderQuiet } from './lib/bench-browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const log = (...parts) => console.error('[bench]', ...parts);

/** `vite build` with its output on stderr, so stdout stays one JSON object. */
function build() {
  return new Promise((resolve, reject) => {
    const child = spawn(join(process.cwd(), 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`vite build exited with ${code}`))));
  });
}

async function loadSections(only) {
  const files = readdirSync(join(here, 'sections')).filter((f) => f.endsWith('.mjs')).sort();
  const sections = [];
  for (const file of files) {
    const section = (await import(pathToFileURL(join(here, 'sections', file)).href)).default;
    if (!section?.name || typeof section.run !== 'function') throw new Error(`sections/${file}: expected export default { name, run }`);
    if (!only || only.includes(section.name)) sections.push(section);
  }
  return sections;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    log(`no Chromium found. ${CHROMIUM_HINT}`);
    process.exit(2);
  }
  const only = option('--only', null)?.split(',');
  const sections = await loadSections(only);
  if (!args.includes('--no-build')) {
    log('vite build …');
    await build();
  }
  const server = await startServer({ root: 'dist' });
  const chromiumVersion = await new Promise((resolve) => {
    const child = spawn(executablePath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', () => resolve(out.trim()));
    child.on('error', () => resolve('unknown'));
  });
  let shared = null;
  const ctx = {
    baseUrl: server.url,
    server,
    runs: Number(option('--runs', '3')),
    log,
    /** A fresh browser (new profile, cold cache) with the probes installed. */
    openBrowser: (viewport) => openBenchBrowser(executablePath, server.url, viewport),
    /** One warm browser at the default national view, ready and quiet, shared by sections; leave it as found. */
    sharedPage: async () => {
      if (!shared) {
        shared = await openBenchBrowser(executablePath, server.url);
        await shared.page.goto(server.url);
        await waitForMapReady(shared.page);
        await waitForRenderQuiet(shared.page, 0, 1500);
      }
      return shared;
    },
  };
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: chromiumVersion, webgl: 'SwiftShader (software)' },
  };
  try {
    for (const section of sections) {
      log(`${section.name}: ${section.description ?? ''}`);
      const started = Date.now();
      try {
        result[section.name] = await section.run(ctx);
      } catch (error) {
        result[section.name] = { error: String(error?.stack ?? error) };
        process.exitCode = 1;
      }
      log(`${section.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await shared?.close();
    await server.close();
  }
  const json = JSON.stringify(result, null, 2);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', json + '\n');
  process.stdout.write(json + '\n');
}

await main();
