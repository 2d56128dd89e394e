/**
 * What presenting changes in the maps themselves, through the pane registry (the map code needs no presentation
 * branch): the device pixel ratio is capped on very large canvases (model/present/wall-layout.ts) and the maps'
 * own arrow-key panning is off, so → and ← always change the scene. Both are restored on leaving.
 */
import { useEffect } from 'react';
import { allPanes } from '../../selectors/pane-registry';
import { useAppStore } from '../../store/app-store';

/** Applies the wall's pixel ratio and key handling to every mounted pane while presenting. */
export function useWallMaps(pixelRatio: number | null): void {
  // Re-run when panes (re)mount: after a context loss a pane's map is new.
  const serial = useAppStore((s) => s.present.sceneSerial);
  const geometry = useAppStore((s) => s.geo.lo);
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
  }, [pixelRatio, serial, geometry]);
}
