/**
 * Builds the monitoring sample dataset ("monitor_sample", public/data/monitor-sample/) in memory: the inputs the
 * monitoring rules need and the base sample lacks — the three exit-assessment rates and public approval in each
 * poverty county's real exit year, and the households under relapse monitoring by type 2021–2025. A separate dataset
 * (its own seed stream names), so the base sample's bytes and the tests that read them do not change. The monitored
 * shares by type add up to the base sample's `monitored_households` value of the same county and year.
 */
import type { County, CountyIndexJson } from '../../src/model/geo/county';
import { DATASET_SCHEMA_VERSION, type DatasetManifest, type IndicatorColumnFile, type IndicatorMeta } from '../../src/model/indicators/dataset';
import { clamp, normal, streamFor, uniform } from './prng';
import { computeLatents, type CountyLatent, type RealDesignation } from './sample-latent';
import { monitoredSeries, roundTo, seriesRng } from './sample-series';
import { DEFAULT_SAMPLE_SEED, SAMPLE_CREATED_AT } from './generate-sample';

/** Exit-assessment years (the county exit rule was in force 2016–2020). */
export const EXIT_YEARS: readonly number[] = [2016, 2017, 2018, 2019, 2020];
/** Relapse-monitoring years. */
export const MONITOR_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025];

const PCT = { zh: '%', en: '%' };
const SOURCE = { zh: '示例数据 (合成)', en: 'Sample data (synthetic)' };

interface Def {
  id: string;
  name: { zh: string; en: string };
  definition: { zh: string; en: string };
  polarity: IndicatorMeta['polarity'];
  years: readonly number[];
}

const DEFS: readonly Def[] = [
  {
    id: 'wrong_exit_rate', polarity: 'lower_better', years: EXIT_YEARS,
    name: { zh: '脱贫人口错退率（示例）', en: 'Wrongly-exited rate (sample)' },
    definition: { zh: '退出评估中错误退出的脱贫人口比例，仅摘帽当年', en: 'Share of exited poor found wrongly exited in the exit assessment; exit year only' },
  },
  {
    id: 'missed_identification_rate', polarity: 'lower_better', years: EXIT_YEARS,
    name: { zh: '贫困人口漏评率（示例）', en: 'Missed-identification rate (sample)' },
    definition: { zh: '退出评估中应纳未纳的贫困人口比例，仅摘帽当年', en: 'Share of poor found missed by identification in the exit assessment; exit year only' },
  },
  {
    id: 'approval_rate', polarity: 'higher_better', years: EXIT_YEARS,
    name: { zh: '群众认可度（示例）', en: 'Public approval (sample)' },
    definition: { zh: '退出评估中群众对脱贫成效的认可比例，仅摘帽当年', en: 'Share approving of the exit in the assessment survey; exit year only' },
  },
  {
    id: 'monitored_unstable_share', polarity: 'lower_better', years: MONITOR_YEARS,
    name: { zh: '脱贫不稳定户占比（示例）', en: 'Unstable exited households (sample)' },
    definition: { zh: '脱贫不稳定户占农户的比例', en: 'Households at risk of relapse, share of rural households' },
  },
  {
    id: 'monitored_marginal_share', polarity: 'lower_better', years: MONITOR_YEARS,
    name: { zh: '边缘易致贫户占比（示例）', en: 'Marginal households (sample)' },
    definition: { zh: '边缘易致贫户占农户的比例', en: 'Marginal households liable to fall into poverty, share of rural households' },
  },
  {
    id: 'monitored_sudden_share', polarity: 'lower_better', years: MONITOR_YEARS,
    name: { zh: '突发严重困难户占比（示例）', en: 'Sudden-hardship households (sample)' },
    definition: { zh: '突发严重困难户占农户的比例', en: 'Households hit by sudden severe hardship, share of rural households' },
  },
  {
    id: 'monitored_share', polarity: 'lower_better', years: MONITOR_YEARS,
    name: { zh: '监测户占比（三类合计，示例）', en: 'Monitored households, three types (sample)' },
    definition: { zh: '三类监测户合计占农户的比例', en: 'All three types of monitored households, share of rural households' },
  },
  {
    id: 'risk_eliminated_share', polarity: 'higher_better', years: MONITOR_YEARS,
    name: { zh: '已消除风险占比（示例）', en: 'Risk eliminated (sample)' },
    definition: { zh: '监测户中已消除返贫致贫风险的比例', en: 'Share of monitored households whose risk was eliminated' },
  },
];

type Row = Record<string, Map<number, number>>;

/** The exit-year rates of one designated county: passing lines in its real exit year (it did exit), some close. */
function exitRates(l: CountyLatent, seed: number): Row {
  const rng = streamFor(seed, `${l.adcode}:monitor:exit`);
  const y = l.exitYear!;
  const strain = clamp(0.3 + 0.6 * l.remoteness + 0.15 * normal(rng), 0, 1);
  const wrong = roundTo(clamp(uniform(rng, 0, 1.2) + 0.7 * strain * rng(), 0, 1.9), 2);
  const missed = roundTo(clamp(uniform(rng, 0, 1.1) + 0.8 * strain * rng(), 0, 1.9), 2);
  const approval = roundTo(clamp(99 - 6 * strain * rng() - uniform(rng, 0, 2), 90.2, 99.8), 1);
  return {
    wrong_exit_rate: new Map([[y, wrong]]),
    missed_identification_rate: new Map([[y, missed]]),
    approval_rate: new Map([[y, approval]]),
  };
}

