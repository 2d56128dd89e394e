/**
 * The one way panes and panels get indicator values: `useIndicatorValues` over an indicator cache
 * (src/data/indicator-cache.ts), in the map's county order (`geo.index.counties`, for fills, profiles and tooltips)
 * or in the dataset's own order (the comparison charts and the ranking, which index by the manifest's counties).
 * Values already loaded come back in the same render (no gap when switching to a loaded indicator); others load in
 * the background and the hook re-renders when they arrive. Each column is loaded and aligned once, however many
 * components ask for it.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/app-store';
import { findDataset, type AttributeValues, type DatasetEntry } from '../model/indicators/dataset-entry';
import { splitIndicatorId, type IndicatorMeta, type IndicatorValues } from '../model/indicators/dataset';
import { indicatorCacheFor, ownOrderCacheFor, type IndicatorCache, type IndicatorSource } from '../data/indicator-cache';

export type { IndicatorSource } from '../data/indicator-cache';

/** Loading state of one indicator. */
export type ValuesStatus = 'none' | 'loading' | 'ready' | 'error' | 'unknown';

/** One indicator's values (map order) with its dataset and metadata. */
export interface IndicatorValuesState {
  dataset: DatasetEntry | null;
  meta: IndicatorMeta | null;
  values: IndicatorValues | null;
  /** none = no id asked; unknown = no such dataset or indicator (yet). */
  status: ValuesStatus;
}

/** Loaded values by indicator id, with whether some are still loading and which failed. */
export interface LoadedIndicators {
  values: ReadonlyMap<string, IndicatorValues>;
  loading: boolean;
  failed: string[];
}

const NO_VALUES: ReadonlyMap<string, IndicatorValues> = new Map();
const NO_IDS: readonly string[] = [];

/** Re-renders the caller whenever `cache` finished loading something; returns the cache's version. */
export function useCacheVersion(cache: IndicatorCache | null): number {
  const subscribe = useCallback((fn: () => void) => (cache ? cache.subscribe(fn) : () => undefined), [cache]);
  return useSyncExternalStore(subscribe, () => cache?.version ?? -1);
}

/** The cache of the map's county order (null until the county index is loaded). */
export function useMapIndicatorCache(): IndicatorCache | null {
  const index = useAppStore((s) => s.geo.index);
  return index ? indicatorCacheFor(index) : null;
}

/** The dataset entry with this id. */
export function useDataset(datasetId: string | null): DatasetEntry | null {
  return useAppStore((s) => (datasetId ? (findDataset(s.data.datasets, datasetId) ?? null) : null));
}

/**
 * Loads the given (unqualified) indicator ids of `source`; values arrive as they load. `cache` decides the county
 * order: by default the dataset's own (see `ownOrderCacheFor`), `useMapIndicatorCache()` for the map's.
 */
export function useIndicatorValues(
  source: IndicatorSource | null,
  ids: readonly string[],
  cache: IndicatorCache | null = source ? ownOrderCacheFor(source) : null,
): LoadedIndicators {
  const version = useCacheVersion(cache);
  const key = ids.join('|');
  const wanted = useMemo(
    () => (source && key ? key.split('|').filter((id) => source.manifest.indicators.some((m) => m.id === id)) : NO_IDS),
    [source, key],
  );
  useEffect(() => {
    if (!source || !cache) return;
    // The cache shares each load, so asking again for a loaded or loading indicator costs nothing.
    for (const id of wanted) if (!cache.peek(source, id)) cache.load(source, id).catch(() => undefined);
  }, [source, cache, wanted]);
  return useMemo(() => {
    if (!source || !cache) return { values: NO_VALUES, loading: false, failed: [] };
    const values = cache.snapshot(source, wanted);
    const failed = wanted.filter((id) => !values.has(id) && cache.failed(source, id));
    return { values, loading: wanted.some((id) => !values.has(id) && !failed.includes(id)), failed };
    // `version` is the cache's external-store snapshot (useCacheVersion above): the cache object is mutable and
    // stays the same, so `version` is the one dependency that says it gained (or failed) a column.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: a snapshot counter, read through `cache`
  }, [source, cache, wanted, version]);
}

/** Values of a qualified indicator ("dataset:indicator") aligned to `geo.index.counties`; loads on first use. */
export function useIndicator(qualifiedId: string | null): IndicatorValuesState {
  const cache = useMapIndicatorCache();
  const parts = qualifiedId ? splitIndicatorId(qualifiedId) : null;
  const dataset = useDataset(parts?.datasetId ?? null);
  const meta = (parts && dataset?.manifest.indicators.find((m) => m.id === parts.indicatorId)) ?? null;
  const loaded = useIndicatorValues(dataset?.loader ?? null, meta ? [meta.id] : NO_IDS, cache);
  const values = (meta && loaded.values.get(meta.id)) ?? null;
  let status: ValuesStatus = 'loading';
  if (!qualifiedId) status = 'none';
  else if (values) status = 'ready';
  else if (meta && loaded.failed.includes(meta.id)) status = 'error';
  else if (!dataset || !meta) status = 'unknown';
  return { dataset, meta, values, status };
}

/** A dataset's static attributes (region, designation, exit year…) in map order; null while loading. */
export function useDatasetAttributes(datasetId: string | null): Map<string, AttributeValues> | null {
  const cache = useMapIndicatorCache();
  useCacheVersion(cache);
  const dataset = useDataset(datasetId);
  const attributes = cache && dataset ? (cache.peekAttributes(dataset.loader) ?? null) : null;
  useEffect(() => {
    if (cache && dataset && !attributes) cache.loadAttributes(dataset.loader).catch(() => undefined);
  }, [cache, dataset, attributes]);
  return attributes;
}

/** Every indicator of a dataset (map order), filled in as they load; the map object changes when one arrives. */
export function useDatasetIndicators(datasetId: string | null): ReadonlyMap<string, IndicatorValues> {
  const cache = useMapIndicatorCache();
  const dataset = useDataset(datasetId);
  const ids = useMemo(() => dataset?.manifest.indicators.map((m) => m.id) ?? NO_IDS, [dataset]);
  return useIndicatorValues(dataset?.loader ?? null, ids, cache).values;
}
