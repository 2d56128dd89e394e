/**
 * React hooks over the indicator cache: any dataset's indicator values and attributes in the map's county order.
 * Values already loaded come back in the same render (no gap when switching to a loaded indicator); others load in
 * the background and the hook re-renders when they arrive.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/app-store';
import { findDataset, type DatasetEntry } from '../store/data-slice';
import { splitIndicatorId, type IndicatorMeta, type IndicatorValues } from '../model/dataset';
import { indicatorCacheFor, type IndicatorCache } from './indicator-cache';
import type { AttributeValues } from './dataset-loader';

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

function useCache(): IndicatorCache | null {
  const index = useAppStore((s) => s.geo.index);
  const cache = index ? indicatorCacheFor(index) : null;
  const subscribe = useCallback((fn: () => void) => (cache ? cache.subscribe(fn) : () => undefined), [cache]);
  // Re-render when anything finished loading; callers read the cache with `peek`.
  useSyncExternalStore(subscribe, () => cache?.version ?? -1);
  return cache;
}

/** The dataset entry with this id. */
export function useDataset(datasetId: string | null): DatasetEntry | null {
  return useAppStore((s) => (datasetId ? (findDataset(s.data.datasets, datasetId) ?? null) : null));
}

/** Values of a qualified indicator ("dataset:indicator") aligned to `geo.index.counties`; loads on first use. */
export function useIndicatorValues(qualifiedId: string | null): IndicatorValuesState {
  const cache = useCache();
  const parts = qualifiedId ? splitIndicatorId(qualifiedId) : null;
  const dataset = useDataset(parts?.datasetId ?? null);
  const meta = (parts && dataset?.manifest.indicators.find((m) => m.id === parts.indicatorId)) ?? null;
  const [failed, setFailed] = useState<string | null>(null);
  const values = cache && dataset && meta ? (cache.peek(dataset.loader, meta.id) ?? null) : null;
  const key = qualifiedId ?? '';

  useEffect(() => {
    if (!cache || !dataset || !meta || values) return;
    let live = true;
    cache.load(dataset.loader, meta.id).catch(() => live && setFailed(key));
    return () => {
      live = false;
    };
  }, [cache, dataset, meta, values, key]);

  let status: ValuesStatus = 'loading';
  if (!qualifiedId) status = 'none';
  else if (values) status = 'ready';
  else if (failed === key) status = 'error';
  else if (!dataset || !meta) status = 'unknown';
  return { dataset, meta, values, status };
}

/** A dataset's static attributes (region, designation, exit year…) in map order; null while loading. */
export function useDatasetAttributes(datasetId: string | null): Map<string, AttributeValues> | null {
  const cache = useCache();
  const dataset = useDataset(datasetId);
  const attributes = cache && dataset ? (cache.peekAttributes(dataset.loader) ?? null) : null;
  useEffect(() => {
    if (cache && dataset && !attributes) cache.loadAttributes(dataset.loader).catch(() => undefined);
  }, [cache, dataset, attributes]);
  return attributes;
}

/** Every indicator of a dataset (map order), filled in as they load; the map object changes when one arrives. */
export function useDatasetIndicators(datasetId: string | null): ReadonlyMap<string, IndicatorValues> {
  const cache = useCache();
  const dataset = useDataset(datasetId);
  const version = cache?.version ?? -1;
  const loaded = useMemo(() => {
    const out = new Map<string, IndicatorValues>();
    if (!cache || !dataset) return out;
    for (const m of dataset.manifest.indicators) {
      const v = cache.peek(dataset.loader, m.id);
      if (v) out.set(m.id, v);
    }
    return out;
    // `version` is the cache's external-store snapshot (useSyncExternalStore above): the cache object is mutable
    // and stays the same, so `version` is the one dependency that says it gained values.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: a snapshot counter, read through `cache`
  }, [cache, dataset, version]);
  useEffect(() => {
    if (!cache || !dataset) return;
    for (const m of dataset.manifest.indicators) cache.load(dataset.loader, m.id).catch(() => undefined);
  }, [cache, dataset]);
  return loaded;
}
