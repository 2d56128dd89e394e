/**
 * The columns of the derived monitoring dataset, computed from input columns already aligned to its counties:
 * the risk index per year (score, at risk, each dimension's value), the county exit status per year from the
 * county-exit rule set, relapse shares and status from the relapse rule set. Pure: the data layer
 * (src/data/monitor-dataset.ts) fetches and aligns the inputs and calls these.
 */
import type { IndicatorValues } from '../indicators/dataset';
import { regionOfAdcode } from '../geo/region';
import { evaluateRuleSet, statusCode } from '../rules/rule-engine';
import { comparisonsOf, type RuleSet } from '../rules/rule-set';
import { scoreUnits } from './alkire-foster';
import type { DimensionTransform, MonitorDimension } from './monitor-view';

/** The years a dimension has values for: growth needs the year before. */
export function dimensionYears(values: IndicatorValues, transform: DimensionTransform): number[] {
  if (transform === 'level') return [...values.years];
  return values.years.filter((y) => values.byYear.has(y - 1));
}

/** A dimension's column in one year: the value, or its growth on the previous year in % (NaN without both). */
export function dimensionColumn(values: IndicatorValues, transform: DimensionTransform, year: number): Float32Array | undefined {
  const now = values.byYear.get(year);
  if (!now || transform === 'level') return now;
  const before = values.byYear.get(year - 1);
  if (!before) return undefined;
  const out = new Float32Array(now.length);
  for (let i = 0; i < now.length; i++) {
    const a = before[i]!;
    out[i] = a > 0 && !Number.isNaN(now[i]!) ? (now[i]! / a - 1) * 100 : Number.NaN;
  }
  return out;
}

/** Years in which every weighted dimension has a column (ascending). */
export function riskYears(dims: readonly MonitorDimension[], inputs: readonly (IndicatorValues | undefined)[]): number[] {
  let years: number[] | null = null;
  dims.forEach((d, j) => {
    if (d.weight === 0) return;
    const v = inputs[j];
    const ys = v ? dimensionYears(v, d.transform) : [];
    years = years === null ? ys : years.filter((y) => ys.includes(y));
  });
  return years ?? [];
}

/** The risk index's columns for every year: score, at risk (1/0, NaN incomplete), deprivation count. */
export function riskColumns(
  dims: readonly MonitorDimension[],
  inputs: readonly (IndicatorValues | undefined)[],
  k: number,
  countyCount: number,
): { years: number[]; score: IndicatorValues; atRisk: IndicatorValues; deprivations: IndicatorValues } {
  const years = riskYears(dims, inputs);
  const score = new Map<number, Float32Array>();
  const atRisk = new Map<number, Float32Array>();
  const deprivations = new Map<number, Float32Array>();
  const missing = new Float32Array(countyCount).fill(Number.NaN);
  for (const year of years) {
    const columns = dims.map((d, j) => (inputs[j] ? dimensionColumn(inputs[j], d.transform, year) : undefined) ?? missing);
    const s = scoreUnits(columns, dims, k);
    score.set(year, Float32Array.from(s.score));
    atRisk.set(year, Float32Array.from(s.atRisk));
    const count = new Float32Array(countyCount);
    for (let i = 0; i < countyCount; i++) {
      let c = 0;
      for (let j = 0; j < dims.length; j++) if (s.weights[j]! > 0 && s.deprived[j]![i]) c++;
      count[i] = Number.isNaN(s.score[i]!) ? Number.NaN : c;
    }
    deprivations.set(year, count);
  }
  return {
    years,
    score: { id: 'risk_score', years, byYear: score },
    atRisk: { id: 'at_risk', years, byYear: atRisk },
    deprivations: { id: 'deprivations', years, byYear: deprivations },
  };
}

/** The unqualified indicator ids a rule set reads. */
export function ruleInputs(set: RuleSet): string[] {
  return [...new Set(comparisonsOf(set.criteria).map((c) => c.indicator))];
}

/**
 * A rule set's status per county and year as a categorical column (3 pass, 2 near, 1 fail, NaN no data or not
 * applicable). `inputs` maps the rule's indicator ids to columns aligned to `counties`.
 */
export function ruleStatusColumns(
  set: RuleSet,
  counties: readonly string[],
  years: readonly number[],
  inputs: ReadonlyMap<string, IndicatorValues>,
  margin: number,
  id: string,
): IndicatorValues {
  const byYear = new Map<number, Float32Array>();
  const regions = counties.map(regionOfAdcode);
  for (const year of years) {
    const columns = new Map<string, Float32Array | undefined>();
    for (const [key, values] of inputs) columns.set(key, values.byYear.get(year));
    const out = new Float32Array(counties.length);
    for (let i = 0; i < counties.length; i++) {
      const result = evaluateRuleSet(set, {
        region: regions[i]!,
        province: counties[i]!,
        year,
        margin,
        valueFor: (indicator) => columns.get(indicator)?.[i],
      });
      out[i] = statusCode(result.status);
    }
    byYear.set(year, out);
  }
  return { id, years: [...years], byYear };
}

/** Share of rural households under monitoring: the three types summed where given, else the total column. */
export function relapseShareColumns(inputs: ReadonlyMap<string, IndicatorValues>, years: readonly number[], countyCount: number): IndicatorValues {
  const types = ['monitored_unstable_share', 'monitored_marginal_share', 'monitored_sudden_share'].map((id) => inputs.get(id));
  const total = inputs.get('monitored_share');
  const byYear = new Map<number, Float32Array>();
  for (const year of years) {
    const parts = types.map((t) => t?.byYear.get(year));
    const whole = total?.byYear.get(year);
    if (!parts.every(Boolean) && !whole) continue;
    const out = new Float32Array(countyCount);
    for (let i = 0; i < countyCount; i++) {
      out[i] = parts.every(Boolean) ? parts.reduce((s, p) => s + p![i]!, 0) : whole![i]!;
    }
    byYear.set(year, out);
  }
  return { id: 'relapse_share', years: [...byYear.keys()], byYear };
}
