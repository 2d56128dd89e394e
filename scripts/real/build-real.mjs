#!/usr/bin/env node
// Builds the shipped real datasets (public/data/poverty-counties/, public/data/census2020/) from the source
// tables in ../shared/data (or --from DIR). Usage: npm run build:real [-- --from ../shared/data --out public/data]
// It checks the 832 counties, the per-province totals, the exit batches and the census match rate, and exits 1
// with every failed check listed, writing nothing, when one fails.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const from = resolve(process.cwd(), option('from', resolve(root, '../shared/data')));
const outDir = resolve(root, option('out', 'public/data'));

const read = (path) => {
  const full = join(from, path);
  if (!existsSync(full)) {
    console.error(`build:real: missing source file ${full} (pass --from DIR, the folder holding SOURCES.md)`);
    process.exit(1);
  }
  return readFileSync(full, 'utf8');
};

const { buildRealDatasets, FACTS_DATASET, CENSUS_DATASET } = await tsImport('./build-real-data.ts', import.meta.url);
const { CENSUS_FILES } = await tsImport('./census-2020.ts', import.meta.url);
const { createCountyLookup } = await tsImport('../../src/model/geo/county-lookup.ts', import.meta.url);
const { parseAdcodeChangeList } = await tsImport('../../src/model/geo/adcode-change.ts', import.meta.url);

const index = JSON.parse(readFileSync(join(root, 'public/geo/counties.json'), 'utf8'));
const lookup = createCountyLookup(index, parseAdcodeChangeList(JSON.parse(readFileSync(join(root, 'public/geo/changes.json'), 'utf8'))));
const sources = {
  povertyCsv: read('poverty_counties/poverty_county_list.csv'),
  census: Object.fromEntries(CENSUS_FILES.map((f) => [f, read(`census2020/tudigong/${f}.csv`)])),
};

let built;
try {
  built = buildRealDatasets(sources, index, lookup);
} catch (error) {
  console.error(`build:real FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

for (const folder of [FACTS_DATASET.folder, CENSUS_DATASET.folder]) rmSync(join(outDir, folder), { recursive: true, force: true });
let total = 0;
for (const [path, content] of [...built.files].sort(([a], [b]) => a.localeCompare(b))) {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  const bytes = Buffer.byteLength(content);
  total += bytes;
  console.log(`${path.padEnd(44)} ${String(bytes).padStart(9)} B ${String(gzipSync(content, { level: 9 }).length).padStart(8)} B gzip`);
}
const s = built.censusSummary;
console.log(`total ${total} B → ${outDir}`);
console.log(`poverty counties: ${built.facts.facts.length}; exit batches ${JSON.stringify(built.facts.exitBatches)}; ${built.facts.corrections.length} corrections`);
console.log(`census: ${s.rows} rows, ${s.specialAreas} special areas (unmatched by design), standard ${s.standardMatched}/${s.standardRows} matched (${(s.matchRate * 100).toFixed(2)}%), ${s.approximateRows} approximate rows`);
