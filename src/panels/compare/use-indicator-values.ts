/**
 * The one place the comparison panels get indicator values: from an `IndicatorSource` (a DatasetLoader satisfies
 * it), which loads and caches each column file once. Swap this hook for a store selector if datasets move into
 * the store; the panels only see the returned map.
 */
import { useEffect, useState } from 'react';
import type { DatasetManifest, IndicatorValues } from '../../model/dataset';

/** What the panels need of a dataset: its manifest and a cached loader of indicator values. */
export interface IndicatorSource {
  manifest: DatasetManifest;
  loadIndicator(indicatorId: string): Promise<IndicatorValues>;
}

/** Loaded values by indicator id, with the ids still loading and those that failed. */
export interface LoadedIndicators {
  values: ReadonlyMap<string, IndicatorValues>;
  loading: boolean;
  failed: string[];
}

interface Held {
  source: IndicatorSource | null;
  values: Map<string, IndicatorValues>;
  failed: Set<string>;
}

/** Loads the given (unqualified) indicator ids of `source`; values arrive as they load. */
export function useIndicatorValues(source: IndicatorSource | null, ids: readonly string[]): LoadedIndicators {
  const [held, setHeld] = useState<Held>({ source, values: new Map(), failed: new Set() });
  // A new source starts empty: values of another dataset must never be read with this one's county order.
  const current = held.source === source ? held : { source, values: new Map<string, IndicatorValues>(), failed: new Set<string>() };
  const key = ids.join('|');

  useEffect(() => {
    if (!source) return;
    let live = true;
    const update = (fn: (h: Held) => Held): void => {
      if (live) setHeld((h) => fn(h.source === source ? h : { source, values: new Map(), failed: new Set() }));
    };
    for (const id of key ? key.split('|') : []) {
      if (!source.manifest.indicators.some((m) => m.id === id)) continue;
      // The loader caches per file, so asking again for a loaded indicator costs one resolved promise.
      source.loadIndicator(id).then(
        (v) => update((h) => (h.values.get(id) === v ? h : { ...h, values: new Map(h.values).set(id, v) })),
        () => update((h) => ({ ...h, failed: new Set(h.failed).add(id) })),
      );
    }
    return () => {
      live = false;
    };
  }, [source, key]);

  const wanted = ids.filter((id) => source?.manifest.indicators.some((m) => m.id === id));
  return {
    values: current.values,
    loading: wanted.some((id) => !current.values.has(id) && !current.failed.has(id)),
    failed: wanted.filter((id) => current.failed.has(id)),
  };
}
