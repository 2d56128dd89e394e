/**
 * Main-thread client of the import worker (src/data/import/import.worker.ts). The worker — ~160 KB gzip with the
 * spreadsheet reader — is only created on the first run, so users who never import never download it. Every run
 * settles with exactly one ImportResult, whose `error` explains any failure (worker crash, missing geography,
 * cancel): callers never see an exception and nothing is committed here.
 */
import type { ImportErrorCode, ImportOverrides, ImportProgress } from './import/import-types';
import type { ImportRequest, ImportResponse } from './import/import-messages';
import type { ImportResult } from './import/run-import';
import { emptyImportResult } from './import/empty-result';

/** The part of a Worker the client uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

/** The boundary index and dated change list, as parsed JSON, that the worker's county lookup needs. */
export interface ImportGeography {
  index: unknown;
  changes: unknown;
}

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

interface Pending {
  file: { name: string; size: number };
  resolve: (result: ImportResult) => void;
  onProgress?: (progress: ImportProgress) => void;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof ErrorEvent !== 'undefined' && error instanceof ErrorEvent) return error.message || 'worker failed to load';
  return 'worker failed to load';
}

/** Creates a client; the worker and the geography are requested on the first run only. */
export function createImportClient(deps: ImportClientDeps): ImportClient {
  let worker: WorkerLike | null = null;
  let ready: Promise<WorkerLike> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settle = (id: number, result: ImportResult): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(result);
  };
  const failAll = (detail: string): void => {
    for (const [id, p] of [...pending]) settle(id, failedImportResult(p.file, 'internal', detail));
    worker?.terminate();
    worker = null;
    ready = null; // the next run starts a fresh worker
  };

  const start = (): Promise<WorkerLike> => {
    ready ??= (async () => {
      const geography = await deps.loadGeography();
      const w = deps.createWorker();
      w.onmessage = (event) => {
        const message = event.data;
        if (message.type === 'progress') pending.get(message.id)?.onProgress?.(message.progress);
        else if (message.type === 'done') settle(message.id, message.result);
      };
      w.onerror = (event) => failAll(describe(event));
      w.postMessage({ type: 'init', index: geography.index, changes: geography.changes });
      worker = w;
      return w;
    })();
    ready.catch(() => (ready = null)); // a failed geography fetch may be retried
    return ready;
  };

  return {
    run(file, fileName, options = {}) {
      const id = nextId++;
      const info = { name: fileName, size: file.size };
      let cancelled = false;
      const result = new Promise<ImportResult>((resolve) => {
        pending.set(id, { file: info, resolve, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      });
      start()
        .then((w) => {
          if (cancelled) return settle(id, failedImportResult(info, 'cancelled'));
          w.postMessage({
            type: 'start', id, file, fileName,
            ...(options.overrides ? { overrides: options.overrides } : {}),
            ...(options.takenIds ? { takenIds: options.takenIds } : {}),
            ...(options.rowReportLimit ? { rowReportLimit: options.rowReportLimit } : {}),
          });
        })
        .catch((error: unknown) => settle(id, failedImportResult(info, 'internal', describe(error))));
      return {
        result,
        cancel: () => {
          if (!pending.has(id)) return;
          cancelled = true;
          if (worker) worker.postMessage({ type: 'cancel', id });
          else settle(id, failedImportResult(info, 'cancelled'));
        },
      };
    },
    dispose() {
      failAll('closed');
    },
  };
}
