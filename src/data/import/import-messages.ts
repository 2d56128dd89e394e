/** Messages between the main thread and the import worker (import.worker.ts). */
import type { ImportOverrides, ImportProgress } from './import-types';
import type { ImportResult } from './run-import';

/** What the main thread sends. `init` once with the boundary index and change list (as parsed JSON). */
export type ImportRequest =
  | { type: 'init'; index: unknown; changes: unknown }
  | {
      type: 'start';
      /** Caller's id for this run, echoed in every answer. */
      id: number;
      file: Blob;
      fileName: string;
      overrides?: ImportOverrides;
      takenIds?: string[];
      /** Row reports kept in full (all rows are counted). Default 50,000. */
      rowReportLimit?: number;
    }
  | { type: 'cancel'; id: number };

/** What the worker answers: progress while reading, then exactly one `done` per started run. */
export type ImportResponse =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; result: ImportResult };
