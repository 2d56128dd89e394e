/**
 * The partnership data for React: asking for it (arcs switched on, the panel opened) starts the one load, but only
 * once the first map is drawn, so the partnership files never delay it.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import { fetchJson } from '../data/fetch-json';
import { publicUrl } from '../data/load-geometry';
import { loadPartnershipBundle, type PartnershipBundle } from '../data/partnership-data';

/** Starts loading the partnership data if nobody has yet (a failed load may be retried by asking again). */
export function ensurePartnershipData(): void {
  const { partnershipData, partnershipActions, noticeActions } = useAppStore.getState();
  if (partnershipData.status === 'loading' || partnershipData.status === 'ready') return;
  partnershipActions.setLoading();
  loadPartnershipBundle((url) => fetchJson(url), publicUrl).then(
    (bundle) => {
      useAppStore.getState().partnershipActions.setBundle(bundle);
      if (bundle.unknownMeasures.length > 0) {
        const lang = useAppStore.getState().view.lang;
        noticeActions.push('warning', translate(lang, 'app.loadError', { detail: `partnership flows: unknown measures ${bundle.unknownMeasures.join(', ')}` }));
      }
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      useAppStore.getState().partnershipActions.setError(message);
      noticeActions.push('error', translate(useAppStore.getState().view.lang, 'app.loadError', { detail: message }));
    },
  );
}

/** The loaded bundle (null until ready); `wanted` true starts the load once the geography is ready. */
export function usePartnershipBundle(wanted: boolean): PartnershipBundle | null {
  const geoReady = useAppStore((s) => s.geo.status === 'ready');
  const bundle = useAppStore((s) => s.partnershipData.bundle);
  useEffect(() => {
    if (wanted && geoReady) ensurePartnershipData();
  }, [wanted, geoReady]);
  return bundle;
}
