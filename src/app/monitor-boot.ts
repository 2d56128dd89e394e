/**
 * Keeps the derived monitoring dataset (`monitor:*`) registered: built once the shipped datasets have settled, and
 * rebuilt whenever the monitoring view (weights, cutoffs, k), the exit margin or the other datasets change, so every
 * pane, legend, ranking and profile showing a `monitor:` indicator follows. The rule sets load on first need.
 */
import { createMonitorDataset } from '../data/monitor-dataset';
import type { DatasetEntry } from '../model/indicators/dataset-entry';
import { loadMonitorRuleSets } from '../selectors/use-monitor-rule-sets';
import { useAppStore } from '../store/app-store';

function sameEntries(a: readonly DatasetEntry[], b: readonly DatasetEntry[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

let booted = false;

/** Starts keeping the monitoring dataset in step with the store. */
export function bootMonitorDataset(): void {
  if (booted) return;
  booted = true;
  let last: { inputs: DatasetEntry[]; monitor: unknown; margin: number; counties: unknown } | null = null;
  const update = (): void => {
    const s = useAppStore.getState();
    if (s.data.sampleStatus === 'idle' || s.data.sampleStatus === 'loading') return;
    const inputs = s.data.datasets.filter((d) => d.origin !== 'derived');
    const index = s.geo.index;
    const counties = index ? index.counties.map((c) => c.adcode) : inputs[0]?.manifest.counties;
    if (!counties || inputs.length === 0) return;
    const countiesKey = index ?? inputs[0];
    if (last && sameEntries(last.inputs, inputs) && last.monitor === s.view.monitor && last.margin === s.view.exitMargin && last.counties === countiesKey) return;
    last = { inputs, monitor: s.view.monitor, margin: s.view.exitMargin, counties: countiesKey };
    const entry = createMonitorDataset({
      datasets: inputs,
      counties,
      geoVintage: index?.vintage ?? inputs[0]!.manifest.geoVintage,
      view: s.view.monitor,
      margin: s.view.exitMargin,
      rules: loadMonitorRuleSets,
    });
    s.dataActions.addDataset(entry);
  };
  useAppStore.subscribe(update);
  update();
}
