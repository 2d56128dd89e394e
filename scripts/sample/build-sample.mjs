#!/usr/bin/env node
// Writes the seeded sample dataset to public/data/sample/ from public/geo/counties.json.
// Usage: npm run build:sample [-- --seed 20131 --counties public/geo/counties.json --out public/data/sample --facts public/data/poverty-counties]
// The generator is TypeScript (it shares the indicator registry with the app); tsx's loader runs it in plain Node.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};

const { generateSample, readRealDesignation, DEFAULT_SAMPLE_SEED } = await tsImport('./generate-sample.ts', import.meta.url);
const seed = Number(option('seed', DEFAULT_SAMPLE_SEED));
const countiesPath = resolve(root, option('counties', 'public/geo/counties.json'));
const outDir = resolve(root, option('out', 'public/data/sample'));

let index;
try {
  index = JSON.parse(readFileSync(countiesPath, 'utf8'));
} catch (err) {
  console.error(`Cannot read ${countiesPath} (run npm run build:geo first): ${err.message}`);
  process.exit(1);
}

// The real designation comes from the committed facts dataset (built by npm run build:real), so a fresh clone
// regenerates the sample without ../shared.
const factsDir = resolve(root, option('facts', 'public/data/poverty-counties'));
let designation;
try {
  designation = readRealDesignation(
    JSON.parse(readFileSync(join(factsDir, 'manifest.json'), 'utf8')),
    JSON.parse(readFileSync(join(factsDir, 'attributes.json'), 'utf8')),
  );
} catch (err) {
  console.error(`Cannot read the facts dataset in ${factsDir}: ${err.message}`);
  process.exit(1);
}

const { files, manifest, latents } = generateSample({ index, seed, designation });
rmSync(join(outDir, 'columns'), { recursive: true, force: true });
let total = 0;
let totalGz = 0;
const rows = [];
for (const [path, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  const bytes = Buffer.byteLength(content);
  const gz = gzipSync(content, { level: 9 }).length;
  total += bytes;
  totalGz += gz;
  rows.push(`${path.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)} KB ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
}
const designated = latents.filter((l) => l.designated).length;
console.log(rows.join('\n'));
console.log(`${'total'.padEnd(40)} ${(total / 1024).toFixed(1).padStart(8)} KB ${(totalGz / 1024).toFixed(1).padStart(7)} KB gzip`);
console.log(`seed ${seed}: ${manifest.counties.length} counties, ${designated} designated (real list), ${manifest.indicators.length} indicators → ${outDir}`);
