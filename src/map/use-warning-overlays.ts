/**
 * The warnings layer of a pane: shown on panes colouring by a monitoring indicator (`monitor:*`), for the pane's
 * year; a click opens the county's profile. Same array while nothing changed.
 */
import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { useAppStore } from '../store/app-store';
import { setFocus } from '../store/view-updaters';
import { useEarlyWarnings } from '../selectors/use-early-warnings';
import { createWarningLayer, warningMarks } from '../layers/warning-layer';
import { MONITOR_DATASET_ID } from '../model/monitoring/monitor-manifest';

const NONE: Layer[] = [];

/** Warning overlay layers of pane `index`. */
export function useWarningOverlays(index: number): Layer[] {
  const indicator = useAppStore((s) => s.view.panes[index]?.indicator ?? null);
  const year = useAppStore((s) => s.view.panes[index]?.year ?? 0);
  const geoView = useAppStore((s) => s.geo.view);
  const show = indicator?.startsWith(`${MONITOR_DATASET_ID}:`) ?? false;
  const warnings = useEarlyWarnings(year, show);
  return useMemo(() => {
    if (!show || !geoView || warnings.length === 0) return NONE;
    const marks = warningMarks(warnings, (adcode) => geoView.county(adcode)?.point);
    return [
      createWarningLayer({
        paneId: String(index),
        data: marks,
        onClick: (info) => {
          if (!info.picked || !info.object) return false;
          const adcode = info.object.warning.adcode;
          useAppStore.getState().viewActions.apply((v) => setFocus(v, adcode));
          return true;
        },
      }),
    ];
  }, [show, geoView, warnings, index]);
}
