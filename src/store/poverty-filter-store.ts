/**
 * The map's poverty-county filter (all / the national poverty counties / one exit year), shared by every pane:
 * counties outside it are dimmed. Transient like the legend highlight: a display aid, not part of the link.
 */
import { create } from 'zustand';
import type { PovertyFilter } from '../model/poverty-filter';

/** Filter state and its setter. */
export interface PovertyFilterState {
  filter: PovertyFilter;
  setFilter: (filter: PovertyFilter) => void;
}

/** The filter store. */
export const usePovertyFilterStore = create<PovertyFilterState>()((set) => ({
  filter: 'all',
  setFilter: (filter) => set({ filter }),
}));
