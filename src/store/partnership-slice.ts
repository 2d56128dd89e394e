/**
 * The partnership data slice: the pairings, measure registry and flows, loaded once (lazily, when arcs are first
 * shown or the partnership panel first opens) and never changed after. The view options live in
 * `view.partnership`; this slice holds only loaded data and its status.
 */
import type { PartnershipBundle } from '../data/partnership-data';
import type { SliceCreator } from './slice';

/** Loading status of the partnership data. */
export type PartnershipDataStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Partnership data state and actions. */
export interface PartnershipSlice {
  partnershipData: {
    status: PartnershipDataStatus;
    error: string | null;
    bundle: PartnershipBundle | null;
  };
  partnershipActions: {
    setLoading: () => void;
    setBundle: (bundle: PartnershipBundle) => void;
    setError: (message: string) => void;
  };
}

/** Creates the partnership data slice. */
export const createPartnershipSlice: SliceCreator<PartnershipSlice> = (set) => ({
  partnershipData: { status: 'idle', error: null, bundle: null },
  partnershipActions: {
    setLoading: () => set((s) => ({ partnershipData: { ...s.partnershipData, status: 'loading', error: null } })),
    setBundle: (bundle) => set({ partnershipData: { status: 'ready', error: null, bundle } }),
    setError: (message) => set((s) => ({ partnershipData: { ...s.partnershipData, status: 'error', error: message } })),
  },
});
