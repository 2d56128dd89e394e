/**
 * A pairing's scorecard: the six assessment dimensions with the year's figures and their trend since 2016,
 * continuing a relationship across structures (浙江→四川 in 2016 and in 2021 is one series).
 */
import type { Pairing } from './pairings';
import { relationKeyOfPairId, type IndexedPartnershipFlows, type PairFlowSeries } from './flows';
import type { DimensionMeta, MeasureMeta } from './measures';

/** Trends start in the year the 2016 structure was set up. */
export const SCORECARD_TREND_START_YEAR = 2016;

/** One year of a measure's trend. */
export interface TrendPoint {
  year: number;
  value: number | null;
}

/** A measure on the scorecard. */
export interface ScorecardMeasure {
  measure: MeasureMeta;
  value: number | null;
  previous: number | null;
  /** Relative change from the previous year (0.12 = +12%); null when either is missing or previous is 0. */
  change: number | null;
  /** One point per year from 2016 to the scorecard year, null where the relationship has no figure. */
  trend: TrendPoint[];
}

/** A dimension on the scorecard with its measures in registry order. */
export interface ScorecardDimension {
  dimension: DimensionMeta;
  measures: ScorecardMeasure[];
}

/** The scorecard of one pairing in one year. */
export interface Scorecard {
  pairId: string;
  year: number;
  /** True when the figures are synthetic and must be labelled 示例数据. */
  sample: boolean;
  /** Whether the pairing has any figure in this year (a 2016-structure pairing has none after 2020). */
  hasYear: boolean;
  dimensions: ScorecardDimension[];
}

function relationSeries(flows: IndexedPartnershipFlows, pair: Pairing): PairFlowSeries[] {
  const key = relationKeyOfPairId(pair.id);
  const own = flows.seriesByPair.get(pair.id);
  const others = flows.pairFlows.filter((s) => s.pair !== pair.id && relationKeyOfPairId(s.pair) === key);
  // The pairing's own series wins where structures overlap in a year.
  return own ? [own, ...others] : others;
}

function valueIn(series: readonly PairFlowSeries[], measureId: string, year: number): number | null {
  for (const s of series) {
    const i = s.years.indexOf(year);
    const v = i < 0 ? undefined : s.values[measureId]?.[i];
    if (v !== undefined && v !== null) return v;
  }
  return null;
}

/** Computes a pairing's scorecard for a year from a flows file (pure; cheap enough to run on every selection). */
export function computeScorecard(pair: Pairing, flows: IndexedPartnershipFlows, year: number): Scorecard {
  const series = relationSeries(flows, pair);
  const years: number[] = [];
  for (let y = SCORECARD_TREND_START_YEAR; y <= year; y++) years.push(y);
  const own = flows.seriesByPair.get(pair.id);
  const dimensions = flows.dimensions.map((dimension) => ({
    dimension,
    measures: flows.measures
      .filter((m) => m.dimension === dimension.id && m.levels.includes('pair'))
      .map((measure): ScorecardMeasure => {
        const value = valueIn(series, measure.id, year);
        const previous = valueIn(series, measure.id, year - 1);
        const change = value !== null && previous !== null && previous !== 0 ? (value - previous) / previous : null;
        const trend = years.map((y) => ({ year: y, value: valueIn(series, measure.id, y) }));
        return { measure, value, previous, change, trend };
      }),
  }));
  return { pairId: pair.id, year, sample: flows.sample, hasYear: own?.years.includes(year) ?? false, dimensions };
}
