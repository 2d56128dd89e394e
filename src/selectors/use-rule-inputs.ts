/**
 * Columns a rule set reads, by unqualified indicator id, in the map's county order: each id from the most recently
 * added dataset that has it (an import before the shipped samples), the same choice as the derived dataset's.
 */
import { useEffect, useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import type { IndicatorValues } from '../model/indicators/dataset';
import { resolveUnqualified } from '../data/monitor-dataset';
import { useCacheVersion, useMapIndicatorCache } from './use-indicator-values';

/** The loaded columns of `ids` (missing ones are absent: "no data"); loads the rest in the background. */
export function useRuleInputs(ids: readonly string[]): ReadonlyMap<string, IndicatorValues> {
  const cache = useMapIndicatorCache();
  const version = useCacheVersion(cache);
  const datasets = useAppStore((s) => s.data.datasets);
  const key = ids.join('|');
  const resolved = useMemo(
    () => (key ? key.split('|') : []).map((id) => [id, resolveUnqualified(datasets, id)] as const),
    [datasets, key],
  );
  useEffect(() => {
    if (!cache) return;
    for (const [, r] of resolved) if (r && !cache.peek(r.entry.loader, r.meta.id)) cache.load(r.entry.loader, r.meta.id).catch(() => undefined);
  }, [cache, resolved]);
  return useMemo(() => {
    const out = new Map<string, IndicatorValues>();
    if (!cache) return out;
    for (const [id, r] of resolved) {
      const v = r ? cache.peek(r.entry.loader, r.meta.id) : undefined;
      if (v) out.set(id, v);
    }
    return out;
    // `version` is the cache's snapshot counter: the cache object is mutable, so it is the dependency that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [cache, resolved, version]);
}
