/** The dataset a pane's indicator belongs to (the sample when the pane shows none or an unknown one). */
import { useAppStore } from '../store/app-store';
import { findDataset, type DatasetEntry } from '../model/indicators/dataset-entry';
import { splitIndicatorId } from '../model/indicators/dataset';

/** The pane's dataset entry, or null while none is loaded. */
export function usePaneDataset(pane: number): DatasetEntry | null {
  const indicator = useAppStore((s) => s.view.panes[pane]?.indicator ?? null);
  const datasets = useAppStore((s) => s.data.datasets);
  const id = indicator ? splitIndicatorId(indicator).datasetId : 'sample';
  return findDataset(datasets, id) ?? findDataset(datasets, 'sample') ?? null;
}
