/**
 * Main-thread client of the import worker (src/data/import/import.worker.ts), over the generic worker client
 * (src/lib/worker-client.ts). The worker — ~160 KB gzip with the spreadsheet reader — is only created on the
 * first run, so users who never import never download it. Every run settles with exactly one ImportResult, whose
 * `error` explains any failure (worker crash, missing geography, cancel): callers never see an exception and
 * nothing is committed here. Cancel terminates the worker, so even a synchronous spreadsheet parse stops at once.
 */
import { createWorkerClient, type WorkerFailure, type WorkerPort } from '../lib/worker-client';
import type { ImportErrorCode, ImportOverrides, ImportProgress } from './import/import-types';
import type { ImportInit, ImportRequest } from './import/import-messages';
import type { ImportResult } from './import/run-import';
import { emptyImportResult } from './import/empty-result';
import type { ImportTarget } from './import/labour-long-rows';

/** The part of a Worker the client uses (a fake in unit tests). */
export type WorkerLike = WorkerPort;

/** The boundary index and dated change list, as parsed JSON, that the worker's county lookup needs. */
export type ImportGeography = ImportInit;

/** How the client gets its worker and the geography (injected so tests run in Node). */
export interface ImportClientDeps {
  createWorker: () => WorkerLike;
  loadGeography: () => Promise<ImportGeography>;
}

/** Options of one run. */
export interface ImportRunOptions {
  overrides?: ImportOverrides;
  /** Dataset ids already in use; the new dataset gets another. */
  takenIds?: string[];
  rowReportLimit?: number;
  /** What the file is for (default: an indicator dataset). */
  target?: ImportTarget;
  onProgress?: (progress: ImportProgress) => void;
}

/** A started run: its result (never rejects) and a way to stop it. */
export interface ImportRun {
  result: Promise<ImportResult>;
  cancel: () => void;
}

/** The import client. */
export interface ImportClient {
  run(file: Blob, fileName: string, options?: ImportRunOptions): ImportRun;
  /** Stops the worker; running imports settle as failed. */
  dispose(): void;
}

const CLIENT_ERRORS: Partial<Record<ImportErrorCode, { zh: string; en: string }>> = {
  internal: { zh: '导入程序出错，已有数据未受影响。', en: 'The import stopped with an error; existing data is untouched.' },
  cancelled: { zh: '导入已取消。', en: 'The import was cancelled.' },
};

/** A failed result in the pipeline's shape, for failures outside the pipeline (worker crash, no geography). */
export function failedImportResult(file: { name: string; size: number }, code: ImportErrorCode, detail?: string): ImportResult {
  const base = CLIENT_ERRORS[code] ?? { zh: code, en: code };
  const message = detail ? { zh: `${base.zh}（${detail}）`, en: `${base.en} (${detail})` } : { ...base };
  return { ...emptyImportResult(file), error: { code, message } };
}

function failureResult(file: { name: string; size: number }, error: WorkerFailure): ImportResult {
  if (error.kind === 'cancelled') return failedImportResult(file, 'cancelled');
  return failedImportResult(file, 'internal', error.message);
}

/** Creates a client; the worker and the geography are requested on the first run only. */
export function createImportClient(deps: ImportClientDeps): ImportClient {
  const worker = createWorkerClient<ImportRequest, ImportResult, ImportProgress, ImportInit>({
    create: deps.createWorker,
    init: async () => ({ message: await deps.loadGeography() }),
  });
  return {
    run(file, fileName, options = {}) {
      const info = { name: fileName, size: file.size };
      const handle = worker.request(
        {
          file,
          fileName,
          ...(options.overrides ? { overrides: options.overrides } : {}),
          ...(options.takenIds ? { takenIds: options.takenIds } : {}),
          ...(options.rowReportLimit ? { rowReportLimit: options.rowReportLimit } : {}),
          ...(options.target ? { target: options.target } : {}),
        },
        options.onProgress ? { onProgress: options.onProgress } : {},
      );
      return {
        result: handle.result.then((outcome) => (outcome.ok ? outcome.value : failureResult(info, outcome.error))),
        cancel: handle.cancel,
      };
    },
    dispose: () => worker.dispose(),
  };
}
