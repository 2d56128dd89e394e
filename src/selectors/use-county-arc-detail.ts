/**
 * Whether a pane draws its county-to-county arcs: the rule is countyArcsShown (model/partnership/view.ts); the zoom
 * comes from the transient camera store through a boolean selector, so panning re-renders nothing until the pane
 * crosses COUNTY_ARC_DETAIL_ZOOM.
 */
import { useStore } from 'zustand';
import { cameraStore } from '../store/camera-store';
import { useAppStore } from '../store/app-store';
import { COUNTY_ARC_DETAIL_ZOOM, countyArcsShown } from '../model/partnership/view';
import { NATIONAL_CAMERA } from '../model/view/view-state';

/** Whether pane `pane` is zoomed in past the county-arc detail zoom. */
export function usePaneZoomedForCountyArcs(pane: number): boolean {
  return useStore(cameraStore, (s) => (s.cameras[pane]?.zoom ?? NATIONAL_CAMERA.zoom) >= COUNTY_ARC_DETAIL_ZOOM);
}

/** Whether pane `pane` draws county arcs now (filters, county level, a selected pair, or zoom). */
export function useCountyArcDetail(pane: number): boolean {
  const zoomed = usePaneZoomedForCountyArcs(pane);
  const pp = useAppStore((s) => s.view.partnership);
  return countyArcsShown(pp, zoomed ? COUNTY_ARC_DETAIL_ZOOM : 0);
}
