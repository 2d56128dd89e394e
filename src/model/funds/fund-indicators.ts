/**
 * The results per yuan as indicator columns of a derived dataset (`funds:*`), so the map, the ranking and the
 * profile show them like any indicator: allocation and spending (万元), execution rate, industry share and its gap
 * to the rule, spending per rural resident, and the change of chosen outcome indicators per 10,000 yuan spent
 * per rural resident. Pure: the data layer hands in the fund results and the outcome columns.
 */
import type { IndicatorMeta, IndicatorValues, LocalText } from '../indicators/dataset';
import { changePerWanYuan, countyYearKey, effectiveSpendFen, FEN_PER_WAN_YUAN, type CountyYearResult } from './results-per-yuan';

/** Outcome indicators (of the sample dataset) whose change per 10,000 yuan is derived. */
export const FUND_OUTCOME_INDICATORS: readonly { id: string; unitLabel: LocalText }[] = [
  { id: 'rural_income', unitLabel: { zh: '元/万元', en: 'yuan per 10k yuan' } },
  { id: 'monitored_households', unitLabel: { zh: '百分点/万元', en: 'pp per 10k yuan' } },
  { id: 'tap_water', unitLabel: { zh: '百分点/万元', en: 'pp per 10k yuan' } },
];

/** Id of the derived indicator for an outcome. */
export function perWanIndicatorId(outcomeId: string): string {
  return `per_wan_${outcomeId}`;
}

/** What a derived column is computed from. */
export interface FundColumnInputs {
  /** County order of the columns (the sample dataset's counties). */
  counties: readonly string[];
  years: readonly number[];
  results: ReadonlyMap<string, CountyYearResult>;
  /** Rural population by year (persons), indexed like `counties`; null when unknown. */
  population: IndicatorValues | null;
  /** Outcome columns by outcome id, indexed like `counties`. */
  outcomes: ReadonlyMap<string, IndicatorValues>;
}

type CellFn = (r: CountyYearResult, county: number, year: number) => number | null;

function column(id: string, inputs: FundColumnInputs, years: readonly number[], cell: CellFn): IndicatorValues {
  const byYear = new Map<number, Float32Array>();
  for (const year of years) {
    const out = new Float32Array(inputs.counties.length).fill(NaN);
    inputs.counties.forEach((county, i) => {
      const r = inputs.results.get(countyYearKey(county, year));
      if (!r) return;
      const value = cell(r, i, year);
      if (value !== null && Number.isFinite(value)) out[i] = value;
    });
    byYear.set(year, out);
  }
  return { id, years: [...years], byYear };
}

