#!/usr/bin/env node
// Import benchmark: parse + match time of the import pipeline (src/data/import/run-import.ts) on generated CSV
// files of 3,000 and 1,000,000 rows keyed by real boundary codes and names (public/geo), streamed in 1 MiB
// chunks as the worker does. Prints one JSON object. Goal: the 3,000-row file in ≤ 100 ms.
//   node test/bench/import.bench.mjs [--rows 3000,1000000]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const load = (p) => tsImport(resolve(root, p), import.meta.url);
const arg = process.argv.indexOf('--rows');
const sizes = arg > 0 ? process.argv[arg + 1].split(',').map(Number) : [3000, 1_000_000];

const { createCountyLookup } = await load('src/model/geo/county-lookup.ts');
const { parseAdcodeChangeList } = await load('src/model/geo/adcode-change.ts');
const { runImport, bytesSource } = await load('src/data/import/run-import.ts');
const index = JSON.parse(readFileSync(resolve(root, 'public/geo/counties.json'), 'utf8'));
const changes = parseAdcodeChangeList(JSON.parse(readFileSync(resolve(root, 'public/geo/changes.json'), 'utf8')));
const t0 = performance.now();
const lookup = createCountyLookup(index, changes);
const lookupMs = performance.now() - t0;

/** A long-layout CSV: code as a float, name, province, year, a percentage, a number with separators, a gap. */
function generate(rows) {
  const counties = index.counties;
  const provinces = new Map(index.provinces.map((p) => [p.adcode, p.name]));
  const parts = ['代码,县名,省份,年份,自来水普及率,农村居民人均可支配收入\n'];
  for (let i = 0; i < rows; i += 1) {
    const c = counties[i % counties.length];
    const year = 2013 + (Math.floor(i / counties.length) % 13);
    const pct = i % 97 === 0 ? '—' : `${((i * 7919) % 1000) / 10}%`;
    const income = `"${(5000 + ((i * 104729) % 20000)).toLocaleString('en')}"`;
    parts.push(`${c.adcode}.0,${c.name},${provinces.get(c.province) ?? ''},${year},${pct},${income}\n`);
  }
  return new TextEncoder().encode(parts.join(''));
}

async function timeRun(name, bytes) {
  const start = performance.now();
  const result = await runImport(bytesSource(name, bytes), { lookup, rowReportLimit: 50_000 });
  return { ms: performance.now() - start, result };
}

const round = (ms) => Math.round(ms * 10) / 10;
const results = [];
for (const rows of sizes) {
  const bytes = generate(rows);
  const heapBefore = process.memoryUsage().heapUsed;
  // The first run in a fresh process pays for compiling the pipeline (as a fresh worker does); later runs do not.
  const cold = await timeRun(`bench-${rows}.csv`, bytes);
  const warm = [];
  for (let i = 0; i < (rows <= 10_000 ? 5 : 0); i += 1) warm.push((await timeRun(`bench-${rows}.csv`, bytes)).ms);
  warm.sort((a, b) => a - b);
  const warmMedian = warm.length > 0 ? warm[Math.floor(warm.length / 2)] : null;
  const r = cold.result;
  results.push({
    rows,
    bytes: bytes.length,
    parseAndMatchMs: round(cold.ms),
    warmMedianMs: warmMedian === null ? null : round(warmMedian),
    rowsPerSecond: Math.round(rows / (cold.ms / 1000)),
    matched: r.summary.matched,
    duplicates: r.summary.issues.duplicate,
    error: r.error?.code ?? null,
    heapAfterMB: Math.round(process.memoryUsage().heapUsed / 1048576),
    heapBeforeMB: Math.round(heapBefore / 1048576),
    ...(rows === 3000 ? { goalMs: 100, warmWithinGoal: warmMedian !== null && warmMedian <= 100 } : {}),
  });
}
process.stdout.write(`${JSON.stringify({ bench: 'import', node: process.version, lookupBuildMs: Math.round(lookupMs), results }, null, 2)}\n`);
