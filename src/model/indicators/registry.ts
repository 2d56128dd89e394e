/**
 * The indicator registry: what each known indicator means, how it is measured, which way is good and how it
 * aggregates. Dataset manifests carry full IndicatorMeta; this registry supplies the definitions the sample
 * generator writes and that imports can adopt when a column maps to a known id.
 */
import type { Aggregation, IndicatorMeta, IndicatorTheme, IndicatorUnit, LocalText, Polarity } from './dataset';

/** An indicator's definition, independent of any dataset's source, vintage and file layout. */
export type IndicatorDefinition = Omit<IndicatorMeta, 'file' | 'source' | 'vintage'>;

/** Source text of every sample indicator. */
export const SAMPLE_SOURCE: LocalText = { zh: '示例数据 (合成)', en: 'Sample data (synthetic)' };

/** Years 2013–2025 inclusive, the span of the poverty-alleviation and rural-revitalisation periods shown. */
export const SAMPLE_YEARS: readonly number[] = Array.from({ length: 13 }, (_, i) => 2013 + i);

const PERCENT: LocalText = { zh: '%', en: '%' };
const PERSONS: LocalText = { zh: '人', en: 'persons' };
const BY_RURAL_POP: Aggregation = { method: 'weighted_mean', weight: 'rural_population' };
const BY_VILLAGES: Aggregation = { method: 'weighted_mean', weight: 'village_count' };

interface DefinitionInput {
  id: string;
  name: LocalText;
  definition: LocalText;
  unit: IndicatorUnit;
  unitLabel?: LocalText;
  theme: IndicatorTheme;
  polarity: Polarity;
  aggregation: Aggregation;
  years?: readonly number[];
  domain?: [number, number];
  thresholds?: { ruleId: string }[];
}

function define(input: DefinitionInput): IndicatorDefinition {
  const { years, unitLabel, ...rest } = input;
  return {
    ...rest,
    unitLabel: unitLabel ?? PERCENT,
    years: [...(years ?? SAMPLE_YEARS)],
    level: 'county',
    ...(input.unit === 'percent' && !input.domain ? { domain: [0, 100] as [number, number] } : {}),
  };
}

