/**
 * The colour table a pane's county fills use. Without an indicator, counties take their province's colour;
 * with one, use-pane-fill.ts paints the pane's shared choropleth (src/selectors/use-pane-choropleth.ts).
 */
import { useMemo } from 'react';
import { buildProvinceColorTable } from '../model/indicators/category-colors';
import type { CountyIndexView } from '../model/geo/county-index-view';

/** Colours plus a version string that changes whenever the colours do. */
export interface PaneColors {
  colors: Uint8Array;
  version: string;
  /** Stand-in colours while the pane's indicator values still load (the pane may hold its first map for them). */
  pending?: boolean;
}

/** Province colours for the no-indicator view. */
export function useProvinceColors(view: CountyIndexView | null): PaneColors | null {
  return useMemo(() => (view ? { colors: buildProvinceColorTable(view.provinceOrdinal), version: 'province' } : null), [view]);
}
