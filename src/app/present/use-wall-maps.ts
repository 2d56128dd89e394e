/**
 * What presenting changes in the maps themselves, through the pane registry (the map code needs no presentation
 * branch): the device pixel ratio is capped on very large canvases (model/present/wall-layout.ts) and the maps'
 * own arrow-key panning is off, so → and ← always change the scene. Both are restored on leaving.
 */
import { useEffect } from 'react';
import { allPanes, getPane, usePaneRegistryVersion } from '../../selectors/pane-registry';
import { useAppStore } from '../../store/app-store';
import { NATIONAL_CAMERA, type Camera } from '../../model/view/view-state';
import type { WallLayout } from '../../model/present/wall-layout';
import type { BaseTheme } from '../../map/base-style';

/** The base map's theme: dark while presenting (a room), light on the desk (PaneSlots.useBaseTheme). */
export function useWallBaseTheme(): BaseTheme {
  return useAppStore((s) => (s.present.active ? 'dark' : 'light'));
}

/** Map labels on the wall: this much larger than on the desk (the desk size follows the pane, up to 44 px). */
export const WALL_LABEL_SCALE = 1.5;

/** The label scale for map panes: larger while presenting (PaneSlots.useLabelScale). */
export function useWallLabelScale(): number {
  return useAppStore((s) => (s.present.active ? WALL_LABEL_SCALE : 1));
}

const isNational = (c: Camera | undefined): boolean =>
  !!c && Math.abs(c.lng - NATIONAL_CAMERA.lng) < 1e-6 && Math.abs(c.lat - NATIONAL_CAMERA.lat) < 1e-6 && Math.abs(c.zoom - NATIONAL_CAMERA.zoom) < 1e-6;

/** How long after a placement change the maps have taken their new size (maplibre resizes on its own observer). */
const REFRAME_DELAY_MS = 150;

/**
 * When the wall's pane rectangles change (the window, the scene's layout, a side panel), panes whose scene shows
 * all of China frame it again for their new shape: a camera kept from the old shape would cut the south off a band.
 */
export function useReframeOnPlacement(wall: WallLayout | null): void {
  const key = wall ? wall.panes.map((r) => `${r.width}x${r.height}`).join(',') : '';
  useEffect(() => {
    if (!key) return;
    const timer = window.setTimeout(() => {
      const panes = useAppStore.getState().view.panes;
      panes.forEach((pane, i) => {
        const handle = getPane(i);
        if (!handle || !isNational(pane.camera)) return;
        handle.map.resize();
        if (i !== 0 && pane.link !== 'independent') return;
        handle.frameChina(0);
        // Once the map has drawn at its new size (a slow software-rendered start), frame again from that size.
        handle.map.once('idle', () => handle.frameChina(0));
      });
    }, REFRAME_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
}

/**
 * While presenting, a pane that shows all of China frames it again whenever it settles with covers of another size
 * than its last fit was made for: the legend strip arrives with its data, after the first fit, and a fit made
 * without it lets the strip hide the south. Only the pane that leads the camera (pane 1, or an independent pane)
 * refits; linked panes follow it. A camera moved since the fit is left alone.
 */
export function useRefitOnCovers(active: boolean): void {
  const serial = useAppStore((s) => s.present.sceneSerial);
  const paneCount = useAppStore((s) => s.view.panes.length);
  const mapsVersion = usePaneRegistryVersion();
  useEffect(() => {
    if (!active) return;
    const offs: (() => void)[] = [];
    useAppStore.getState().view.panes.forEach((pane, i) => {
      const handle = getPane(i);
      if (!handle || (i !== 0 && pane.link !== 'independent')) return;
      const check = (): void => {
        const current = useAppStore.getState().view.panes[i];
        if (current && isNational(current.camera)) handle.refitIfCoversChanged?.();
      };
      handle.map.on('idle', check);
      offs.push(() => handle.map.off('idle', check));
    });
    return () => offs.forEach((off) => off());
  }, [active, serial, paneCount, mapsVersion]);
}

/** Applies the wall's pixel ratio and key handling to every mounted pane while presenting. */
export function useWallMaps(pixelRatio: number | null): void {
  // Re-run when panes (re)mount: after a context loss a pane's map is new.
  const serial = useAppStore((s) => s.present.sceneSerial);
  const geometry = useAppStore((s) => s.geo.lo);
  const mapsVersion = usePaneRegistryVersion();
  useEffect(() => {
    const panes = allPanes();
    for (const pane of panes) {
      if (pixelRatio === null) {
        pane.map.keyboard.enable();
        if (pane.map.getPixelRatio() !== (window.devicePixelRatio || 1)) pane.map.setPixelRatio(window.devicePixelRatio || 1);
      } else {
        pane.map.keyboard.disable();
        if (Math.abs(pane.map.getPixelRatio() - pixelRatio) > 1e-3) pane.map.setPixelRatio(pixelRatio);
      }
    }
  }, [pixelRatio, serial, geometry, mapsVersion]);
}
