/** Hover between the charts and the maps: charts read the hovered county (only when it is in the set) and set it. */
import { useHoverStore } from '../../store/hover-store';

/** The hovered county if it belongs to `set`, else null; re-renders only when that answer changes. */
export function useHoveredInSet(set: readonly string[]): string | null {
  return useHoverStore((s) => (s.adcode !== null && set.includes(s.adcode) ? s.adcode : null));
}

/** Sets (or clears) the hovered county from a chart; pane null so no map tooltip opens, but every map outlines it. */
export function hoverCounty(adcode: string | null): void {
  useHoverStore.getState().setHover(adcode, null, 0, 0);
}

/** Props that make an SVG element hover its county. */
export function hoverProps(adcode: string): { onPointerEnter: () => void; onPointerLeave: () => void } {
  return { onPointerEnter: () => hoverCounty(adcode), onPointerLeave: () => hoverCounty(null) };
}

/** Stroke opacity of a county's marks given the hovered one: the hovered county stands out, the rest recede. */
export function hoverOpacity(adcode: string, hovered: string | null): number {
  return hovered === null || hovered === adcode ? 1 : 0.3;
}
