/**
 * Decides a pane's county fill colours. This is the one place features plug their colouring into the map:
 * no indicator → province colours; an indicator → the choropleth of the pane's indicator, year and level.
 * The choropleth table is a fresh Uint8Array per repaint (11 KB for 2,850 counties; repainting a buffer an earlier
 * render still holds would change a value React has already used); `version` changes with it, so the fill layer's
 * `updateTriggers` rewrite the colour attribute and the geometry stays as it is.
 */
import { useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import { useProvinceColors, type PaneColors } from './use-pane-colors';
import { usePaneChoropleth } from '../selectors/use-pane-choropleth';
import { dimOutside, paintChoropleth } from '../selectors/pane-choropleth';
import { usePovertyFilterMask } from '../selectors/use-poverty-filter-mask';
import { combineMasks, useFundsMapMask } from '../selectors/use-funds-map-mask';

/** The fill colours of pane `index`. */
export function usePaneFill(index: number): PaneColors | null {
  const view = useAppStore((s) => s.geo.view);
  const province = useProvinceColors(view);
  const { choropleth, palette, pending, failed } = usePaneChoropleth(index);
  const waiting = pending && !failed;
  const highlight = useAppStore((s) => s.view.legendHighlight[index] ?? null);
  const povertyKeep = usePovertyFilterMask();
  // The fund tab's province or node filter dims the counties outside it, on top of the poverty-county filter.
  const fundsKeep = useFundsMapMask();
  const keep = useMemo(() => combineMasks(povertyKeep, fundsKeep), [povertyKeep, fundsKeep]);
  return useMemo(() => {
    if (!choropleth || (view && choropleth.countyClass.length !== view.positionOf.size)) {
      // Province colours (no indicator, or the first column still loading) follow the map filter too; copied,
      // because the province table is shared by every pane.
      if (!province) return province;
      const colors = keep ? dimOutside(province.colors.slice(), keep.mask) : province.colors;
      const version = keep ? `${province.version}|pf=${keep.key}` : province.version;
      return waiting ? { colors, version, pending: true } : keep ? { colors, version } : province;
    }
    const colors = paintChoropleth(choropleth, palette, highlight, undefined, keep?.mask);
    const paletteKey = palette.map((c) => c.join(',')).join(';');
    return { colors, version: `${choropleth.key}|${paletteKey}|hl=${highlight ?? '-'}|pf=${keep?.key ?? '-'}` };
  }, [choropleth, palette, highlight, province, view, keep, waiting]);
}
