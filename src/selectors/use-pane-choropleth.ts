/**
 * The choropleth of one pane for React: the pane's indicator, year, level and classification, plus what
 * aggregation (weights) and the threshold method (regions, the rule) need. Every consumer of a pane (fill, legend,
 * badge, tooltip) gets the one object `selectPaneChoropleth` derived for the pane's current state; this hook only
 * gathers the snapshots and starts the loads.
 */
import { useEffect, useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import { useCacheVersion, useMapIndicatorCache } from './use-indicator-values';
import { useRules } from './use-rules';
import { paneCountOf } from '../model/view/view-state';
import { classificationSharing } from '../model/view/shared-classification';
import { paneChoroplethRequests, selectPaneChoropleth, type PaneChoroplethState } from './pane-choropleth-selector';

export type { PaneChoroplethState } from './pane-choropleth-selector';

/** The choropleth pane `index` shows. */
export function usePaneChoropleth(index: number): PaneChoroplethState {
  const pane = useAppStore((s) => s.view.panes[index]);
  const margin = useAppStore((s) => s.view.exitMargin);
  const geoIndex = useAppStore((s) => s.geo.index);
  const datasets = useAppStore((s) => s.data.datasets);
  const sampleLoading = useAppStore((s) => s.data.sampleStatus === 'loading' || s.data.sampleStatus === 'idle');
  const cache = useMapIndicatorCache();
  const cacheVersion = useCacheVersion(cache);
  const rules = useRules();
  // Primitives and store objects only, so the selector sees the same sources until the sharing changes.
  const leaderIndex = useAppStore((s) => classificationSharing(s.view.panes, paneCountOf(s.view.layout), index).leader);
  const peersKey = useAppStore((s) => classificationSharing(s.view.panes, paneCountOf(s.view.layout), index).peers.join(','));
  const leaderPane = useAppStore((s) => (leaderIndex === null ? undefined : s.view.panes[leaderIndex]));
  const sharedWith = useMemo(() => (peersKey ? peersKey.split(',').map(Number) : []), [peersKey]);

  const requests = useMemo(() => paneChoroplethRequests(pane, datasets), [pane, datasets]);
  const { source, attributes } = requests;
  const ids = requests.indicatorIds.join('|');
  useEffect(() => {
    if (!cache || !source) return;
    // The cache shares every load, so several consumers asking costs nothing; a failed one is retried only when
    // what the pane asks for changes.
    for (const id of ids.split('|')) if (!cache.peek(source, id)) cache.load(source, id).catch(() => undefined);
    if (attributes && !cache.peekAttributes(source)) cache.loadAttributes(source).catch(() => undefined);
  }, [cache, source, ids, attributes]);

  return selectPaneChoropleth(index, { pane, margin, geoIndex, datasets, sampleLoading, cache, cacheVersion, rules, leaderPane, sharedWith });
}
