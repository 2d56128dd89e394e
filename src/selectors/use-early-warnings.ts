/**
 * The early warnings of a year (against the year before) over the derived monitoring dataset, in the map's county
 * order: risk score crossing k or rising by the set change, relapse watch lines newly failed, the monitored share
 * rising by the set change. Shared by the monitor tab's list and the map's warnings layer (one load, one cache).
 */
import { useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import { qualifyIndicator } from '../model/indicators/dataset';
import { MONITOR_DATASET_ID } from '../model/monitoring/monitor-manifest';
import { detectWarnings, sortWarnings, type EarlyWarning, type WarningWatch } from '../model/monitoring/early-warning';
import { useDataset, useIndicatorValues, useMapIndicatorCache } from './use-indicator-values';

const WATCHED = ['risk_score', 'relapse_share', 'relapse_status'];
const NONE: readonly EarlyWarning[] = [];

/** Warnings of `year` against `year − 1`, most severe first (empty until the monitoring columns are loaded). */
export function useEarlyWarnings(year: number, enabled = true): readonly EarlyWarning[] {
  const monitor = useAppStore((s) => s.view.monitor);
  const index = useAppStore((s) => s.geo.index);
  const cache = useMapIndicatorCache();
  const dataset = useDataset(enabled ? MONITOR_DATASET_ID : null);
  const loaded = useIndicatorValues(dataset?.loader ?? null, WATCHED, cache).values;
  return useMemo(() => {
    if (!index || loaded.size === 0) return NONE;
    const adcodes = index.counties.map((c) => c.adcode);
    const q = (id: string) => qualifyIndicator(MONITOR_DATASET_ID, id);
    const watches: [string, WarningWatch][] = [
      ['risk_score', { indicator: q('risk_score'), worseWhen: 'higher', isBad: (x) => x >= monitor.k - 1e-6, line: monitor.k, minChange: monitor.warnRisk }],
      ['relapse_share', { indicator: q('relapse_share'), worseWhen: 'higher', minChange: monitor.warnRelapse }],
      ['relapse_status', { indicator: q('relapse_status'), worseWhen: 'lower', isBad: (x) => x === 1, line: 1 }],
    ];
    const out: EarlyWarning[] = [];
    for (const [id, watch] of watches) {
      const values = loaded.get(id);
      const before = values?.byYear.get(year - 1);
      const after = values?.byYear.get(year);
      if (before && after) out.push(...detectWarnings(adcodes, watch, before, after, year, year - 1));
    }
    return sortWarnings(out);
  }, [index, loaded, monitor.k, monitor.warnRisk, monitor.warnRelapse, year]);
}
