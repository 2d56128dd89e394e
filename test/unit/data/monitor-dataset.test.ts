import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMonitorDataset } from '../../../src/data/monitor-dataset';
import type { DatasetEntry } from '../../../src/model/indicators/dataset-entry';
import { DATASET_SCHEMA_VERSION, manifestSchema, type DatasetManifest, type IndicatorMeta } from '../../../src/model/indicators/dataset';
import { parseRuleSet } from '../../../src/model/rules/rule-set';
import type { MonitorView } from '../../../src/model/monitoring/monitor-view';
import * as v from 'valibot';

const rules = async () => ({
  countyExit: parseRuleSet(JSON.parse(readFileSync('public/data/rules/county-exit.json', 'utf8'))),
  relapse: parseRuleSet(JSON.parse(readFileSync('public/data/rules/relapse-monitoring.json', 'utf8'))),
});

type Columns = Record<string, Record<number, (number | null)[]>>;

/** An in-memory dataset whose columns follow `counties`. */
function dataset(id: string, counties: string[], columns: Columns, sample: boolean): DatasetEntry {
  const indicators: IndicatorMeta[] = Object.entries(columns).map(([ind, byYear]) => ({
    id: ind, name: { zh: ind, en: ind }, definition: { zh: '', en: '' }, unit: 'percent', unitLabel: { zh: '%', en: '%' },
    theme: 'poverty', polarity: 'lower_better', years: Object.keys(byYear).map(Number), level: 'county',
    aggregation: { method: 'mean' }, source: { zh: '', en: '' }, vintage: 'x', file: `${ind}.json`,
  }));
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION, id, name: { zh: id, en: id }, sample, ...(sample ? { kind: 'sample' as const } : {}),
    provenance: { source: id, createdAt: '2025-01-01' }, geoVintage: '2016', counties,
    years: [...new Set(indicators.flatMap((i) => i.years))], indicators, attributes: [],
  };
  return {
    id, manifest, origin: sample ? 'shipped' : 'imported',
    loader: {
      manifest,
      loadIndicator: async (ind) => {
        const byYear = new Map(Object.entries(columns[ind]!).map(([y, xs]) => [Number(y), Float32Array.from(xs, (x) => x ?? Number.NaN)]));
        return { id: ind, years: [...byYear.keys()], byYear };
      },
      loadAttributes: async () => new Map(),
    },
  };
}

// Map order: a west county (52), an east county (33), a county no dataset has.
const COUNTIES = ['520102', '330102', '110101'];
// The sample lists them in another order: alignment is by adcode.
const sample = dataset('sample', ['330102', '520102'], {
  rural_income: { 2019: [20000, 9000], 2020: [21000, 9100] },
  poverty_incidence: { 2019: [1.9, 2.5] },
}, true);
const exitRates = dataset('monitor_sample', ['520102', '330102'], {
  wrong_exit_rate: { 2019: [1, 2.5] },
  missed_identification_rate: { 2019: [1, 1] },
  approval_rate: { 2019: [95, 95] },
  monitored_unstable_share: { 2021: [1, 0.5] },
  monitored_marginal_share: { 2021: [0.5, 0.2] },
  monitored_sudden_share: { 2021: [0.1, 0.1] },
}, true);

const VIEW: MonitorView = {
  dims: [
    { id: 'income', indicator: 'sample:rural_income', transform: 'level', op: '<', cutoff: 12000, weight: 2 },
    { id: 'income_volatility', indicator: 'sample:rural_income', transform: 'growth', op: '<', cutoff: 3, weight: 1 },
  ],
  k: 0.5, warnRisk: 0.1, warnRelapse: 0.5,
};

const build = (view = VIEW) => createMonitorDataset({ datasets: [sample, exitRates], counties: COUNTIES, geoVintage: '2016', view, margin: 0, rules });

describe('derived monitoring dataset', () => {
  it('has a valid manifest, derived from sample data and so labelled sample', () => {
    const entry = build();
    expect(entry.origin).toBe('derived');
    expect(v.safeParse(manifestSchema, entry.manifest).success).toBe(true);
    expect(entry.manifest.kind).toBe('sample');
    expect(entry.manifest.provenance.source).toContain('sample');
    expect(entry.manifest.provenance.source).toContain('monitor_sample');
    const ids = entry.manifest.indicators.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['risk_score', 'at_risk', 'exit_status', 'relapse_share', 'dim_income']));
    // Growth needs the year before: the score exists in 2020 only.
    expect(entry.manifest.indicators.find((m) => m.id === 'risk_score')!.years).toEqual([2020]);
  });

  it('scores counties aligned by adcode (weights 2:1 normalised to 2/3, 1/3)', async () => {
    const entry = build();
    const score = (await entry.loader.loadIndicator('risk_score')).byYear.get(2020)!;
    // West: 9,100 < 12,000 (deprived, 2/3) and growth 1.1% < 3% (deprived, 1/3) → 1. East: 21,000 and 5% → 0.
    expect(score[0]).toBeCloseTo(1, 6);
    expect(score[1]).toBe(0);
    expect(score[2]).toBeNaN();
    const atRisk = (await entry.loader.loadIndicator('at_risk')).byYear.get(2020)!;
    expect([...atRisk].slice(0, 2)).toEqual([1, 0]);
    const dim = (await entry.loader.loadIndicator('dim_income_volatility')).byYear.get(2020)!;
    expect(dim[0]).toBeCloseTo((9100 / 9000 - 1) * 100, 4);
  });

  it('a changed weight gives a new entry with new scores and risk', async () => {
    const withCutoff = (w0: number, w1: number) =>
      build({ ...VIEW, dims: [{ ...VIEW.dims[0]!, cutoff: 25000, weight: w0 }, { ...VIEW.dims[1]!, weight: w1 }] });
    // The east county is now deprived in income only: 2/3 with weights 2:1 (at risk at k = 0.5), 1/4 with 1:3 (not).
    const a = withCutoff(2, 1);
    const b = withCutoff(1, 3);
    expect(a.loader).not.toBe(b.loader);
    expect((await a.loader.loadIndicator('risk_score')).byYear.get(2020)![1]).toBeCloseTo(2 / 3, 6);
    expect((await b.loader.loadIndicator('risk_score')).byYear.get(2020)![1]).toBeCloseTo(0.25, 6);
    expect((await a.loader.loadIndicator('at_risk')).byYear.get(2020)![1]).toBe(1);
    expect((await b.loader.loadIndicator('at_risk')).byYear.get(2020)![1]).toBe(0);
  });

  it('evaluates county exit with the west line and reports counties without inputs as no data', async () => {
    const status = (await build().loader.loadIndicator('exit_status')).byYear.get(2019)!;
    expect(status[0]).toBe(3); // west: 2.5 < 3, rates and approval pass
    expect(status[1]).toBe(1); // east: wrongly-exited 2.5 ≥ 2 fails
    expect(status[2]).toBeNaN();
    expect((await build().loader.loadIndicator('exit_status')).byYear.get(2018)![0]).toBeNaN(); // no rates that year
  });

  it('sums the three monitored types', async () => {
    const share = (await build().loader.loadIndicator('relapse_share')).byYear.get(2021)!;
    expect(share[0]).toBeCloseTo(1.6, 5);
    expect(share[1]).toBeCloseTo(0.8, 5);
  });
});