function valueAt(values: IndicatorValues | null | undefined, year: number, i: number): number | null {
  const v = values?.byYear.get(year)?.[i];
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** Spending per rural resident in fen (null without a population). */
function spendPerResidentFen(r: CountyYearResult, inputs: FundColumnInputs, i: number, year: number): number | null {
  const pop = valueAt(inputs.population, year, i);
  return pop !== null && pop > 0 ? effectiveSpendFen(r) / pop : null;
}

/** Computes one derived column; throws for an unknown id. */
export function computeFundColumn(id: string, inputs: FundColumnInputs): IndicatorValues {
  const ys = inputs.years;
  switch (id) {
    case 'funds_allocated': return column(id, inputs, ys, (r) => r.allocatedFen / FEN_PER_WAN_YUAN);
    case 'funds_spent': return column(id, inputs, ys, (r) => (r.spentFen === null ? null : r.spentFen / FEN_PER_WAN_YUAN));
    case 'execution_rate': return column(id, inputs, ys, (r) => r.executionPct);
    case 'industry_share': return column(id, inputs, ys, (r) => r.share.sharePct);
    case 'industry_share_gap': return column(id, inputs, ys, (r) => r.share.gapPp);
    case 'funds_per_resident': return column(id, inputs, ys, (r, i, y) => {
      const fen = spendPerResidentFen(r, inputs, i, y);
      return fen === null ? null : fen / 100;
    });
  }
  const outcome = FUND_OUTCOME_INDICATORS.find((o) => perWanIndicatorId(o.id) === id);
  if (!outcome) throw new Error(`funds: no derived indicator ${id}`);
  const values = inputs.outcomes.get(outcome.id);
  return column(id, inputs, ys, (r, i, y) => {
    const perResident = spendPerResidentFen(r, inputs, i, y);
    return perResident === null ? null : changePerWanYuan(valueAt(values, y - 1, i), valueAt(values, y, i), perResident);
  });
}

/** The indicator metadata of the derived dataset (outcomes only for those the inputs have). */
export function fundIndicatorMetas(years: readonly number[], ruleYears: readonly number[], outcomes: readonly { id: string; name: LocalText }[], sourceLabel: LocalText, vintage: string): IndicatorMeta[] {
  const base = { level: 'county' as const, source: sourceLabel, vintage, file: 'derived' };
  const ys = [...years];
  const metas: IndicatorMeta[] = [
    { ...base, id: 'funds_allocated', years: ys, name: { zh: '下达资金', en: 'Funds allocated' }, definition: { zh: '当年下达到县的各来源资金合计', en: 'All sources allocated to the county in the year' }, unit: 'wan_yuan', unitLabel: { zh: '万元', en: '10k yuan' }, theme: 'other', polarity: 'neutral', aggregation: { method: 'sum' } },
    { ...base, id: 'funds_spent', years: ys, name: { zh: '已支出资金', en: 'Funds spent' }, definition: { zh: '当年已支出的资金合计', en: 'Funds spent in the year' }, unit: 'wan_yuan', unitLabel: { zh: '万元', en: '10k yuan' }, theme: 'other', polarity: 'neutral', aggregation: { method: 'sum' } },
    { ...base, id: 'execution_rate', years: ys, name: { zh: '预算执行率', en: 'Budget execution rate' }, definition: { zh: '已支出 ÷ 下达', en: 'Spent ÷ allocated' }, unit: 'percent', unitLabel: { zh: '%', en: '%' }, theme: 'other', polarity: 'higher_better', aggregation: { method: 'mean' }, domain: [0, 100] },
    { ...base, id: 'industry_share', years: ys, name: { zh: '衔接资金产业占比', en: 'Industry share of the link fund' }, definition: { zh: '中央衔接资金中用于产业发展的比重', en: 'Share of the central link fund spent on industry' }, unit: 'percent', unitLabel: { zh: '%', en: '%' }, theme: 'other', polarity: 'higher_better', aggregation: { method: 'mean' }, domain: [0, 100] },
    { ...base, id: 'industry_share_gap', years: [...ruleYears], name: { zh: '产业占比与要求之差', en: 'Industry share minus the required minimum' }, definition: { zh: '产业占比减去当年规则要求（2022 年 55%，2023 年起 60%）', en: 'Industry share minus the year’s minimum (55% in 2022, 60% from 2023)' }, unit: 'other', unitLabel: { zh: '百分点', en: 'pp' }, theme: 'other', polarity: 'higher_better', aggregation: { method: 'mean' } },
    { ...base, id: 'funds_per_resident', years: ys, name: { zh: '农村人均支出资金', en: 'Funds spent per rural resident' }, definition: { zh: '已支出资金 ÷ 农村人口', en: 'Funds spent ÷ rural population' }, unit: 'other', unitLabel: { zh: '元/人', en: 'yuan/person' }, theme: 'other', polarity: 'neutral', aggregation: { method: 'mean' } },
  ];
  for (const o of outcomes) {
    const unitLabel = FUND_OUTCOME_INDICATORS.find((x) => x.id === o.id)?.unitLabel ?? { zh: '每万元', en: 'per 10k yuan' };
    metas.push({
      ...base,
      id: perWanIndicatorId(o.id),
      years: ys,
      name: { zh: `${o.name.zh}：每万元变化`, en: `${o.name.en}: change per 10k yuan` },
      definition: { zh: `${o.name.zh}较上年的变化 ÷ 农村人均支出资金（万元）`, en: `Change of ${o.name.en} over the year ÷ funds spent per rural resident (10k yuan)` },
      unit: 'other',
      unitLabel,
      theme: 'other',
      polarity: 'neutral',
      aggregation: { method: 'median' },
    });
  }
  return metas;
}
