/**
 * The page's side of the matching worker: one lazily started worker through the generic worker client, and a
 * solve function that settles with a value or a failure (never a rejection). A new solve for the same plan slot
 * cancels the one still running (the worker is terminated and restarted: a synchronous solve reads no message).
 * The user's imported labour and industry tables go to every fresh worker with its init; changing them starts a
 * new client (the old one's init is kept for the workers it restarts), so the next solve reads the new data.
 */
import { createWorkerClient, type WorkerClient, type WorkerOutcome, type WorkerPort, type WorkerRun } from '../lib/worker-client';
import type { ImportedLabourTable } from '../model/matching/labour-imported';
import type { ImportedIndustryTable } from '../model/matching/industry-imported';
import type { CheckIndustryAnswer, CheckLabourAnswer, MatchingInit, MatchingRequest, MatchingResult, MatchingWorkerAnswer, MatchingWorkerRequest } from './matching-messages';

/** Files the worker reads, relative to the app's public root. */
export const MATCHING_FILES = {
  counties: 'geo/counties.json',
  pairings: 'data/partnerships/pairings.json',
  labour: 'data/matching/labour.json',
  industry: 'data/matching/industry.json',
} as const;

let client: WorkerClient<MatchingWorkerRequest, MatchingWorkerAnswer, never> | null = null;
let labourTables: ImportedLabourTable[] = [];
let industryTables: ImportedIndustryTable[] = [];

function publicUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

function getClient(): WorkerClient<MatchingWorkerRequest, MatchingWorkerAnswer, never> {
  const tables = labourTables;
  const industry = industryTables;
  client ??= createWorkerClient<MatchingWorkerRequest, MatchingWorkerAnswer, never, MatchingInit>({
    create: () => new Worker(new URL('./matching.worker.ts', import.meta.url), { type: 'module', name: 'tandem-matching' }) as unknown as WorkerPort,
    init: () => Promise.resolve({
      message: {
        counties: publicUrl(MATCHING_FILES.counties),
        pairings: publicUrl(MATCHING_FILES.pairings),
        labour: publicUrl(MATCHING_FILES.labour),
        industry: publicUrl(MATCHING_FILES.industry),
        labourTables: tables,
        industryTables: industry,
      },
    }),
  });
  return client;
}

/** Settles a worker run with an answer of the kind asked for (any other kind would be a protocol error). */
function narrowed<T extends MatchingWorkerAnswer>(run: WorkerRun<MatchingWorkerAnswer>, is: (a: MatchingWorkerAnswer) => a is T): WorkerRun<T> {
  return {
    cancel: run.cancel,
    result: run.result.then((outcome): WorkerOutcome<T> => {
      if (!outcome.ok) return outcome;
      if (is(outcome.value)) return { ok: true, value: outcome.value };
      return { ok: false, error: { kind: 'failed', message: `matching worker: unexpected answer ${outcome.value.kind}` } };
    }),
  };
}

/** Starts a solve; `result` settles with the plan or a failure. */
export function requestMatching(request: MatchingRequest): WorkerRun<MatchingResult> {
  return narrowed(getClient().request(request), (a): a is MatchingResult => a.kind === request.kind);
}

/** Asks the worker whether `tables` fit the labour data (nothing is kept); the data in use stays as it is. */
export function checkLabourTables(tables: ImportedLabourTable[]): Promise<WorkerOutcome<CheckLabourAnswer>> {
  return narrowed(getClient().request({ kind: 'check-labour', tables }), (a): a is CheckLabourAnswer => a.kind === 'check-labour').result;
}

/** Makes `tables` the labour data of every later solve (running solves settle as `closed`). */
export function setLabourTables(tables: ImportedLabourTable[]): void {
  labourTables = tables;
  client?.dispose();
  client = null;
}

/** Asks the worker whether `tables` fit the industry data (nothing is kept); the data in use stays as it is. */
export function checkIndustryTables(tables: ImportedIndustryTable[]): Promise<WorkerOutcome<CheckIndustryAnswer>> {
  return narrowed(getClient().request({ kind: 'check-industry', tables }), (a): a is CheckIndustryAnswer => a.kind === 'check-industry').result;
}

/** Makes `tables` the county endowments of every later industry solve (running solves settle as `closed`). */
export function setIndustryTables(tables: ImportedIndustryTable[]): void {
  industryTables = tables;
  client?.dispose();
  client = null;
}

export type { WorkerOutcome };
