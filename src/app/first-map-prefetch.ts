/**
 * Starts loading what the first map's colours need — each shown pane's indicator columns (and attributes when its
 * classification or aggregation wants them) — the moment the county index and the dataset manifests are in, from
 * boot rather than from the panes' render effects. On software WebGL the main thread then blocks for seconds in
 * the map's context creation and shader compilation, and a fetch started from an effect just before it is only
 * dispatched after that: the map drew its counties in province colours first and again in the indicator's colours
 * (one more full frame before the first map). Started here, the columns arrive before the map is built. The panes'
 * own loads share these requests (the indicator cache keeps one load per column).
 */
import { useAppStore } from '../store/app-store';
import { indicatorCacheFor } from '../data/indicator-cache';
import { paneChoroplethRequests } from '../selectors/pane-choropleth-selector';
import { paneCountOf } from '../model/view/view-state';

/** Loads the shown panes' first colours once the index and the shipped datasets are there. */
export function prefetchFirstMapColours(): void {
  let done = false;
  const tryStart = (): boolean => {
    const { geo, data, view } = useAppStore.getState();
    if (done || !geo.index || (data.sampleStatus !== 'ready' && data.sampleStatus !== 'error')) return done;
    done = true;
    const cache = indicatorCacheFor(geo.index);
    for (const pane of view.panes.slice(0, paneCountOf(view.layout))) {
      const { source, indicatorIds, attributes } = paneChoroplethRequests(pane, data.datasets);
      if (!source) continue;
      // Failures surface where the panes ask for the same columns (their loads retry a failed one).
      for (const id of indicatorIds) if (!cache.peek(source, id)) cache.load(source, id).catch(() => undefined);
      if (attributes && !cache.peekAttributes(source)) cache.loadAttributes(source).catch(() => undefined);
    }
    return true;
  };
  if (tryStart()) return;
  const unsubscribe = useAppStore.subscribe(() => {
    if (tryStart()) unsubscribe();
  });
}
