/**
 * The command line's and the bench's solver threads (node:worker_threads): one generic worker client
 * (src/lib/worker-client.ts) per part of a split labour plan, each thread started on first use and kept warm
 * (HiGHS and the data loaded) until `dispose`.
 */
import { Worker } from 'node:worker_threads';
import { createWorkerClient, type WorkerClient, type WorkerPort, type WorkerRun } from '../../src/lib/worker-client';
import type { LabourPartAnswer, LabourPartRequest } from '../../src/data/matching-messages';
import type { LabourScenario } from '../../src/model/matching/labour-scenario';
import type { LabourSkillOutcome } from '../../src/model/matching/labour-plan';
import { unpackSkillOutcomes } from '../../src/model/matching/packed-outcomes';
import type { SkillId } from '../../src/model/matching/skills';
import type { LabourThreadInit } from './labour-thread';

/** A worker_threads Worker as the client's WorkerPort. */
function threadPort(thread: Worker): WorkerPort {
  const port: WorkerPort = {
    postMessage: (message, transfer) => thread.postMessage(message, transfer as never),
    terminate: () => void thread.terminate(),
    onmessage: null,
    onerror: null,
  };
  thread.on('message', (data: unknown) => port.onmessage?.({ data } as MessageEvent));
  thread.on('error', (error) => port.onerror?.(error as unknown as ErrorEvent));
  return port;
}

/** Solver threads for the parts of labour plans. */
export interface LabourThreads {
  /** Solves `skills` of `scenario` in the thread of `part` (1, 2, …). */
  startPart(scenario: LabourScenario, skills: SkillId[], part: number): WorkerRun<LabourSkillOutcome[]>;
  /** Ends every thread. */
  dispose(): void;
}

/** Threads that read the data under `root`. */
export function createLabourThreads(root: string): LabourThreads {
  const clients = new Map<number, WorkerClient<LabourPartRequest, LabourPartAnswer, never>>();
  const clientOf = (part: number): WorkerClient<LabourPartRequest, LabourPartAnswer, never> => {
    let c = clients.get(part);
    if (!c) {
      c = createWorkerClient<LabourPartRequest, LabourPartAnswer, never, LabourThreadInit>({
        create: () => threadPort(new Worker(new URL('./labour-thread.mjs', import.meta.url), { name: `tandem-labour-${part}` })),
        init: () => Promise.resolve({ message: { root } }),
      });
      clients.set(part, c);
    }
    return c;
  };
  return {
    startPart(scenario, skills, part) {
      const run = clientOf(part).request({ kind: 'labour-part', scenario, skills });
      return { cancel: run.cancel, result: run.result.then((o) => (o.ok ? { ok: true, value: unpackSkillOutcomes(o.value.outcomes) } : o)) };
    },
    dispose() {
      for (const c of clients.values()) c.dispose();
      clients.clear();
    },
  };
}
