/**
 * What every shown pane displays, for the export: its choropleth, palette, shared classes, dataset and whether it
 * draws its legend. Four hook calls always (the most panes a layout has), so the hook order never changes.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { findDataset } from '../../store/data-slice';
import { paneCountOf } from '../../model/view/view-state';
import { legendShown } from '../legend/legend-shown';
import type { ExportPaneInput } from './export-spec-model';

/** Inputs of the shown panes, in pane order. */
export function useExportInputs(): ExportPaneInput[] {
  const p0 = usePaneChoropleth(0);
  const p1 = usePaneChoropleth(1);
  const p2 = usePaneChoropleth(2);
  const p3 = usePaneChoropleth(3);
  const view = useAppStore((s) => s.view);
  const datasets = useAppStore((s) => s.data.datasets);
  return useMemo(() => {
    const count = Math.min(paneCountOf(view.layout), view.panes.length);
    return [p0, p1, p2, p3].slice(0, count).map((p, i) => ({
      choropleth: p.choropleth,
      palette: p.palette,
      sharedWith: p.sharedWith,
      manifest: p.choropleth ? findDataset(datasets, p.choropleth.datasetId)?.manifest : undefined,
      legendShown: legendShown(view, i),
    }));
  }, [p0, p1, p2, p3, view, datasets]);
}
