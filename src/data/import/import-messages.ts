/** What the main thread and the import worker (import.worker.ts) exchange, over src/lib/worker-client.ts. */
import type { ImportOverrides, ImportProgress } from './import-types';
import type { ImportResult } from './run-import';
import type { ImportTarget } from './labour-long-rows';

/** Sent once to every fresh worker: the boundary index and the dated change list, as parsed JSON. */
export interface ImportInit {
  index: unknown;
  changes: unknown;
}

/** One import run. */
export interface ImportRequest {
  file: Blob;
  fileName: string;
  overrides?: ImportOverrides;
  takenIds?: string[];
  /** Row reports kept in full (all rows are counted). Default 50,000. */
  rowReportLimit?: number;
  /** What the file is for (default: an indicator dataset). */
  target?: ImportTarget;
}

/** The worker answers each run with exactly one result (its `error` explains any failure) and progress ≤ 10/s. */
export type ImportAnswer = ImportResult;
export type { ImportProgress };
