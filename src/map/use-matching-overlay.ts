/**
 * The matching plans on the map while the matching tab is open: pane 0 draws plan A, pane 1 plan B (when the
 * layout has it). The arc array is built once per solved plan; closing the tab only hides the layer.
 */
import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { useAppStore } from '../store/app-store';
import { useMatchingStore } from '../store/matching-store';
import { createMatchingArcLayer } from '../layers/matching-arc-layer';
import { createPlaceNamer, planArcs } from '../model/matching/matching-arcs';

const NONE: Layer[] = [];

/** Matching layers of pane `index` (the same array while nothing changed). */
export function useMatchingOverlay(index: number): Layer[] {
  const open = useAppStore((s) => s.view.sideTab === 'match');
  const geoIndex = useAppStore((s) => s.geo.index);
  const result = useMatchingStore((s) => (index < 2 ? s.slots[index as 0 | 1].result : null));
  const arcs = useMemo(() => (result && geoIndex ? planArcs(result, createPlaceNamer(geoIndex, 'hanzi')) : null), [result, geoIndex]);
  return useMemo(() => {
    if (!arcs) return NONE;
    const widthMax = arcs.reduce((m, a) => Math.max(m, a.value), 0);
    return [createMatchingArcLayer({ paneId: String(index), data: arcs, widthMax, visible: open })];
  }, [arcs, index, open]);
}
