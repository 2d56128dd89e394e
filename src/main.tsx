/** Entry point: fonts, URL state, geography, then the React app (or a plain message when WebGL2 is missing). */
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/styles.css';
import { createRoot } from 'react-dom/client';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { App } from './app/App';
import { applyHash, startUrlSync } from './app/url-sync';
import { bootGeography, bootSampleDataset } from './app/boot';
import { hasWebgl2 } from './map/webgl-support';
import { translate } from './i18n/translate';
import { decodeViewState } from './model/view/view-url';
import { installTestHooks } from './app/test-hooks';
import { ensureCjkFont } from './app/cjk-font';
import { bootSavedDatasets } from './app/dataset-boot';
import { bootMonitorDataset } from './app/monitor-boot';
import { bootFundsAndRisks } from './app/funds-boot';
import { startCommandsAndPresentation } from './app/present/present-boot';
import { bootSavedViews } from './app/saved-views-boot';
import { markStartup } from './lib/startup-marks';
import { prefetchFirstMapColours } from './app/first-map-prefetch';

markStartup('script');

// After `vite build` maplibre cannot find its worker by itself: hand it the bundled one.
setWorkerUrl(maplibreWorkerUrl);

const root = document.getElementById('root');
if (root) {
  if (!hasWebgl2()) {
    const lang = decodeViewState(location.hash).state.lang;
    root.innerHTML = '';
    const message = document.createElement('p');
    message.className = 'no-webgl';
    message.setAttribute('role', 'alert');
    message.dataset.testid = 'no-webgl';
    message.textContent = translate(lang, 'app.noWebgl');
    root.append(message);
  } else {
    // maplibre's worker starts now, loading its script while the data loads, instead of when the first map is made.
    prewarm();
    installTestHooks();
    void ensureCjkFont();
    applyHash(location.hash);
    // Commands and keys, timeline playback, storyboards and presentation mode (#present=1) before the first render.
    startCommandsAndPresentation(location.hash);
    startUrlSync();
    void bootGeography();
    void bootSampleDataset();
    prefetchFirstMapColours();
    void bootSavedDatasets();
    bootMonitorDataset();
    void bootFundsAndRisks();
    void bootSavedViews();
    createRoot(root).render(<App />);
  }
}
