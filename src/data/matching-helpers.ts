/// <reference lib="webworker" />
/**
 * The matching worker's helpers: more instances of the same worker script (its own URL, so dev and build agree),
 * each solving some skills of a labour plan (a `labour-part` request) through the generic worker client. Started
 * on first use with the same init as their parent and kept warm for later plans; they end with their parent (a
 * cancelled plan terminates the parent worker, and a dedicated worker's own workers go with it).
 */
import { createWorkerClient, type WorkerClient, type WorkerPort, type WorkerRun } from '../lib/worker-client';
import type { LabourScenario } from '../model/matching/labour-scenario';
import type { LabourSkillOutcome } from '../model/matching/labour-plan';
import { unpackSkillOutcomes } from '../model/matching/packed-outcomes';
import type { SkillId } from '../model/matching/skills';
import type { MatchingInit, MatchingWorkerAnswer, MatchingWorkerRequest } from './matching-messages';

/** Helpers of one matching worker. */
export interface MatchingHelpers {
  /** Solves `skills` of `scenario` in helper `part` (1, 2, …). */
  startPart(scenario: LabourScenario, skills: SkillId[], part: number): WorkerRun<LabourSkillOutcome[]>;
}

/** Helpers that get `init()` (the parent's own init) when they start. */
export function createMatchingHelpers(init: () => MatchingInit, scriptUrl: string = self.location.href): MatchingHelpers {
  const clients = new Map<number, WorkerClient<MatchingWorkerRequest, MatchingWorkerAnswer, never>>();
  const clientOf = (part: number): WorkerClient<MatchingWorkerRequest, MatchingWorkerAnswer, never> => {
    let c = clients.get(part);
    if (!c) {
      c = createWorkerClient<MatchingWorkerRequest, MatchingWorkerAnswer, never, MatchingInit>({
        create: () => new Worker(scriptUrl, { type: 'module', name: `tandem-matching-${part}` }) as unknown as WorkerPort,
        init: () => Promise.resolve({ message: init() }),
      });
      clients.set(part, c);
    }
    return c;
  };
  return {
    startPart(scenario, skills, part) {
      const run = clientOf(part).request({ kind: 'labour-part', scenario, skills });
      return {
        cancel: run.cancel,
        result: run.result.then((o) => {
          if (!o.ok) return o;
          if (o.value.kind !== 'labour-part') return { ok: false, error: { kind: 'failed', message: `matching helper: unexpected answer ${o.value.kind}` } };
          return { ok: true, value: unpackSkillOutcomes(o.value.outcomes) };
        }),
      };
    },
  };
}
