/**
 * The manifest of the derived monitoring dataset (`monitor:*`): which indicators it offers, in which years, and
 * its provenance (derived from which datasets, `kind` sample when any input is sample data). Pure: built from the
 * input manifests alone, so the dataset is registered before any column is computed.
 */
import { DATASET_SCHEMA_VERSION, type DatasetManifest, type IndicatorMeta, type LocalText } from '../indicators/dataset';
import { inForceDuring } from '../rules/rule-engine';
import type { MonitorView } from './monitor-view';

/** Id of the derived monitoring dataset (qualified ids "monitor:risk_score" …). */
export const MONITOR_DATASET_ID = 'monitor';

/** Years of the county-exit rule (in force 2016–2020) and of relapse monitoring (from 2021) the dataset covers. */
export const EXIT_STATUS_YEARS: readonly number[] = [2016, 2017, 2018, 2019, 2020];

/** What the manifest needs to know about the resolved inputs. */
export interface MonitorManifestInputs {
  counties: string[];
  geoVintage: string;
  /** Years with a risk score (every weighted dimension has data). */
  riskYears: number[];
  /** Years of the relapse inputs (none = no relapse indicators). */
  relapseYears: number[];
  /** Does any dataset supply a county-exit input? */
  hasExitInputs: boolean;
  /** Ids of the datasets read, and whether any is sample data. */
  sources: string[];
  anySample: boolean;
  /** Dimension labels (already in both languages) for the per-dimension indicators. */
  dimensionNames: Record<string, LocalText>;
  /** Unit labels of the dimensions' values (the input's, or % for growth). */
  dimensionUnits: Record<string, LocalText>;
  view: MonitorView;
  margin: number;
  /** Dimensions left out because no dataset has their indicator. */
  absentDimensions?: string[];
}

const STATUS_CATEGORIES = [
  { value: 1, label: { zh: '未通过', en: 'Fail' } },
  { value: 2, label: { zh: '接近线', en: 'Near the line' } },
  { value: 3, label: { zh: '通过', en: 'Pass' } },
];

const STATUS_UNIT: LocalText = { zh: '类别', en: 'class' };

const SOURCE: LocalText = { zh: '派生：由其他数据集计算', en: 'Derived: computed from other datasets' };

function meta(m: Omit<IndicatorMeta, 'level' | 'source' | 'vintage' | 'file'>): IndicatorMeta {
  // `file` names the computation, not a file: the derived loader computes each column on demand.
  return { ...m, level: 'county', source: SOURCE, vintage: 'derived', file: `derived:${m.id}` };
}

