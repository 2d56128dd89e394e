/**
 * What plan A of the matching tab places along one official pairing (people, flows, average wage, or why nothing
 * flows), for the partnership scorecard; null until a labour plan has been solved.
 */
import { useMatchingStore } from '../store/matching-store';
import type { PairingSummary } from '../model/matching/labour-plan';

/** The summary of pairing `pairId` in the solved labour plan A, or null. */
export function useMatchingPairingSummary(pairId: string | null): PairingSummary | null {
  return useMatchingStore((s) => {
    const r = s.slots[0].result;
    if (!pairId || !r || r.kind !== 'labour') return null;
    return r.plan.pairings.find((p) => p.pairing === pairId) ?? null;
  });
}
