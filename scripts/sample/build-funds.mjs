#!/usr/bin/env node
// Writes the SAMPLE fund-flow long table (示例数据) to public/data/funds/: one CSV per year
// (source,programme,county,year,amount,spent; amounts in yuan) and a manifest labelling it sample.
// The county list is the real 832 poverty counties of the committed facts dataset; every amount is invented.
// Usage: node scripts/sample/build-funds.mjs [--seed N] [--out public/data/funds] [--facts public/data/poverty-counties]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const { generateFundRows, DEFAULT_FUNDS_SEED, FUND_SAMPLE_YEARS, FUND_CSV_HEADER } = await tsImport('./generate-funds.ts', import.meta.url);
const seed = Number(option('seed', DEFAULT_FUNDS_SEED));
const outDir = resolve(root, option('out', 'public/data/funds'));
const factsDir = resolve(root, option('facts', 'public/data/poverty-counties'));

const manifest = JSON.parse(readFileSync(join(factsDir, 'manifest.json'), 'utf8'));
const attributes = JSON.parse(readFileSync(join(factsDir, 'attributes.json'), 'utf8')).attributes;
const column = (id) => attributes.find((a) => a.id === id)?.values;
const designation = column('designation');
const region = column('region');
if (!designation || !region) {
  console.error(`The facts dataset in ${factsDir} has no designation or region attribute`);
  process.exit(1);
}
const counties = manifest.counties
  .map((adcode, i) => ({ adcode, region: region[i], designated: designation[i] === 'designated' }))
  .filter((c) => c.designated);

const byYear = generateFundRows(counties, seed);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = [];
for (const year of FUND_SAMPLE_YEARS) {
  const file = `${year}.csv`;
  const rows = byYear.get(year);
  writeFileSync(join(outDir, file), `${FUND_CSV_HEADER}\n${rows.join('\n')}\n`);
  files.push({ year, file, rows: rows.length });
}
const fundManifest = {
  schema: 1,
  id: 'funds',
  kind: 'sample',
  name: { zh: '资金流向（示例数据）', en: 'Fund flows (sample data)' },
  provenance: {
    source: `示例数据 (合成)：由 scripts/sample/build-funds.mjs 按固定种子生成 / Sample data (synthetic): seeded output of scripts/sample/build-funds.mjs`,
    license: 'CC0 (synthetic)',
    createdAt: '2025-01-01T00:00:00.000Z',
    generator: { script: 'scripts/sample/build-funds.mjs', seed },
    note: '全部金额为合成示例，不是任何真实财政数据；县名单为真实的 832 个国家级贫困县。金额单位：元。 / All amounts are synthetic, not real fiscal data; the county list is the real 832 national poverty counties. Amounts in yuan.',
  },
  unit: 'yuan',
  years: FUND_SAMPLE_YEARS,
  files,
};
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(fundManifest, null, 2)}\n`);
const total = files.reduce((a, f) => a + f.rows, 0);
console.log(`seed ${seed}: ${counties.length} counties, ${total} rows in ${files.length} files → ${outDir}`);
