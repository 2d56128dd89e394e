/** Whether the command palette is open: a tiny transient store (not view state: a scene never opens it). */
import { create } from 'zustand';

/** Palette state. */
export interface PaletteState {
  open: boolean;
  toggle: () => void;
  close: () => void;
}

/** The palette store. */
export const usePaletteStore = create<PaletteState>()((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
  close: () => set({ open: false }),
}));