/** The manifest of the monitoring dataset. */
export function buildMonitorManifest(inputs: MonitorManifestInputs): DatasetManifest {
  const { riskYears, relapseYears, view } = inputs;
  const indicators: IndicatorMeta[] = [];
  if (riskYears.length > 0 && view.dims.some((d) => d.weight > 0)) {
    indicators.push(
      meta({
        id: 'risk_score', name: { zh: '多维风险得分', en: 'Multidimensional risk score' },
        definition: { zh: '各维度剥夺的加权和（权重归一化，多维贫困测度）', en: 'Weighted sum of deprivations (normalised weights, Alkire–Foster)' },
        unit: 'ratio', unitLabel: { zh: '得分（0–1）', en: 'score (0–1)' }, theme: 'poverty', polarity: 'lower_better', years: riskYears,
        aggregation: { method: 'mean' }, domain: [0, 1],
      }),
      meta({
        id: 'at_risk', name: { zh: '处于风险', en: 'At risk' },
        definition: { zh: `得分达到风险线 k = ${round(view.k)}`, en: `Score reaches the cutoff k = ${round(view.k)}` },
        unit: 'other', unitLabel: STATUS_UNIT, theme: 'poverty', polarity: 'lower_better', years: riskYears,
        aggregation: { method: 'mean' },
        categories: [{ value: 0, label: { zh: '未处于风险', en: 'Not at risk' } }, { value: 1, label: { zh: '处于风险', en: 'At risk' } }],
      }),
      meta({
        id: 'deprivations', name: { zh: '剥夺维度数', en: 'Dimensions deprived' },
        definition: { zh: '县在多少个维度上处于剥夺', en: 'Number of dimensions in which the county is deprived' },
        unit: 'count', unitLabel: { zh: '个维度', en: 'dimensions' }, theme: 'poverty', polarity: 'lower_better', years: riskYears,
        aggregation: { method: 'mean' },
      }),
    );
    // Every dimension keeps its column, weighted or not, so a pane showing one survives its weight going to 0.
    for (const d of view.dims) {
      const name = inputs.dimensionNames[d.id] ?? { zh: d.id, en: d.id };
      indicators.push(
        meta({
          id: `dim_${d.id}`, name: { zh: `维度：${name.zh}`, en: `Dimension: ${name.en}` },
          definition: {
            zh: `${d.transform === 'growth' ? '较上年增长（%）' : '指标值'}；剥夺线 ${d.op} ${d.cutoff}`,
            en: `${d.indicator}${d.transform === 'growth' ? ' change on the previous year (%)' : ''}; deprived when ${d.op} ${d.cutoff}`,
          },
          unit: 'other', unitLabel: inputs.dimensionUnits[d.id] ?? { zh: '—', en: '—' }, theme: 'poverty',
          polarity: d.op === '<' || d.op === '<=' ? 'higher_better' : 'lower_better', years: riskYears, aggregation: { method: 'mean' },
        }),
      );
    }
  }
  if (inputs.hasExitInputs) {
    indicators.push(
      meta({
        id: 'exit_status', name: { zh: '贫困县退出（三率一度）', en: 'County exit (three rates and approval)' },
        definition: { zh: `县退出规则集的结果；接近线的范围 ${inputs.margin} 个百分点`, en: `Result of the county-exit rule set; near within ${inputs.margin} pp` },
        unit: 'other', unitLabel: STATUS_UNIT, theme: 'poverty', polarity: 'higher_better',
        years: EXIT_STATUS_YEARS.filter((y) => inForceDuring({ from: '2016-04-23', to: '2020-12-31' }, y)),
        aggregation: { method: 'median' }, categories: STATUS_CATEGORIES,
      }),
    );
  }
  if (relapseYears.length > 0) {
    indicators.push(
      meta({
        id: 'relapse_share', name: { zh: '监测户占比（三类合计）', en: 'Monitored households (three types)' },
        definition: { zh: '脱贫不稳定户、边缘易致贫户、突发严重困难户合计占农户的比例', en: 'The three monitored types together, share of rural households' },
        unit: 'percent', unitLabel: { zh: '%', en: '%' }, theme: 'poverty', polarity: 'lower_better', years: relapseYears,
        aggregation: { method: 'mean' }, domain: [0, 100],
      }),
      meta({
        id: 'relapse_status', name: { zh: '防返贫监测观察线', en: 'Relapse watch lines' },
        definition: { zh: '防返贫监测规则集的结果（观察线为示意值）', en: 'Result of the relapse-monitoring rule set (illustrative watch lines)' },
        unit: 'other', unitLabel: STATUS_UNIT, theme: 'poverty', polarity: 'higher_better', years: relapseYears,
        aggregation: { method: 'median' }, categories: STATUS_CATEGORIES,
      }),
    );
  }
  const years = [...new Set(indicators.flatMap((i) => i.years))].sort((a, b) => a - b);
  const config = view.dims.map((d) => `${d.id} ${d.op} ${d.cutoff} ×${d.weight}`).join('; ');
  return {
    schema: DATASET_SCHEMA_VERSION,
    id: MONITOR_DATASET_ID,
    name: { zh: '监测结果（派生）', en: 'Monitoring results (derived)' },
    sample: inputs.anySample,
    ...(inputs.anySample ? { kind: 'sample' as const } : {}),
    provenance: {
      source: `派生自 ${inputs.sources.join(', ')} / Derived from ${inputs.sources.join(', ')}`,
      createdAt: new Date(0).toISOString(),
      note: `k = ${round(view.k)}; ${config}${inputs.absentDimensions?.length ? `; left out (no data): ${inputs.absentDimensions.join(', ')}` : ''}`,
      label: inputs.anySample ? { zh: '示例数据（派生）', en: 'Sample data (derived)' } : { zh: '派生', en: 'Derived' },
    },
    geoVintage: inputs.geoVintage,
    counties: inputs.counties,
    years,
    indicators,
    attributes: [],
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
