/**
 * A solver thread of the command line and the bench: answers `labour-part` requests (a scenario and some of its
 * skills) with the skills' outcomes, through the app's generic worker protocol (src/lib/worker-client.ts) over
 * worker_threads. It reads the same public/ files as the main thread and keeps them, and HiGHS, between requests.
 */
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';
import { createHighsSolver } from '../../src/lib/highs-lp-solver';
import { serveWorker, type WorkerScopeLike } from '../../src/lib/worker-client';
import { solveLabourSkills, type LabourInputs } from '../../src/model/matching/labour-plan';
import type { LabourPartRequest, LabourPartAnswer } from '../../src/data/matching-messages';
import { labourInputsOf, readMatchingFiles, type MatchingFiles } from './match-files';
import { packSkillOutcomes } from '../../src/model/matching/packed-outcomes';

/** What every thread gets first: the repository root the files are read from. */
export interface LabourThreadInit {
  root: string;
}

const port = parentPort;
if (!port) throw new Error('labour-thread: not started as a worker thread');
const scope: WorkerScopeLike = { postMessage: (m, transfer) => port.postMessage(m, transfer as never), onmessage: null };
port.on('message', (data: unknown) => scope.onmessage?.({ data } as MessageEvent));

let root: string | null = null;
let loaded: Promise<{ files: MatchingFiles; solver: ReturnType<typeof createHighsSolver> }> | null = null;
const inputs = new Map<number, LabourInputs>();

serveWorker<LabourPartRequest, LabourPartAnswer, never, LabourThreadInit>(scope, {
  init(init) {
    root = init.root;
  },
  async handle(request, context) {
    if (!root) throw new Error('labour-thread: no init');
    const r = root;
    loaded ??= loadHighs().then((highs) => ({ files: readMatchingFiles(r), solver: createHighsSolver(highs) }));
    const { files, solver } = await loaded;
    const structure = request.scenario.structure;
    let i = inputs.get(structure);
    if (!i) {
      i = labourInputsOf(files, structure);
      inputs.set(structure, i);
    }
    const packed = packSkillOutcomes(solveLabourSkills(i, request.scenario, request.skills, solver));
    context.transfer(packed.transfer);
    return { kind: 'labour-part', outcomes: packed.outcomes };
  },
});