/** Monitored households by type 2021–2025, summing to the base sample's monitored share. */
function monitoring(l: CountyLatent, seed: number): Row {
  const total = monitoredSeries(l, MONITOR_YEARS, seriesRng(seed, l.adcode, 'monitored_households'));
  const rng = streamFor(seed, `${l.adcode}:monitor:types`);
  const out: Row = Object.fromEntries(DEFS.filter((d) => d.years === MONITOR_YEARS).map((d) => [d.id, new Map<number, number>()]));
  let eliminated = clamp(25 + 20 * (1 - l.remoteness) + 8 * normal(rng), 5, 70);
  MONITOR_YEARS.forEach((year, k) => {
    const t = total[k]!;
    const sudden = clamp(0.08 + 0.06 * normal(rng), 0.02, 0.25);
    const unstable = clamp(0.5 + 0.12 * normal(rng), 0.2, 0.8) * (1 - sudden);
    const parts = [unstable, 1 - unstable - sudden, sudden].map((p) => roundTo(t * p, 2));
    out['monitored_unstable_share']!.set(year, parts[0]!);
    out['monitored_marginal_share']!.set(year, parts[1]!);
    out['monitored_sudden_share']!.set(year, parts[2]!);
    out['monitored_share']!.set(year, roundTo(parts[0]! + parts[1]! + parts[2]!, 2));
    if (k > 0) eliminated = clamp(eliminated + uniform(rng, -6, 14), 0, 97);
    out['risk_eliminated_share']!.set(year, roundTo(eliminated, 1));
  });
  return out;
}

/** Options of generateMonitorSample. */
export interface GenerateMonitorSampleOptions {
  index: CountyIndexJson;
  seed?: number;
  designation: RealDesignation;
}

/** Generates the monitoring sample (files by path relative to its folder, and the manifest). */
export function generateMonitorSample({ index, seed = DEFAULT_SAMPLE_SEED, designation }: GenerateMonitorSampleOptions): {
  manifest: DatasetManifest;
  files: Map<string, string>;
} {
  const counties: County[] = [...index.counties].sort((a, b) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0));
  const latents = computeLatents(counties, seed, designation);
  const rows = latents.map((l): Row => {
    if (l.region === null) return {};
    return { ...(l.designated && l.exitYear ? exitRates(l, seed) : {}), ...monitoring(l, seed) };
  });
  const files = new Map<string, string>();
  const groups = [
    { file: 'columns/exit_assessment.json', defs: DEFS.filter((d) => d.years === EXIT_YEARS) },
    { file: 'columns/relapse_monitoring.json', defs: DEFS.filter((d) => d.years === MONITOR_YEARS) },
  ];
  const indicators: IndicatorMeta[] = [];
  for (const g of groups) {
    const column: IndicatorColumnFile = {
      schema: DATASET_SCHEMA_VERSION,
      indicators: g.defs.map((d) => ({
        id: d.id,
        years: [...d.years],
        values: d.years.map((y) => rows.map((r) => r[d.id]?.get(y) ?? null)),
      })),
    };
    files.set(g.file, JSON.stringify(column));
    for (const d of g.defs) {
      indicators.push({
        id: d.id, name: d.name, definition: d.definition, unit: 'percent', unitLabel: PCT, theme: 'poverty',
        polarity: d.polarity, years: [...d.years], level: 'county',
        aggregation: { method: 'mean' }, source: SOURCE, vintage: `sample-${seed}`, domain: [0, 100], file: g.file,
      });
    }
  }
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION,
    id: 'monitor_sample',
    name: { zh: '监测示例数据（合成）', en: 'Monitoring sample data (synthetic)' },
    sample: true,
    kind: 'sample',
    provenance: {
      source: '示例数据 (合成)：由 scripts/sample/build-monitor-sample.mjs 按固定种子生成 / Sample data (synthetic): seeded output of scripts/sample/build-monitor-sample.mjs',
      license: 'CC0 (synthetic)',
      createdAt: SAMPLE_CREATED_AT,
      generator: { script: 'scripts/sample/build-monitor-sample.mjs', seed },
      note:
        '全部数值为合成示例，不是任何真实统计：错退率、漏评率、群众认可度仅在真实摘帽年份给出；三类监测户占比合计等于示例数据的监测户占比。 / ' +
        'All values are synthetic, not real statistics: the exit-assessment rates and approval only in the real exit year; the three monitored types add up to the sample\'s monitored-household share.',
      label: { zh: '示例数据', en: 'Sample data' },
    },
    geoVintage: index.vintage,
    counties: counties.map((c) => c.adcode),
    years: [...EXIT_YEARS, ...MONITOR_YEARS],
    indicators,
    attributes: [],
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 1));
  return { manifest, files };
}
