/**
 * Start-up: load the county index, then the coarse geometry (in a worker), then — in the background — the detailed
 * geometry for zoomed-in views. Data is loaded here, at the edge; panels and layers never fetch.
 */
import type { CountyIndexJson } from '../model/county';
import { loadGeometry, publicUrl } from '../data/load-geometry';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import { pruneUnknownCounties } from './url-sync';

/** Validates the shape of counties.json enough to fail with a clear message rather than a blank map. */
export function parseCountyIndex(value: unknown): CountyIndexJson {
  const v = value as Partial<CountyIndexJson> | null;
  if (!v || v.schema !== 1 || !Array.isArray(v.counties) || !Array.isArray(v.provinces) || !Array.isArray(v.prefectures)) {
    throw new Error('geo/counties.json is not a Tandem county index (schema 1)');
  }
  return v as CountyIndexJson;
}

/** Loads the geography into the store; errors become a notice and the error status. */
export async function bootGeography(): Promise<void> {
  const { geoActions, noticeActions } = useAppStore.getState();
  geoActions.setLoading();
  try {
    const response = await fetch(publicUrl('geo/counties.json'));
    if (!response.ok) throw new Error(`geo/counties.json: HTTP ${response.status}`);
    const index = parseCountyIndex(await response.json());
    geoActions.setIndex(index);
    pruneUnknownCounties();
    geoActions.setGeometry(await loadGeometry(index, 'lo', true));
    // Detailed boundaries after the first map, so they never delay it.
    void loadGeometry(index, 'hi', true)
      .then((hi) => geoActions.setGeometry(hi))
      .catch((error: unknown) => {
        const lang = useAppStore.getState().view.lang;
        noticeActions.push('warning', translate(lang, 'app.loadError', { detail: String(error) }));
      });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    geoActions.setError(message);
    noticeActions.push('error', translate(useAppStore.getState().view.lang, 'app.loadError', { detail: message }));
  }
}
