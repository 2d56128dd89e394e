/**
 * A part's skill outcomes with their flows in columns (packed-flows.ts), for the answer of a helper worker or
 * thread: the flows cross by transfer instead of by cloning tens of thousands of objects (measured: 18.8k flows
 * cloned in ≈ 75 ms, packed and unpacked in ≈ 25 ms), on the critical path of a split plan.
 */
import type { LabourSkillOutcome } from './labour-plan';
import { packedTransferables, packLabourFlows, unpackLabourFlow, type PackedLabourFlows } from './packed-flows';

/** A skill outcome with its flows packed. */
export type PackedSkillOutcome = Omit<LabourSkillOutcome, 'flows'> & { flows: PackedLabourFlows };

/** Packs each outcome's flows; `transfer` lists the buffers to hand over with the message. */
export function packSkillOutcomes(outcomes: readonly LabourSkillOutcome[]): { outcomes: PackedSkillOutcome[]; transfer: ArrayBuffer[] } {
  const packed = outcomes.map((o): PackedSkillOutcome => ({ ...o, flows: packLabourFlows(o.flows) }));
  return { outcomes: packed, transfer: packed.flatMap((o) => packedTransferables(o.flows)) };
}

/** The outcomes as the merge takes them. */
export function unpackSkillOutcomes(outcomes: readonly PackedSkillOutcome[]): LabourSkillOutcome[] {
  return outcomes.map((o): LabourSkillOutcome => ({ ...o, flows: Array.from({ length: o.flows.count }, (_, i) => unpackLabourFlow(o.flows, i)) }));
}
