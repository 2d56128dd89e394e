/**
 * Start-up: load the county index, then the coarse geometry (in a worker), then — in the background — the detailed
 * geometry for zoomed-in views. Data is loaded here, at the edge; panels and layers never fetch.
 */
import { parseCountyIndex, type CountyIndexJson } from '../model/geo/county';
import { loadGeometry, prefetchFirstMapGeometry, publicUrl } from '../data/load-geometry';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import { pruneUnknownCounties } from './url-sync';
import { createCountyLookup } from '../model/geo/county-lookup';
import { parseAdcodeChangeList } from '../model/geo/adcode-change';
import { loadDataset } from '../data/dataset-loader';
import { getClock } from '../lib/clock';
import { loadRealDatasets } from './boot-real-data';
import { fetchJson } from '../data/fetch-json';
import { markStartup, whenStartupReached } from '../lib/startup-marks';

/**
 * How long after the first drawn map the detailed boundaries are fetched anyway (so zooming in later is instant).
 * Counted from the first map, not from start-up, so on a slow machine they never compete with it.
 */
const DETAILED_GEOMETRY_IDLE_MS = 3000;
/** How long the deferred start-up loads wait for a first drawn map before they go ahead anyway. */
const FIRST_MAP_WAIT_MS = 60000;
let detailedRequested = false;

function scheduleIdle(task: () => void, delayMs: number): void {
  getClock().setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => task());
    else task();
  }, delayMs);
}

/** Loads the detailed ('hi') boundaries once; called when a pane first zooms in far enough, or when idle. */
export function requestDetailedGeometry(): void {
  const { geo, geoActions, noticeActions } = useAppStore.getState();
  if (detailedRequested || !geo.index) return;
  detailedRequested = true;
  void loadGeometry(geo.index, 'hi', true)
    .then((hi) => geoActions.setGeometry(hi))
    .catch((error: unknown) => {
      detailedRequested = false;
      const lang = useAppStore.getState().view.lang;
      noticeActions.push('warning', translate(lang, 'app.loadError', { detail: String(error) }));
    });
}

/** Loads the geography into the store; errors become a notice and the error status. */
export async function bootGeography(): Promise<void> {
  const { geoActions, noticeActions } = useAppStore.getState();
  geoActions.setLoading();
  // The index and the first map's geometry load in parallel (the geometry only needs the index to check its order).
  const firstMapGeometry = prefetchFirstMapGeometry((reason) => console.warn(`first-map binary not used: ${reason}`));
  try {
    const index = await fetchJson(publicUrl('geo/counties.json'), parseCountyIndex, { file: 'geo/counties.json' });
    markStartup('index');
    geoActions.setIndex(index);
    pruneUnknownCounties();
    const lo = await firstMapGeometry(index);
    markStartup('geometry');
    geoActions.setGeometry(lo);
    // The change list after the first map; the detailed boundaries when a pane zooms in, or once the page is idle
    // after the first map.
    // The change list also comes when no map draws for a long while (no WebGL, or a very slow machine), since search
    // needs it; the detailed boundaries only ever after the first map (or when a pane zooms in).
    void Promise.race([
      whenStartupReached('map-ready'),
      new Promise<void>((resolve) => getClock().setTimeout(resolve, FIRST_MAP_WAIT_MS)),
    ]).then(() => loadLookup(index));
    void whenStartupReached('map-ready').then(() => scheduleIdle(requestDetailedGeometry, DETAILED_GEOMETRY_IDLE_MS));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    geoActions.setError(message);
    noticeActions.push('error', translate(useAppStore.getState().view.lang, 'app.loadError', { detail: message }));
  }
}

/** Loads the dated change list and builds the county lookup (search by old names, import matching). */
async function loadLookup(index: CountyIndexJson): Promise<void> {
  const { geoActions, noticeActions } = useAppStore.getState();
  try {
    const changes = await fetchJson(publicUrl('geo/changes.json'), parseAdcodeChangeList, { file: 'geo/changes.json' });
    geoActions.setLookup(createCountyLookup(index, changes));
  } catch (error) {
    const lang = useAppStore.getState().view.lang;
    noticeActions.push('warning', translate(lang, 'app.loadError', { detail: String(error) }));
  }
}

/**
 * Loads the shipped datasets' manifests (columns load when first shown): the sample, then the real ones beside it
 * (census, poverty-county facts), fetched in parallel but added in that order, all before the status says ready so
 * a link naming a real indicator is never taken for a missing dataset.
 */
export async function bootSampleDataset(): Promise<void> {
  const { dataActions, noticeActions } = useAppStore.getState();
  dataActions.setSampleStatus('loading');
  const real = loadRealDatasets();
  try {
    const loader = await loadDataset(publicUrl('data/sample/manifest.json'));
    dataActions.addDataset({ id: loader.manifest.id, manifest: loader.manifest, loader, origin: 'shipped' });
    for (const entry of await real) dataActions.addDataset(entry);
    dataActions.setSampleStatus('ready');
  } catch (error) {
    for (const entry of await real) dataActions.addDataset(entry);
    dataActions.setSampleStatus('error');
    const lang = useAppStore.getState().view.lang;
    noticeActions.push('error', translate(lang, 'app.loadError', { detail: error instanceof Error ? error.message : String(error) }));
  }
}
