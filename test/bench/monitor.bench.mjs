#!/usr/bin/env node
// Monitoring on real-sized data: the derived dataset over the shipped sample and monitoring sample (2,862 counties,
// all years). Times the first risk score (columns read from disk and parsed), a recompute after a weight change (the
// case a slider drag hits), the county-exit status (rule engine per county and year) and the relapse status.
// Prints one JSON object. Usage: node test/bench/monitor.bench.mjs
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '../..');
const ts = (p) => tsImport(resolve(root, p), import.meta.url);
const { loadDataset } = await ts('src/data/dataset-loader.ts');
const { createMonitorDataset } = await ts('src/data/monitor-dataset.ts');
const { parseRuleSet } = await ts('src/model/rules/rule-set.ts');
const { createDefaultMonitorView, setDimension } = await ts('src/model/monitoring/monitor-view.ts');

const readJson = async (url) => JSON.parse(readFileSync(resolve(root, url), 'utf8'));
const entry = async (manifest) => {
  const loader = await loadDataset(manifest, readJson, (u) => u);
  return { id: loader.manifest.id, manifest: loader.manifest, loader, origin: 'shipped' };
};
const datasets = [await entry('public/data/sample/manifest.json'), await entry('public/data/monitor-sample/manifest.json')];
const counties = JSON.parse(readFileSync(resolve(root, 'public/geo/counties.json'), 'utf8')).counties.map((c) => c.adcode);
const rules = async () => ({
  countyExit: parseRuleSet(await readJson('public/data/rules/county-exit.json')),
  relapse: parseRuleSet(await readJson('public/data/rules/relapse-monitoring.json')),
});
const build = (view) => createMonitorDataset({ datasets, counties, geoVintage: '2016', view, margin: 1, rules });
const time = async (fn) => {
  const t0 = performance.now();
  await fn();
  return Math.round((performance.now() - t0) * 10) / 10;
};

let view = createDefaultMonitorView();
const first = await time(() => build(view).loader.loadIndicator('risk_score'));
const recompute = [];
for (let w = 2; w <= 6; w++) {
  view = setDimension(view, 'income', { weight: w });
  const v = view;
  recompute.push(await time(() => build(v).loader.loadIndicator('risk_score')));
}
const exit = await time(() => build(view).loader.loadIndicator('exit_status'));
const exitAgain = await time(() => build(view).loader.loadIndicator('exit_status'));
const relapse = await time(() => build(view).loader.loadIndicator('relapse_status'));
const years = build(view).manifest.indicators.find((m) => m.id === 'risk_score').years.length;
recompute.sort((a, b) => a - b);
console.log(JSON.stringify({
  counties: counties.length,
  riskYears: years,
  firstRiskScoreMs: first,
  weightChangeRecomputeMedianMs: recompute[2],
  exitStatusFirstMs: exit,
  exitStatusRecomputeMs: exitAgain,
  relapseStatusMs: relapse,
}));
