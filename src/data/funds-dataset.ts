/**
 * The derived dataset `funds`: results per yuan as indicator columns (model/funds/fund-indicators.ts), computed on
 * demand from the fund table and the sample dataset's outcome columns. Registered like any dataset, so every
 * pane's picker, legend, ranking, profile and export show it; its provenance names what it is derived from and it
 * is labelled sample whenever an input is.
 */
import type { DatasetManifest, IndicatorValues } from '../model/indicators/dataset';
import { datasetKind } from '../model/indicators/dataset';
import type { DatasetEntry } from '../model/indicators/dataset-entry';
import { computeFundColumn, FUND_OUTCOME_INDICATORS, fundIndicatorMetas, type FundColumnInputs } from '../model/funds/fund-indicators';
import { countyYearKey, resultsPerYuan, type CountyYearResult } from '../model/funds/results-per-yuan';
import { ruleInForce, type FundShareRule } from '../model/funds/industry-share-rule';
import type { LoadedFunds } from './load-funds';

/** Id of the derived fund dataset (indicators `funds:execution_rate` …). */
export const FUNDS_DATASET_ID = 'funds';

/** What the derived dataset is computed from. */
export interface FundsDatasetInputs {
  /** The fund table's manifest and years (the rows load later). */
  fundManifest: LoadedFunds['manifest'];
  rules: readonly FundShareRule[];
  /** The dataset supplying rural population and the outcome indicators (the sample). */
  base: DatasetEntry;
  /** Loads the fund table (once). */
  loadFunds: () => Promise<LoadedFunds>;
}

/** Builds the dataset entry; columns are computed on first request and cached. */
export function createFundsDatasetEntry(inputs: FundsDatasetInputs): DatasetEntry {
  const { fundManifest, rules, base } = inputs;
  const baseIds = new Set(base.manifest.indicators.map((i) => i.id));
  const outcomes = FUND_OUTCOME_INDICATORS.flatMap((o) => {
    const meta = base.manifest.indicators.find((i) => i.id === o.id);
    return meta ? [{ id: o.id, name: meta.name }] : [];
  });
  const years = fundManifest.years;
  const ruleYears = years.filter((y) => ruleInForce(rules, y) !== null);
  const sample = fundManifest.kind === 'sample' || datasetKind(base.manifest) === 'sample';
  const sourceLabel = sample ? { zh: '示例数据 (派生)', en: 'Sample data (derived)' } : { zh: '派生数据', en: 'Derived data' };
  const manifest: DatasetManifest = {
    schema: 1,
    id: FUNDS_DATASET_ID,
    name: { zh: '资金绩效（每元成效）', en: 'Fund results (per yuan)' },
    sample,
    ...(sample ? { kind: 'sample' as const } : {}),
    provenance: {
      source: `派生自 ${fundManifest.name.zh} 与 ${base.manifest.name.zh} / Derived from ${fundManifest.name.en} and ${base.manifest.name.en}`,
      createdAt: fundManifest.provenance.createdAt,
      note: '执行率、产业占比（规则：public/data/rules/fund-industry-share.json）与每万元成效，按需计算。 / Execution rate, industry share (rule: public/data/rules/fund-industry-share.json) and results per 10k yuan, computed on demand.',
      label: sourceLabel,
    },
    geoVintage: base.manifest.geoVintage,
    counties: base.manifest.counties,
    years: [...years],
    indicators: fundIndicatorMetas(years, ruleYears, outcomes, sourceLabel, `derived-${fundManifest.provenance.createdAt.slice(0, 10)}`),
    attributes: [],
  };

  let columnInputs: Promise<FundColumnInputs> | null = null;
  const inputsOnce = (): Promise<FundColumnInputs> =>
    (columnInputs ??= (async () => {
      const funds = await inputs.loadFunds();
      const results = new Map<string, CountyYearResult>();
      for (const r of resultsPerYuan(funds.table.rows, rules)) results.set(countyYearKey(r.county, r.year), r);
      const population = baseIds.has('rural_population') ? await base.loader.loadIndicator('rural_population') : null;
      const outcomeColumns = new Map<string, IndicatorValues>();
      for (const o of outcomes) outcomeColumns.set(o.id, await base.loader.loadIndicator(o.id));
      return { counties: base.manifest.counties, years, results, population, outcomes: outcomeColumns };
    })().catch((error: unknown) => {
      columnInputs = null;
      throw error;
    }));
  const cache = new Map<string, IndicatorValues>();
  return {
    id: FUNDS_DATASET_ID,
    manifest,
    origin: 'derived',
    loader: {
      manifest,
      loadIndicator: async (id) => {
        const hit = cache.get(id);
        if (hit) return hit;
        if (!manifest.indicators.some((i) => i.id === id)) throw new Error(`${FUNDS_DATASET_ID}: no indicator ${id}`);
        const values = computeFundColumn(id, await inputsOnce());
        cache.set(id, values);
        return values;
      },
      loadAttributes: async () => new Map(),
    },
  };
}
