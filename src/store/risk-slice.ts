/**
 * The risk-register slice: the register as last saved or loaded, and its status. Every change goes through
 * `setRegister` with a whole, validated register (selectors/risk-register-actions.ts validates, saves to IndexedDB
 * and then calls it), so a failed edit or import leaves the register exactly as it was.
 */
import { createEmptyRiskRegister, type RiskRegister } from '../model/risks/risk-entry';
import type { SliceCreator } from './slice';

/** Register state and actions. */
export interface RiskSlice {
  risks: {
    status: 'idle' | 'loading' | 'ready' | 'error';
    register: RiskRegister;
    /** Why the stored register could not be read or saved (shown in the tab). */
    error: string | null;
    /** Whether the browser granted persistent storage (null = not asked yet). */
    persisted: boolean | null;
  };
  riskActions: {
    setLoading: () => void;
    setRegister: (register: RiskRegister) => void;
    setError: (message: string | null) => void;
    setPersisted: (persisted: boolean) => void;
  };
}

/** Creates the register slice. */
export const createRiskSlice: SliceCreator<RiskSlice> = (set) => ({
  risks: { status: 'idle', register: createEmptyRiskRegister(), error: null, persisted: null },
  riskActions: {
    setLoading: () => set((s) => ({ risks: { ...s.risks, status: 'loading' } })),
    setRegister: (register) => set((s) => ({ risks: { ...s.risks, status: 'ready', register, error: null } })),
    setError: (error) => set((s) => ({ risks: { ...s.risks, status: s.risks.status === 'loading' ? 'error' : s.risks.status, error } })),
    setPersisted: (persisted) => set((s) => ({ risks: { ...s.risks, persisted } })),
  },
});
