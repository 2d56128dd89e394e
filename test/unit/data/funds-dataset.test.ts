import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFundsDatasetEntry } from '../../../src/data/funds-dataset';
import { parseFundCsv } from '../../../src/data/load-funds';
import { parseFundShareRules } from '../../../src/model/funds/industry-share-rule';
import { manifestSchema, type DatasetManifest, type IndicatorValues } from '../../../src/model/indicators/dataset';
import type { DatasetEntry } from '../../../src/model/indicators/dataset-entry';
import type { FundManifest } from '../../../src/model/funds/fund-manifest';
import * as v from 'valibot';

const RULES = parseFundShareRules(JSON.parse(readFileSync('public/data/rules/fund-industry-share.json', 'utf8')));
const csv = 'source,programme,county,year,amount,spent\ncentral,industry,520121,2023,600000,540000\ncentral,road,520121,2023,400000,360000\n';
const fundManifest: FundManifest = { schema: 1, id: 'funds', kind: 'sample', name: { zh: '资金', en: 'Funds' }, provenance: { source: 's', createdAt: '2025-01-01T00:00:00.000Z' }, unit: 'yuan', years: [2023], files: [] };

function baseEntry(loads: string[]): DatasetEntry {
  const manifest = {
    schema: 1, id: 'sample', name: { zh: '示例', en: 'Sample' }, sample: true, kind: 'sample', provenance: { source: 's', createdAt: 'x' }, geoVintage: '2016',
    counties: ['520121', '520122'], years: [2022, 2023], attributes: [],
    indicators: ['rural_population', 'rural_income'].map((id) => ({ id, name: { zh: id, en: id }, definition: { zh: '', en: '' }, unit: 'other', unitLabel: { zh: '', en: '' }, theme: 'other', polarity: 'higher_better', years: [2022, 2023], level: 'county', aggregation: { method: 'mean' }, source: { zh: '', en: '' }, vintage: 'v', file: 'f' })),
  } as DatasetManifest;
  const column = (id: string, byYear: Record<number, number[]>): IndicatorValues => ({ id, years: [2022, 2023], byYear: new Map(Object.entries(byYear).map(([y, a]) => [Number(y), Float32Array.from(a)])) });
  return {
    id: 'sample', origin: 'shipped', manifest,
    loader: {
      manifest,
      loadIndicator: async (id) => {
        loads.push(id);
        return id === 'rural_population' ? column(id, { 2022: [90000, 1], 2023: [90000, 1] }) : column(id, { 2022: [12000, 1], 2023: [12900, 1] });
      },
      loadAttributes: async () => new Map(),
    },
  };
}

describe('derived fund dataset', () => {
  it('is a valid, sample-labelled dataset whose columns load the fund table only when asked', async () => {
    const loads: string[] = [];
    let fundLoads = 0;
    const entry = createFundsDatasetEntry({
      fundManifest,
      rules: RULES,
      base: baseEntry(loads),
      loadFunds: async () => (fundLoads++, { manifest: fundManifest, table: parseFundCsv(csv, 't.csv') }),
    });
    expect(entry.origin).toBe('derived');
    expect(v.safeParse(manifestSchema, entry.manifest).success).toBe(true);
    expect(entry.manifest).toMatchObject({ sample: true, kind: 'sample', counties: ['520121', '520122'] });
    expect(entry.manifest.provenance.source).toContain('Derived from Funds and Sample');
    expect(fundLoads).toBe(0);
    const rate = await entry.loader.loadIndicator('execution_rate');
    expect([...rate.byYear.get(2023)!]).toEqual([90, NaN]);
    const perWan = await entry.loader.loadIndicator('per_wan_rural_income');
    // 900,000 yuan spent over 90,000 residents = 10 yuan (0.001 万元) each; income +900 → 900,000 per 万元.
    expect(perWan.byYear.get(2023)![0]).toBeCloseTo(900_000, 0);
    expect(fundLoads).toBe(1);
    expect(loads.sort()).toEqual(['rural_income', 'rural_population']);
    await expect(entry.loader.loadIndicator('nope')).rejects.toThrow(/no indicator nope/);
  });

  it('is not labelled sample over a user table and a real base', () => {
    const base = baseEntry([]);
    const realBase = { ...base, manifest: { ...base.manifest, sample: false, kind: 'real' as const } };
    const { kind: _kind, ...own } = fundManifest;
    void _kind;
    const entry = createFundsDatasetEntry({ fundManifest: own, rules: RULES, base: realBase, loadFunds: async () => ({ manifest: own, table: parseFundCsv(csv, 't') }) });
    expect(entry.manifest.sample).toBe(false);
    expect(entry.manifest.kind).toBeUndefined();
  });
});
