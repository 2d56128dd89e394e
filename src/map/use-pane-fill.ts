/**
 * Decides a pane's county fill colours. This is the one place features plug their colouring into the map:
 * no indicator → province colours; an indicator → the choropleth of the pane's indicator, year and level.
 * The choropleth table is one Uint8Array per pane, repainted in place; only `version` changes on an indicator or
 * year switch, so the fill layer's `updateTriggers` rewrite the colour attribute and the geometry stays as it is.
 */
import { useMemo, useRef } from 'react';
import { useAppStore } from '../store/app-store';
import { useProvinceColors, type PaneColors } from './use-pane-colors';
import { usePaneChoropleth } from '../selectors/use-pane-choropleth';
import { paintChoropleth } from '../selectors/pane-choropleth';
import { usePovertyFilterMask } from '../selectors/use-poverty-filter-mask';

/** The fill colours of pane `index`. */
export function usePaneFill(index: number): PaneColors | null {
  const view = useAppStore((s) => s.geo.view);
  const province = useProvinceColors(view);
  const { choropleth, palette } = usePaneChoropleth(index);
  const highlight = useAppStore((s) => s.view.legendHighlight[index] ?? null);
  const keep = usePovertyFilterMask();
  const buffer = useRef<Uint8Array | undefined>(undefined);
  return useMemo(() => {
    if (!choropleth || (view && choropleth.countyClass.length !== view.positionOf.size)) return province;
    const colors = paintChoropleth(choropleth, palette, highlight, buffer.current, keep?.mask);
    buffer.current = colors;
    const paletteKey = palette.map((c) => c.join(',')).join(';');
    return { colors, version: `${choropleth.key}|${paletteKey}|hl=${highlight ?? '-'}|pf=${keep?.key ?? '-'}` };
  }, [choropleth, palette, highlight, province, view, keep]);
}
