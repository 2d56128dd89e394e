/**
 * What the results section draws for one year and filter: execution over the money shown, the industry-share rule's
 * pass/fail count, and the spend-versus-outcome points with their outlier flags and scales. Pure.
 */
import { scaleLinear } from 'd3-scale';
import type { FundRow } from '../../model/funds/fund-table';
import { resultsPerYuan, type CountyYearResult } from '../../model/funds/results-per-yuan';
import { ruleInForce, type FundShareRule } from '../../model/funds/industry-share-rule';
import { flagSpendOutcome, type SpendOutcomePoint } from '../../model/funds/spend-outcome';
import type { IndicatorValues, Polarity } from '../../model/indicators/dataset';

/** The summary of a year. */
export interface YearResults {
  executionPct: number | null;
  rule: FundShareRule | null;
  pass: number;
  fail: number;
  results: CountyYearResult[];
}

/** Results of the rows shown (one year, the filter's counties). */
export function yearResults(rows: readonly FundRow[], rules: readonly FundShareRule[], year: number): YearResults {
  const results = resultsPerYuan(rows, rules);
  let spent = 0;
  let allocated = 0;
  let known = true;
  for (const r of results) {
    allocated += r.allocatedFen;
    if (r.spentFen === null) known = false;
    else spent += r.spentFen;
  }
  return {
    executionPct: known && allocated > 0 ? (100 * spent) / allocated : null,
    rule: ruleInForce(rules, year),
    pass: results.filter((r) => r.share.passes === true).length,
    fail: results.filter((r) => r.share.passes === false).length,
    results,
  };
}

/** The scatter: points, scales' domains and pixel positions. */
export interface ScatterModel {
  points: (SpendOutcomePoint & { xPx: number; yPx: number })[];
  xTicks: number[];
  yTicks: number[];
  x: (v: number) => number;
  y: (v: number) => number;
}

/**
 * Points of the counties shown: x = spend per resident (derived column), y = change of the outcome over the year.
 * Columns are in the dataset's own county order (`counties`).
 */
export function scatterModel(
  counties: readonly string[],
  shown: ReadonlySet<string>,
  year: number,
  perResident: IndicatorValues | undefined,
  outcome: IndicatorValues | undefined,
  polarity: Polarity,
  size: { widthPx: number; heightPx: number; marginPx: number },
): ScatterModel | null {
  const xs = perResident?.byYear.get(year);
  const now = outcome?.byYear.get(year);
  const before = outcome?.byYear.get(year - 1);
  if (!xs || !now || !before) return null;
  const inputs = [];
  for (let i = 0; i < counties.length; i++) {
    const county = counties[i]!;
    if (!shown.has(county)) continue;
    const spend = xs[i]!;
    const change = now[i]! - before[i]!;
    if (Number.isFinite(spend) && Number.isFinite(change)) inputs.push({ county, spend, change });
  }
  if (inputs.length === 0) return null;
  const { points } = flagSpendOutcome(inputs, polarity);
  const m = size.marginPx;
  const x = scaleLinear().domain([Math.min(...points.map((p) => p.spend)), Math.max(...points.map((p) => p.spend))]).nice().range([m, size.widthPx - 6]);
  const y = scaleLinear().domain([Math.min(...points.map((p) => p.change)), Math.max(...points.map((p) => p.change))]).nice().range([size.heightPx - m, 6]);
  return { points: points.map((p) => ({ ...p, xPx: x(p.spend), yPx: y(p.change) })), xTicks: x.ticks(4), yTicks: y.ticks(4), x, y };
}
