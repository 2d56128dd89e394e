/**
 * The rows of the ranking at the pane's level: counties as stored, or prefectures / provinces aggregated as the map
 * colours them (the registry's aggregation, weights included), limited to the scope (province, comparison set,
 * poverty filter for counties).
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import type { DatasetManifest, IndicatorMeta, IndicatorValues } from '../../model/indicators/dataset';
import type { CountyPositions } from '../../model/compare/columns';
import { rankCounties, type RankBy, type RankOrder, type RankRow } from '../../model/compare/ranking';
import { aggregateForRanking, unitsInScope, type RankLevel, type RankScope } from '../../model/compare/unit-ranking';
import { useDatasetAttributes, useIndicatorValues, type IndicatorSource } from '../../selectors/use-indicator-values';

/** Inputs of useRankingRows. */
export interface RankingRowsInput {
  source: IndicatorSource | null;
  manifest: DatasetManifest | null;
  meta: IndicatorMeta | undefined;
  /** County values in the dataset's own county order (as useIndicatorValues loads them). */
  values: IndicatorValues | undefined;
  positions: CountyPositions;
  level: RankLevel;
  by: RankBy;
  order: RankOrder;
  scope: RankScope;
  /** Counties the poverty filter keeps (county level only); null = all. */
  povertyKeep: ReadonlySet<string> | null;
}

/** The ranked rows (empty until the values are loaded). */
export function useRankingRows(input: RankingRowsInput): RankRow[] {
  const { source, manifest, meta, values, positions, level, by, order, scope, povertyKeep } = input;
  const index = useAppStore((s) => s.geo.index);
  const geo = useAppStore((s) => s.geo.view);
  const aggregation = meta?.aggregation;
  const weightId = level !== 'county' && aggregation?.method === 'weighted_mean' ? aggregation.weight : null;
  const weightIsIndicator = !!weightId && !!manifest?.indicators.some((m) => m.id === weightId);
  const weightValues = useIndicatorValues(source, weightIsIndicator && weightId ? [weightId] : []).values.get(weightId ?? '');
  // A static weight (population of a census year, say) is an attribute, read in map order: put it in dataset order.
  const attributes = useDatasetAttributes(weightId && !weightIsIndicator ? (manifest?.id ?? null) : null);
  const staticWeights = useMemo(() => {
    const a = weightId ? attributes?.get(weightId) : undefined;
    if (!a || a.kind !== 'number' || !manifest || !geo) return undefined;
    return Float32Array.from(manifest.counties, (adcode) => a.values[geo.positionOf.get(adcode) ?? -1] ?? Number.NaN);
  }, [attributes, weightId, manifest, geo]);

  const units = useMemo(() => {
    if (level === 'county' || !values || !aggregation || !index || !manifest) return null;
    const weightsFor = (year: number): Float32Array | undefined => {
      if (staticWeights) return staticWeights;
      // A weight missing for this year falls back to its latest year, as on the map: weights change slowly.
      return weightValues?.byYear.get(year) ?? weightValues?.byYear.get(weightValues.years.at(-1) ?? year);
    };
    return aggregateForRanking(index, manifest.counties, values, aggregation, level, weightsFor);
  }, [level, values, aggregation, index, manifest, staticWeights, weightValues]);

  return useMemo(() => {
    if (!values || !index) return [];
    const scoped = unitsInScope(index, level, scope);
    if (level === 'county') {
      const within = povertyKeep ? (scoped ?? index.counties.map((c) => c.adcode)).filter((a) => povertyKeep.has(a)) : scoped;
      return rankCounties(values, positions, { by, order, ...(within ? { within } : {}) });
    }
    if (!units) return [];
    return rankCounties(units.values, units.positions, { by, order, ...(scoped ? { within: scoped } : {}) });
  }, [values, index, level, scope, povertyKeep, positions, by, order, units]);
}
