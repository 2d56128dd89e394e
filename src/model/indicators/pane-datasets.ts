/**
 * Links may name an imported dataset that only the sender's browser has (`p0.ind=myfile:tap_water`). Once this
 * browser's datasets are known, such panes fall back to the sample indicator, and the user is told which ones.
 */
import { splitIndicatorId } from './dataset';
import { createDefaultPane, type ViewState } from '../view/view-state';

/** The part of a dataset this check needs. */
export interface KnownDataset {
  id: string;
  manifest: { indicators: readonly { id: string }[]; attributes?: readonly { id: string }[] };
}

/** A pane whose indicator this browser cannot show. */
export interface MissingPaneIndicator {
  pane: number;
  indicator: string;
  /** The whole dataset is absent (rather than one indicator of a dataset that is here). */
  datasetMissing: boolean;
}

/** The sample indicator panes fall back to. */
export const FALLBACK_INDICATOR = createDefaultPane().indicator;

/** Panes naming a non-sample dataset or indicator that is not among `datasets`. The sample is checked elsewhere. */
export function findMissingPaneIndicators(view: ViewState, datasets: readonly KnownDataset[]): MissingPaneIndicator[] {
  const out: MissingPaneIndicator[] = [];
  view.panes.forEach((pane, i) => {
    if (!pane.indicator) return;
    const { datasetId, indicatorId } = splitIndicatorId(pane.indicator);
    if (datasetId === 'sample') return;
    const dataset = datasets.find((d) => d.id === datasetId);
    const known =
      dataset &&
      (dataset.manifest.indicators.some((m) => m.id === indicatorId) || (dataset.manifest.attributes ?? []).some((a) => a.id === indicatorId));
    if (!known) out.push({ pane: i, indicator: pane.indicator, datasetMissing: !dataset });
  });
  return out;
}

/** The view with every missing pane indicator replaced by the sample fallback (the same object when none is missing). */
export function fallBackMissingIndicators(view: ViewState, missing: readonly MissingPaneIndicator[]): ViewState {
  if (missing.length === 0) return view;
  const panes = missing.map((m) => m.pane);
  return { ...view, panes: view.panes.map((p, i) => (panes.includes(i) ? { ...p, indicator: FALLBACK_INDICATOR } : p)) };
}
