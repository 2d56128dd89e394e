/** The partnership arc under the pointer (transient, like the county hover, so hovering never re-renders panels). */
import { create } from 'zustand';
import type { PartnershipArc } from '../model/partnership-arcs';

/** Hover state of the arcs: the arc, its pane and the pointer position in that pane. */
export interface ArcHoverState {
  arc: PartnershipArc | null;
  pane: number | null;
  x: number;
  y: number;
  setArcHover: (arc: PartnershipArc | null, pane: number | null, x: number, y: number) => void;
}

/** The arc hover store. */
export const useArcHoverStore = create<ArcHoverState>()((set) => ({
  arc: null,
  pane: null,
  x: 0,
  y: 0,
  setArcHover: (arc, pane, x, y) => set({ arc, pane, x, y }),
}));
