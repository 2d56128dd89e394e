/**
 * The matching tab's runtime state, outside the view (plans are results, not view options): for each of the two
 * plan slots, the request key it holds, its status and the result. The view (`view.matching`) decides what is
 * asked; this store only remembers what came back, so a solved plan survives closing and reopening the tab.
 */
import { create } from 'zustand';
import type { MatchingResult } from '../data/matching-messages';
import type { ImportedLabourTable, LabourTableCheck } from '../model/matching/labour-imported';
import type { ImportedIndustryTable, IndustryTableCheck } from '../model/matching/industry-imported';

/** One plan slot. */
export interface MatchingSlot {
  /** Key of the request this slot holds (scenario as JSON). */
  key: string | null;
  status: 'idle' | 'running' | 'done' | 'failed';
  result: MatchingResult | null;
  error: string | null;
}

/** The user's labour tables the worker solves with (none: the sample), what each changed, and a version. */
export interface MatchingLabourTables {
  tables: ImportedLabourTable[];
  checks: LabourTableCheck[];
  /** Grows with every change of the tables; part of every slot's request key, so plans are solved again. */
  version: number;
  /** False until the tables saved in this browser were read (no plan is solved before, so none is solved twice). */
  ready: boolean;
}

/** The user's county endowment tables the worker solves industry plans with (none: the sample), and a version. */
export interface MatchingIndustryTables {
  tables: ImportedIndustryTable[];
  checks: IndustryTableCheck[];
  /** Grows with every change of the tables; part of every slot's request key, like the labour version. */
  version: number;
}

/** The two slots (plan A, plan B), the imported labour and industry tables, and their setters. */
export interface MatchingStore {
  slots: [MatchingSlot, MatchingSlot];
  labour: MatchingLabourTables;
  industry: MatchingIndustryTables;
  setSlot: (slot: 0 | 1, next: MatchingSlot) => void;
  setLabourTables: (tables: ImportedLabourTable[], checks: LabourTableCheck[]) => void;
  setIndustryTables: (tables: ImportedIndustryTable[], checks: IndustryTableCheck[]) => void;
}

const IDLE: MatchingSlot = { key: null, status: 'idle', result: null, error: null };

/** The matching runtime store. */
export const useMatchingStore = create<MatchingStore>((set) => ({
  slots: [IDLE, IDLE],
  labour: { tables: [], checks: [], version: 0, ready: false },
  setLabourTables: (tables, checks) => set((s) => ({ labour: { tables, checks, version: s.labour.version + 1, ready: true } })),
  industry: { tables: [], checks: [], version: 0 },
  setIndustryTables: (tables, checks) => set((s) => ({ industry: { tables, checks, version: s.industry.version + 1 } })),
  setSlot: (slot, next) => set((s) => {
    const slots: [MatchingSlot, MatchingSlot] = [s.slots[0], s.slots[1]];
    slots[slot] = next;
    return { slots };
  }),
}));
