/**
 * Keeps the two plan slots in step with `view.matching`: when the scenario of a slot changes, the running solve of
 * that slot is cancelled and a new one starts in the worker; the old result stays shown (marked running) until
 * the new one arrives, and a failure keeps it too. Returns the two slots.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { useMatchingStore, type MatchingSlot } from '../store/matching-store';
import { requestMatching } from '../data/matching-client';
import { ensureLabourTables } from './matching-labour-tables';
import type { MatchingRequest } from '../data/matching-messages';
import { industryScenarioOf, labourScenarioOf } from '../model/matching/matching-scenarios';
import type { MatchingView } from '../model/matching/matching-view';

/** The request of slot 0 (plan A) or 1 (plan B), or null when plan B is off. */
export function matchingRequestOf(m: MatchingView, slot: 0 | 1): MatchingRequest | null {
  const reach = slot === 0 ? m.reach : m.compare;
  if (reach === null) return null;
  return m.mode === 'labour' ? { kind: 'labour', scenario: labourScenarioOf(m, reach, slot) } : { kind: 'industry', scenario: industryScenarioOf(m, reach) };
}

const cancels: [(() => void) | null, (() => void) | null] = [null, null];

function ensureSlot(slot: 0 | 1, request: MatchingRequest | null, dataVersion: string): void {
  const store = useMatchingStore.getState();
  const current = store.slots[slot];
  // The data version is part of the key: importing a labour or industry table solves the same scenario again with it.
  const key = request ? `${dataVersion}|${JSON.stringify(request)}` : null;
  if (current.key === key) return;
  cancels[slot]?.();
  cancels[slot] = null;
  if (!request) {
    store.setSlot(slot, { key: null, status: 'idle', result: null, error: null });
    return;
  }
  const keep = current.result && current.result.kind === request.kind ? current.result : null;
  store.setSlot(slot, { key, status: 'running', result: keep, error: null });
  const run = requestMatching(request);
  cancels[slot] = run.cancel;
  void run.result.then((outcome) => {
    const now = useMatchingStore.getState().slots[slot];
    if (now.key !== key) return; // a newer request took the slot
    cancels[slot] = null;
    // Marks when the worker's answer reached the page, so a long-task trace can tell the solve from the rendering.
    performance.mark(`tandem:matching-answer:${slot}`);
    const next: MatchingSlot = outcome.ok
      ? { key, status: 'done', result: outcome.value, error: null }
      : // Cancelled, or closed because the data changed (a new solve follows): not a failure to show.
        { key, status: outcome.error.kind === 'cancelled' || outcome.error.kind === 'closed' ? 'idle' : 'failed', result: now.result, error: outcome.error.message };
    useMatchingStore.getState().setSlot(slot, next);
  });
}

/** Starts the solves the view asks for and returns both slots. */
export function useMatchingPlans(active: boolean): [MatchingSlot, MatchingSlot] {
  const m = useAppStore((s) => s.view.matching);
  const dataVersion = useMatchingStore((s) => `${s.labour.version}.${s.industry.version}`);
  const dataReady = useMatchingStore((s) => s.labour.ready);
  useEffect(() => {
    if (!active) return;
    // The tables saved in this browser first: ensureLabourTables makes `ready` true (and bumps the version).
    if (!dataReady) {
      void ensureLabourTables();
      return;
    }
    // Plan A first: the worker solves one request at a time, in order.
    ensureSlot(0, matchingRequestOf(m, 0), dataVersion);
    ensureSlot(1, matchingRequestOf(m, 1), dataVersion);
  }, [active, m, dataVersion, dataReady]);
  return useMatchingStore((s) => s.slots);
}
