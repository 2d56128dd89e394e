/**
 * The matching tab's runtime state, outside the view (plans are results, not view options): for each of the two
 * plan slots, the request key it holds, its status and the result. The view (`view.matching`) decides what is
 * asked; this store only remembers what came back, so a solved plan survives closing and reopening the tab.
 */
import { create } from 'zustand';
import type { MatchingResult } from '../data/matching-messages';

/** One plan slot. */
export interface MatchingSlot {
  /** Key of the request this slot holds (scenario as JSON). */
  key: string | null;
  status: 'idle' | 'running' | 'done' | 'failed';
  result: MatchingResult | null;
  error: string | null;
}

/** The two slots (plan A, plan B) and their setters. */
export interface MatchingStore {
  slots: [MatchingSlot, MatchingSlot];
  setSlot: (slot: 0 | 1, next: MatchingSlot) => void;
}

const IDLE: MatchingSlot = { key: null, status: 'idle', result: null, error: null };

/** The matching runtime store. */
export const useMatchingStore = create<MatchingStore>((set) => ({
  slots: [IDLE, IDLE],
  setSlot: (slot, next) => set((s) => {
    const slots: [MatchingSlot, MatchingSlot] = [s.slots[0], s.slots[1]];
    slots[slot] = next;
    return { slots };
  }),
}));
