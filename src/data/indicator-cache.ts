/**
 * Indicator values aligned to the map's county order. A dataset's columns follow its manifest's `counties`; the
 * map (fill colours, profiles, tooltips) indexes counties as `geo.index.counties`. The two agree for the sample but
 * not for imports, so every value the map reads goes through one adcode alignment, built once per dataset and map
 * index, and the aligned columns are cached per dataset and indicator.
 */
import type { CountyIndexJson } from '../model/geo/county';
import type { DatasetManifest, IndicatorValues } from '../model/indicators/dataset';
import type { AttributeValues } from './dataset-loader';

/** What the cache needs of a dataset to give its indicators: a DatasetLoader satisfies it. */
export interface IndicatorSource {
  manifest: DatasetManifest;
  loadIndicator(indicatorId: string): Promise<IndicatorValues>;
}

/** What the cache needs of a dataset to give its attributes too. */
export interface AlignableSource extends IndicatorSource {
  loadAttributes(): Promise<Map<string, AttributeValues>>;
}

/**
 * For each map county, its position in the dataset's columns (−1 = the dataset has no such county); null when the
 * two orders are identical, so aligned columns can be the loaded ones without a copy.
 */
export function buildAlignment(datasetCounties: readonly string[], mapCounties: readonly string[]): Int32Array | null {
  const same = datasetCounties.length === mapCounties.length && mapCounties.every((a, i) => datasetCounties[i] === a);
  if (same) return null;
  const position = new Map(datasetCounties.map((a, i) => [a, i]));
  return Int32Array.from(mapCounties, (a) => position.get(a) ?? -1);
}

/** One column in map order (NaN where the dataset lacks the county). */
export function alignColumn(column: Float32Array, alignment: Int32Array | null): Float32Array {
  if (!alignment) return column;
  const out = new Float32Array(alignment.length);
  for (let i = 0; i < alignment.length; i++) {
    const p = alignment[i]!;
    out[i] = p < 0 ? Number.NaN : (column[p] ?? Number.NaN);
  }
  return out;
}

/** Every year of an indicator in map order. */
export function alignIndicatorValues(values: IndicatorValues, alignment: Int32Array | null): IndicatorValues {
  if (!alignment) return values;
  const byYear = new Map<number, Float32Array>();
  for (const [year, column] of values.byYear) byYear.set(year, alignColumn(column, alignment));
  return { id: values.id, years: values.years, byYear };
}

/** Static attributes in map order. */
export function alignAttributes(attributes: Map<string, AttributeValues>, alignment: Int32Array | null): Map<string, AttributeValues> {
  if (!alignment) return attributes;
  const out = new Map<string, AttributeValues>();
  for (const [id, a] of attributes) {
    if (a.kind === 'number') out.set(id, { id, kind: 'number', values: alignColumn(a.values, alignment) });
    else out.set(id, { id, kind: 'category', values: Array.from(alignment, (p) => (p < 0 ? null : (a.values[p] ?? null))) });
  }
  return out;
}

interface SourceEntry {
  alignment: Int32Array | null;
  indicators: Map<string, Promise<IndicatorValues>>;
  ready: Map<string, IndicatorValues>;
  /** Indicators whose last load failed (cleared when asked again). */
  failed: Set<string>;
  /** Last snapshot per list of ids (see `snapshot`). */
  snapshots: Map<string, ReadonlyMap<string, IndicatorValues>>;
  attributes: Promise<Map<string, AttributeValues>> | null;
  readyAttributes: Map<string, AttributeValues> | null;
}

/** Aligned, cached values of any dataset for one map county index. */
export class IndicatorCache {
  private readonly mapCounties: string[];
  private readonly sources = new WeakMap<IndicatorSource, SourceEntry>();
  private readonly listeners = new Set<() => void>();
  /** Grows by one whenever something finished loading (a cheap snapshot for useSyncExternalStore). */
  version = 0;

  constructor(mapCounties: readonly string[]) {
    this.mapCounties = [...mapCounties];
  }

