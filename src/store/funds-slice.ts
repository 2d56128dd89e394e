/**
 * The fund-flow data slice: the long table on screen (the shipped sample, or a table the user loaded in its place)
 * and the industry-share rules, loaded when the fund tab or a `funds:*` indicator first needs them. The view
 * options live in `view.funds`; this slice holds only loaded data and its status.
 */
import type { LoadedFunds } from '../data/load-funds';
import type { FundShareRule } from '../model/funds/industry-share-rule';
import type { SliceCreator } from './slice';

/** Loaded fund data. */
export interface FundsBundle {
  funds: LoadedFunds;
  rules: FundShareRule[];
}

/** Fund data state and actions. */
export interface FundsSlice {
  fundsData: {
    status: 'idle' | 'loading' | 'ready' | 'error';
    error: string | null;
    bundle: FundsBundle | null;
  };
  fundsActions: {
    setLoading: () => void;
    /** Puts a bundle on screen (the sample, or a user's table replacing it: the previous one is dropped whole). */
    setBundle: (bundle: FundsBundle) => void;
    /** Records a failed load; a bundle already on screen stays. */
    setError: (message: string) => void;
  };
}

/** Creates the fund data slice. */
export const createFundsSlice: SliceCreator<FundsSlice> = (set) => ({
  fundsData: { status: 'idle', error: null, bundle: null },
  fundsActions: {
    setLoading: () => set((s) => ({ fundsData: { ...s.fundsData, status: 'loading', error: null } })),
    setBundle: (bundle) => set({ fundsData: { status: 'ready', error: null, bundle } }),
    setError: (error) => set((s) => ({ fundsData: { ...s.fundsData, status: s.fundsData.bundle ? 'ready' : 'error', error } })),
  },
});
