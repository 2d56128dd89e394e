import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { generateFundRows, splitInteger, FUND_CSV_HEADER } from '../../../scripts/sample/generate-funds';
import { parseFundTable } from '../../../src/model/funds/fund-table';
import { parseFundManifest } from '../../../src/model/funds/fund-manifest';
import { resultsPerYuan } from '../../../src/model/funds/results-per-yuan';
import { parseFundShareRules } from '../../../src/model/funds/industry-share-rule';
import { FUND_PROGRAMMES, FUND_SOURCES } from '../../../src/model/funds/fund-catalogue';

const counties = [{ adcode: '522622', region: 'west' }, { adcode: '130125', region: 'east' }];

describe('fund sample generator', () => {
  it('splits integers exactly', () => {
    expect(splitInteger(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitInteger(1_000_003, [0.3, 0.7]).reduce((a, b) => a + b, 0)).toBe(1_000_003);
  });

  it('is deterministic, uses catalogue ids only, and gives east–west aid to the west only', () => {
    const a = generateFundRows(counties, 7);
    expect(generateFundRows(counties, 7)).toEqual(a);
    expect(generateFundRows(counties, 8)).not.toEqual(a);
    const rows = [...a.values()].flat();
    const table = parseFundTable([FUND_CSV_HEADER.split(','), ...rows.map((r) => r.split(','))], 'sample');
    const sources = new Set(FUND_SOURCES.map((s) => s.id));
    const programmes = new Set(FUND_PROGRAMMES.map((p) => p.id));
    expect(table.rows.every((r) => sources.has(r.source) && programmes.has(r.programme) && r.spentFen! <= r.amountFen)).toBe(true);
    expect(table.rows.some((r) => r.source === 'eastwest' && r.county === '130125')).toBe(false);
    expect(table.rows.some((r) => r.programme === 'monitor' && r.year < 2021)).toBe(false);
  });

  it('the committed sample (node scripts/sample/build-funds.mjs) is labelled and scatters around the rule', () => {
    if (!existsSync('public/data/funds/manifest.json')) return void console.warn('public/data/funds missing: skipped');
    const manifest = parseFundManifest(JSON.parse(readFileSync('public/data/funds/manifest.json', 'utf8')));
    expect(manifest.kind).toBe('sample');
    const rules = parseFundShareRules(JSON.parse(readFileSync('public/data/rules/fund-industry-share.json', 'utf8')));
    const text = readFileSync('public/data/funds/2023.csv', 'utf8').trim().split('\n').map((l) => l.split(','));
    const results = resultsPerYuan(parseFundTable(text, '2023.csv').rows, rules);
    // The sample scatters around the 60% line: some counties meet it and some do not.
    const pass = results.filter((r) => r.share.passes).length;
    expect(pass).toBeGreaterThan(results.length * 0.2);
    expect(pass).toBeLessThan(results.length * 0.8);
    expect(manifest.files.find((f) => f.year === 2023)?.rows).toBe(text.length - 1);
  });
});