  /** Number of counties of the map (the length of every aligned column). */
  get countyCount(): number {
    return this.mapCounties.length;
  }

  private entry(source: IndicatorSource): SourceEntry {
    let e = this.sources.get(source);
    if (!e) {
      e = {
        alignment: buildAlignment(source.manifest.counties, this.mapCounties),
        indicators: new Map(),
        ready: new Map(),
        failed: new Set(),
        snapshots: new Map(),
        attributes: null,
        readyAttributes: null,
      };
      this.sources.set(source, e);
    }
    return e;
  }

  /** Calls `listener` whenever something finished loading; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /** The aligned values if already loaded (synchronous, so a loaded indicator switches without a render gap). */
  peek(source: IndicatorSource, indicatorId: string): IndicatorValues | undefined {
    return this.sources.get(source)?.ready.get(indicatorId);
  }

  /** Did the last load of this indicator fail (and nobody asked again since)? */
  failed(source: IndicatorSource, indicatorId: string): boolean {
    return this.sources.get(source)?.failed.has(indicatorId) ?? false;
  }

  /**
   * The loaded ones of `ids` by id: the same map object until one of them arrives, so React memos over it hold.
   */
  snapshot(source: IndicatorSource, ids: readonly string[]): ReadonlyMap<string, IndicatorValues> {
    const e = this.entry(source);
    const key = ids.join('|');
    const previous = e.snapshots.get(key);
    const loaded = ids.filter((id) => e.ready.has(id));
    if (previous && previous.size === loaded.length && loaded.every((id) => previous.get(id) === e.ready.get(id))) return previous;
    const next = new Map(loaded.map((id) => [id, e.ready.get(id)!]));
    e.snapshots.set(key, next);
    return next;
  }

  /** Loads (once) and aligns an indicator. */
  load(source: IndicatorSource, indicatorId: string): Promise<IndicatorValues> {
    const e = this.entry(source);
    let p = e.indicators.get(indicatorId);
    if (!p) {
      e.failed.delete(indicatorId);
      p = source.loadIndicator(indicatorId).then((v) => {
        const aligned = alignIndicatorValues(v, e.alignment);
        e.ready.set(indicatorId, aligned);
        this.notify();
        return aligned;
      });
      p.catch(() => {
        e.indicators.delete(indicatorId); // a failed load may be retried
        e.failed.add(indicatorId);
        this.notify();
      });
      e.indicators.set(indicatorId, p);
    }
    return p;
  }

  /** The aligned attributes if already loaded. */
  peekAttributes(source: AlignableSource): Map<string, AttributeValues> | undefined {
    return this.sources.get(source)?.readyAttributes ?? undefined;
  }

  /** Loads (once) and aligns the dataset's static attributes. */
  loadAttributes(source: AlignableSource): Promise<Map<string, AttributeValues>> {
    const e = this.entry(source);
    if (!e.attributes) {
      const p = source.loadAttributes().then((a) => {
        e.readyAttributes = alignAttributes(a, e.alignment);
        this.notify();
        return e.readyAttributes;
      });
      p.catch(() => (e.attributes = null));
      e.attributes = p;
    }
    return e.attributes;
  }
}

const caches = new WeakMap<CountyIndexJson, IndicatorCache>();

const ownOrderCaches = new WeakMap<IndicatorSource, IndicatorCache>();

/** A cache that keeps a dataset's own county order (its manifest's `counties`): nothing is realigned or copied. */
export function ownOrderCacheFor(source: IndicatorSource): IndicatorCache {
  let cache = ownOrderCaches.get(source);
  if (!cache) {
    cache = new IndicatorCache(source.manifest.counties);
    ownOrderCaches.set(source, cache);
  }
  return cache;
}

/** The cache for a map county index (one per index object). */
export function indicatorCacheFor(index: CountyIndexJson): IndicatorCache {
  let cache = caches.get(index);
  if (!cache) {
    cache = new IndicatorCache(index.counties.map((c) => c.adcode));
    caches.set(index, cache);
  }
  return cache;
}
