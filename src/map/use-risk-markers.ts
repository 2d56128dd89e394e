/** The risk-register markers a pane draws (counties with live risks, by level, overdue ringed). */
import { useMemo } from 'react';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { useAppStore } from '../store/app-store';
import { useHoverStore } from '../store/hover-store';
import { countyRiskMarks } from '../model/risks/risk-entry';
import { createRiskMarkerLayer, placeRiskMarks, type PlacedRiskMark } from '../layers/risk-marker-layer';

const NONE: Layer[] = [];

/** Marker layers of pane `index` (the same array while the register and geography stay). */
export function useRiskMarkerLayers(index: number): Layer[] {
  const entries = useAppStore((s) => s.risks.register.entries);
  const geoIndex = useAppStore((s) => s.geo.index);
  const today = new Date().toISOString().slice(0, 10);
  const data = useMemo(() => {
    if (!geoIndex || entries.length === 0) return null;
    const points = new Map(geoIndex.counties.map((c) => [c.adcode, c.point as [number, number]]));
    const placed = placeRiskMarks(countyRiskMarks(entries, today), (a) => points.get(a));
    return placed.length ? placed : null;
  }, [entries, geoIndex, today]);
  return useMemo(() => {
    if (!data) return NONE;
    return [
      createRiskMarkerLayer({
        paneId: String(index),
        data,
        // A marker hovers its county, so the pane's tooltip names it.
        onHover: (info: PickingInfo<PlacedRiskMark>) => {
          if (info.picked && info.object) useHoverStore.getState().setHover(info.object.county, index, info.x, info.y);
          return info.picked;
        },
      }),
    ];
  }, [data, index]);
}
