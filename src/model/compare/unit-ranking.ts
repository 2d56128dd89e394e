/**
 * Ranking at the pane's level: an indicator aggregated from counties to prefectures or provinces (the registry's
 * aggregation, as the map colours them), laid out like county values so rankCounties ranks units unchanged, and
 * the scopes a ranking can be limited to (a province, the comparison set) at any level.
 */
import type { CountyIndexJson } from '../geo/county';
import type { Aggregation, IndicatorValues } from '../indicators/dataset';
import { aggregateToLevel, buildLevelIndex } from '../indicators/aggregate';
import type { CountyPositions } from './columns';

/** A level a ranking can list. */
export type RankLevel = 'county' | 'prefecture' | 'province';

/** An indicator's values per unit of a level, in unit order, with the unit positions rankCounties reads. */
export interface UnitValues {
  values: IndicatorValues;
  positions: CountyPositions;
}

/**
 * Aggregates every year of `values` (dataset counties in `datasetCounties` order) to the level's units; `weightsFor`
 * gives a weighted mean its weight column for a year (undefined: the year's units come out as no data).
 */
export function aggregateForRanking(
  index: CountyIndexJson,
  datasetCounties: readonly string[],
  values: IndicatorValues,
  aggregation: Aggregation,
  level: 'prefecture' | 'province',
  weightsFor: (year: number, weightId: string) => Float32Array | undefined,
): UnitValues {
  const li = buildLevelIndex(index, datasetCounties, level);
  const byYear = new Map<number, Float32Array>();
  for (const [year, column] of values.byYear) {
    const weightFor = (weightId: string) => weightsFor(year, weightId);
    if (aggregation.method === 'weighted_mean' && !weightFor(aggregation.weight)) {
      byYear.set(year, new Float32Array(li.ids.length).fill(Number.NaN));
      continue;
    }
    byYear.set(year, aggregateToLevel(column, aggregation, li, weightFor));
  }
  return { values: { id: values.id, years: values.years, byYear }, positions: new Map(li.ids.map((id, i) => [id, i])) };
}

/** What a ranking is limited to: a province and/or the comparison set (both absent = everything). */
export interface RankScope {
  province?: string;
  /** County adcodes of the comparison set; at a coarser level their prefectures or provinces are ranked. */
  compareSet?: readonly string[];
}

/**
 * The unit adcodes a scope keeps at a level, or undefined when it keeps everything. At county level the set is the
 * counties themselves; at prefecture or province level, the units holding them.
 */
export function unitsInScope(index: CountyIndexJson, level: RankLevel, scope: RankScope): string[] | undefined {
  const { province, compareSet } = scope;
  if (!province && !compareSet) return undefined;
  const inSet = compareSet ? new Set(compareSet) : null;
  const counties = index.counties.filter((c) => (!province || c.province === province) && (!inSet || inSet.has(c.adcode)));
  if (level === 'county') return counties.map((c) => c.adcode);
  const units = new Set(counties.map((c) => (level === 'prefecture' ? c.prefecture : c.province)));
  const all = level === 'prefecture' ? index.prefectures : index.provinces;
  return all.filter((u) => units.has(u.adcode)).map((u) => u.adcode);
}
