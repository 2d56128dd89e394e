#!/usr/bin/env node
// Writes the seeded monitoring sample to public/data/monitor-sample/ (exit-assessment rates, monitored households by
// type). Usage: node scripts/sample/build-monitor-sample.mjs [--seed 20131 --out public/data/monitor-sample]
// A separate dataset from public/data/sample/, so the base sample's bytes never change.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const { readRealDesignation, DEFAULT_SAMPLE_SEED } = await tsImport('./generate-sample.ts', import.meta.url);
const { generateMonitorSample } = await tsImport('./generate-monitor-sample.ts', import.meta.url);
const seed = Number(option('seed', DEFAULT_SAMPLE_SEED));
const outDir = resolve(root, option('out', 'public/data/monitor-sample'));
const index = JSON.parse(readFileSync(resolve(root, 'public/geo/counties.json'), 'utf8'));
const facts = resolve(root, 'public/data/poverty-counties');
const designation = readRealDesignation(
  JSON.parse(readFileSync(join(facts, 'manifest.json'), 'utf8')),
  JSON.parse(readFileSync(join(facts, 'attributes.json'), 'utf8')),
);
const { files, manifest } = generateMonitorSample({ index, seed, designation });
rmSync(join(outDir, 'columns'), { recursive: true, force: true });
for (const [path, content] of files) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), content);
  console.log(`${path.padEnd(36)} ${(Buffer.byteLength(content) / 1024).toFixed(1).padStart(8)} KB`);
}
console.log(`seed ${seed}: ${manifest.counties.length} counties, ${manifest.indicators.length} indicators → ${outDir}`);
