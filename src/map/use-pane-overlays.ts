/**
 * Feature layers a pane draws over its fills (partnership arcs and the like). Features add their layers here so the
 * pane itself stays unaware of them.
 */
import type { Layer } from '@deck.gl/core';

const NONE: Layer[] = [];

/** Overlay layers of pane `index`; must return the same array while nothing changed. */
export function usePaneOverlays(index: number): Layer[] {
  void index;
  return NONE;
}
