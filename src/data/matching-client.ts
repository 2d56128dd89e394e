/**
 * The page's side of the matching worker: one lazily started worker through the generic worker client, and a
 * solve function that settles with a value or a failure (never a rejection). A new solve for the same plan slot
 * cancels the one still running (the worker is terminated and restarted: a synchronous solve reads no message).
 */
import { createWorkerClient, type WorkerClient, type WorkerOutcome, type WorkerPort, type WorkerRun } from '../lib/worker-client';
import type { MatchingInit, MatchingRequest, MatchingResult } from './matching-messages';

/** Files the worker reads, relative to the app's public root. */
export const MATCHING_FILES = {
  counties: 'geo/counties.json',
  pairings: 'data/partnerships/pairings.json',
  labour: 'data/matching/labour.json',
  industry: 'data/matching/industry.json',
} as const;

let client: WorkerClient<MatchingRequest, MatchingResult, never> | null = null;

function publicUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

function getClient(): WorkerClient<MatchingRequest, MatchingResult, never> {
  client ??= createWorkerClient<MatchingRequest, MatchingResult, never, MatchingInit>({
    create: () => new Worker(new URL('./matching.worker.ts', import.meta.url), { type: 'module', name: 'tandem-matching' }) as unknown as WorkerPort,
    init: () => Promise.resolve({
      message: {
        counties: publicUrl(MATCHING_FILES.counties),
        pairings: publicUrl(MATCHING_FILES.pairings),
        labour: publicUrl(MATCHING_FILES.labour),
        industry: publicUrl(MATCHING_FILES.industry),
      },
    }),
  });
  return client;
}

/** Starts a solve; `result` settles with the plan or a failure. */
export function requestMatching(request: MatchingRequest): WorkerRun<MatchingResult> {
  return getClient().request(request);
}

export type { WorkerOutcome };