/** All known indicator definitions, in the order the picker and the profile list them. */
export const INDICATOR_REGISTRY: readonly IndicatorDefinition[] = [
  define({
    id: 'poverty_incidence',
    name: { zh: '贫困发生率', en: 'Poverty incidence' },
    definition: { zh: '建档立卡贫困人口占农村户籍人口的比例', en: 'Registered poor as a share of the rural population' },
    unit: 'percent', theme: 'poverty', polarity: 'lower_better', aggregation: BY_RURAL_POP,
    thresholds: [{ ruleId: 'county_exit_incidence' }],
  }),
  define({
    id: 'poor_population',
    name: { zh: '建档立卡贫困人口', en: 'Registered poor population' },
    definition: { zh: '年末建档立卡贫困人口数', en: 'Registered poor persons at year end' },
    unit: 'persons', unitLabel: PERSONS, theme: 'poverty', polarity: 'lower_better',
    aggregation: { method: 'sum' }, domain: [0, 500000],
  }),
  define({
    id: 'rural_income',
    name: { zh: '农村居民人均可支配收入', en: 'Rural per-capita disposable income' },
    definition: { zh: '农村常住居民人均可支配收入', en: "Rural residents' per-capita disposable income" },
    unit: 'yuan_per_year', unitLabel: { zh: '元/年', en: 'yuan/yr' }, theme: 'income', polarity: 'higher_better',
    aggregation: BY_RURAL_POP, domain: [0, 60000],
  }),
  define({
    id: 'road_hardened_villages',
    name: { zh: '通硬化路建制村比例', en: 'Villages with a hardened road' },
    definition: { zh: '通硬化路的建制村占建制村总数的比例', en: 'Administrative villages reached by a hardened road' },
    unit: 'percent', theme: 'transport', polarity: 'higher_better', aggregation: BY_VILLAGES,
  }),
  define({
    id: 'expressway_minutes',
    name: { zh: '县城至高速入口时间', en: 'Time to an expressway' },
    definition: {
      zh: '县城到最近高速公路入口的行车时间',
      en: 'Travel time from the county seat to the nearest expressway entrance',
    },
    unit: 'minutes', unitLabel: { zh: '分钟', en: 'min' }, theme: 'transport', polarity: 'lower_better',
    aggregation: { method: 'mean' }, domain: [0, 600],
  }),
  define({
    id: 'tap_water',
    name: { zh: '农村自来水普及率', en: 'Rural tap water' },
    definition: { zh: '通自来水的农村户数占农村总户数的比例', en: 'Rural households with piped tap water' },
    unit: 'percent', theme: 'water', polarity: 'higher_better', aggregation: BY_RURAL_POP,
  }),
  define({
    id: 'safe_drinking_water',
    name: { zh: '农村饮水安全人口比例', en: 'Safe drinking water' },
    definition: { zh: '饮水安全有保障的农村人口比例', en: 'Rural population with safe drinking water' },
    unit: 'percent', theme: 'water', polarity: 'higher_better', aggregation: BY_RURAL_POP,
  }),
  define({
    id: 'broadband_villages',
    name: { zh: '通宽带建制村比例', en: 'Villages with broadband' },
    definition: { zh: '通宽带的建制村占建制村总数的比例', en: 'Administrative villages with broadband' },
    unit: 'percent', theme: 'network', polarity: 'higher_better', aggregation: BY_VILLAGES,
  }),
  define({
    id: 'mobile_4g',
    name: { zh: '4G网络人口覆盖率', en: '4G coverage' },
    definition: { zh: '4G信号覆盖的人口比例', en: 'Population covered by 4G' },
    unit: 'percent', theme: 'network', polarity: 'higher_better', aggregation: BY_RURAL_POP,
  }),
  define({
    id: 'clinic_coverage',
    name: { zh: '标准化村卫生室覆盖率', en: 'Village clinics' },
    definition: { zh: '有标准化卫生室的建制村比例', en: 'Administrative villages with a standard clinic' },
    unit: 'percent', theme: 'health', polarity: 'higher_better', aggregation: BY_VILLAGES,
  }),
  define({
    id: 'compulsory_completion',
    name: { zh: '九年义务教育巩固率', en: 'Compulsory-education completion' },
    definition: { zh: '九年义务教育巩固率', en: 'Compulsory-education completion rate' },
    unit: 'percent', theme: 'education', polarity: 'higher_better', aggregation: BY_RURAL_POP,
  }),
  define({
    id: 'monitored_households',
    name: { zh: '防返贫监测户占比', en: 'Households under relapse monitoring' },
    definition: {
      zh: '纳入防返贫监测的农户占农村户数的比例（2021年起）',
      en: 'Rural households under relapse monitoring (from 2021)',
    },
    unit: 'percent', theme: 'poverty', polarity: 'lower_better', aggregation: BY_RURAL_POP,
    years: SAMPLE_YEARS.filter((y) => y >= 2021), domain: [0, 20],
  }),
  define({
    id: 'rural_population',
    name: { zh: '农村户籍人口', en: 'Rural population' },
    definition: { zh: '年末农村户籍人口', en: 'Rural registered population at year end' },
    unit: 'persons', unitLabel: PERSONS, theme: 'population', polarity: 'neutral',
    aggregation: { method: 'sum' }, domain: [0, 3000000],
  }),
];

/** The registry entry with this (unqualified) id, if it is a known indicator. */
export function findIndicatorDefinition(id: string): IndicatorDefinition | undefined {
  return INDICATOR_REGISTRY.find((d) => d.id === id);
}

/** Completes a definition into a dataset's IndicatorMeta with that dataset's source, vintage and file. */
export function toIndicatorMeta(
  definition: IndicatorDefinition,
  dataset: { source: LocalText; vintage: string; file: string; years?: number[] },
): IndicatorMeta {
  return {
    ...definition,
    years: dataset.years ?? [...definition.years],
    source: dataset.source,
    vintage: dataset.vintage,
    file: dataset.file,
  };
}
