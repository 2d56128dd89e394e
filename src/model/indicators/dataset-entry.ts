/**
 * A dataset as the app holds it: its manifest, where it came from, and a lazy source of its columns. The type
 * lives in the domain layer so loaders, the store and the panels share it without importing one another.
 */
import type { DatasetManifest, IndicatorValues } from './dataset';

/** Static attribute values of a dataset, indexed like the manifest's counties. */
export type AttributeValues =
  | { id: string; kind: 'number'; values: Float32Array }
  | { id: string; kind: 'category'; values: (string | null)[] };

/** A manifest with lazy, cached access to its columns (src/data/dataset-loader.ts builds these). */
export interface DatasetSource {
  manifest: DatasetManifest;
  /** Loads (once) the column file holding this indicator. */
  loadIndicator(indicatorId: string): Promise<IndicatorValues>;
  /** Loads (once) every attribute file. */
  loadAttributes(): Promise<Map<string, AttributeValues>>;
}

/** Where a dataset came from; 'derived' = computed on demand from other datasets (fund results, monitoring). */
export type DatasetOrigin = 'shipped' | 'imported' | 'derived';

/** A dataset known to the app. */
export interface DatasetEntry {
  id: string;
  manifest: DatasetManifest;
  loader: DatasetSource;
  origin: DatasetOrigin;
}

/** Finds a dataset by id. */
export function findDataset(datasets: readonly DatasetEntry[], id: string): DatasetEntry | undefined {
  return datasets.find((d) => d.id === id);
}
