/**
 * The data slice: the datasets this browser has (the shipped sample, imported files), each a manifest plus a
 * lazy loader of its columns. Datasets are immutable: an import adds a new one, it never edits another in place.
 */
import type { DatasetManifest } from '../model/indicators/dataset';
import { findDataset, type DatasetEntry } from '../model/indicators/dataset-entry';
import type { SliceCreator } from './slice';

export { findDataset, type DatasetEntry, type DatasetOrigin } from '../model/indicators/dataset-entry';

/** Dataset registry state and actions. */
export interface DataSlice {
  data: {
    /** Datasets by id, in the order they were added (sample first). */
    datasets: DatasetEntry[];
    /** Loading status of the shipped sample. */
    sampleStatus: 'idle' | 'loading' | 'ready' | 'error';
  };
  dataActions: {
    setSampleStatus: (status: DataSlice['data']['sampleStatus']) => void;
    /** Adds a dataset; an existing id is replaced only by a dataset of the same origin. */
    addDataset: (entry: DatasetEntry) => void;
    removeDataset: (id: string) => void;
    /** Renames a dataset (display name only; its id and qualified indicator ids stay). */
    renameDataset: (id: string, name: DatasetManifest['name']) => void;
  };
}

/** Creates the data slice. */
export const createDataSlice: SliceCreator<DataSlice> = (set) => ({
  data: { datasets: [], sampleStatus: 'idle' },
  dataActions: {
    setSampleStatus: (sampleStatus) => set((s) => ({ data: { ...s.data, sampleStatus } })),
    addDataset: (entry) =>
      set((s) => {
        const existing = findDataset(s.data.datasets, entry.id);
        if (existing && existing.origin !== entry.origin) return s;
        const datasets = existing ? s.data.datasets.map((d) => (d.id === entry.id ? entry : d)) : [...s.data.datasets, entry];
        return { data: { ...s.data, datasets } };
      }),
    removeDataset: (id) =>
      set((s) => ({ data: { ...s.data, datasets: s.data.datasets.filter((d) => d.id !== id || d.origin === 'shipped') } })),
    renameDataset: (id, name) =>
      set((s) => ({
        data: {
          ...s.data,
          datasets: s.data.datasets.map((d) => (d.id === id ? { ...d, manifest: { ...d.manifest, name } } : d)),
        },
      })),
  },
});
