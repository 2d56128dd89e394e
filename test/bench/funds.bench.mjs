#!/usr/bin/env node
// Fund-flow benchmark (Node): parse + validate the shipped sample long table (public/data/funds, 6 CSVs), then per
// year the national Sankey graph with its balance check, the d3-sankey layout, and results per yuan for every
// county-year. Prints one JSON object (medians of --runs, default 5). Goal: a year's graph + balance + layout in
// ≤ 50 ms, so a filter change in the fund tab never stalls the page.
//   node test/bench/funds.bench.mjs [--runs 5]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const load = (p) => tsImport(resolve(root, p), import.meta.url);
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 5;

const { parseFundCsv } = await load('src/data/load-funds.ts');
const { concatFundTables, parseFundTable } = await load('src/model/funds/fund-table.ts');
const Papa = (await import('papaparse')).default;
const { parseFundShareRules } = await load('src/model/funds/industry-share-rule.ts');
const { resultsPerYuan } = await load('src/model/funds/results-per-yuan.ts');
const { fundsFlow, layoutSankey, placeLookup } = await load('src/panels/funds/funds-panel-model.ts');

const manifest = JSON.parse(readFileSync(resolve(root, 'public/data/funds/manifest.json'), 'utf8'));
const index = JSON.parse(readFileSync(resolve(root, 'public/geo/counties.json'), 'utf8'));
const rules = parseFundShareRules(JSON.parse(readFileSync(resolve(root, 'public/data/rules/fund-industry-share.json'), 'utf8')));
const texts = manifest.files.map((f) => readFileSync(resolve(root, 'public/data/funds', f.file), 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const ms = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: Number(median(ms).toFixed(1)), out };
};

const parsed = time(() => concatFundTables(texts.map((t, i) => parseFundCsv(t, manifest.files[i].file))));
const table = parsed.out;
// The two halves of parsing: papaparse's tokenising, and the long-table checks.
const cells = texts.map((t) => Papa.parse(t, { skipEmptyLines: 'greedy' }).data);
const tokenise = time(() => texts.map((t) => Papa.parse(t, { skipEmptyLines: 'greedy' }).data.length));
const validate = time(() => cells.map((c, i) => parseFundTable(c, manifest.files[i].file).rows.length));
// A fixed amount of plain JS work, so figures from a loaded machine can be scaled (the bench shares its CPUs).
const calibration = time(() => {
  let x = 0;
  for (let i = 0; i < 5_000_000; i++) x = (x + i * 7) % 1_000_003;
  return x;
});
const placeOf = placeLookup(index);
const year = 2023;
const flow = time(() => fundsFlow(table.rows, year, null, placeOf));
const guizhou = new Set(index.counties.filter((c) => c.province === '520000').map((c) => c.adcode));
const provinceFlow = time(() => fundsFlow(table.rows, year, guizhou, placeOf));
const layout = time(() => layoutSankey(flow.out.graph, 360, 600));
const results = time(() => resultsPerYuan(table.rows, rules));
console.log(
  JSON.stringify({
    rows: table.rows.length,
    csvBytes: texts.reduce((a, t) => a + t.length, 0),
    parseAllMs: parsed.ms,
    tokeniseMs: tokenise.ms,
    validateMs: validate.ms,
    calibrationLoopMs: calibration.ms,
    nationalGraphAndBalanceMs: flow.ms,
    nationalNodes: flow.out.graph.nodes.length,
    balanced: flow.out.imbalances.length === 0,
    provinceGraphAndBalanceMs: provinceFlow.ms,
    layoutMs: layout.ms,
    resultsPerYuanAllYearsMs: results.ms,
    countyYears: results.out.length,
    goalMs: 50,
    withinGoal: flow.ms + layout.ms <= 50,
  }),
);
