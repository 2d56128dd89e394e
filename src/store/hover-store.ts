/** The county under the pointer, shared by every pane and chart; transient so hovering never re-renders panels. */
import { create } from 'zustand';

/** Hover state: the county and where the pointer is (for the tooltip). */
export interface HoverState {
  adcode: string | null;
  pane: number | null;
  x: number;
  y: number;
  setHover: (adcode: string | null, pane: number | null, x: number, y: number) => void;
}

/** The hover store. */
export const useHoverStore = create<HoverState>()((set) => ({
  adcode: null,
  pane: null,
  x: 0,
  y: 0,
  setHover: (adcode, pane, x, y) => set({ adcode, pane, x, y }),
}));
