/// <reference lib="webworker" />
/**
 * Import worker: runs the import pipeline off the main thread so a 200 MB CSV streams without freezing the
 * page. Holds one county lookup (sent once with `init`), runs one import at a time, cancels on request, and
 * answers every run with exactly one `done` message whose result carries any error: nothing throws out.
 */
import { parseAdcodeChangeList } from '../../model/adcode-change';
import type { CountyIndexJson } from '../../model/county';
import { createCountyLookup, type CountyLookup } from '../../model/county-lookup';
import { blobSource } from './blob-source';
import { importError } from './import-error';
import type { ImportRequest, ImportResponse } from './import-messages';
import { runImport, type ImportResult } from './run-import';
import { emptyImportResult } from './empty-result';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let lookup: CountyLookup | null = null;
let lookupError: string | null = null;
const running = new Map<number, AbortController>();

function post(message: ImportResponse): void {
  scope.postMessage(message);
}

function failed(fileName: string, size: number, code: 'internal', detail: string): ImportResult {
  return { ...emptyImportResult({ name: fileName, size }), error: importError(code, { zh: detail, en: detail }) };
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const message = event.data;
  if (message.type === 'init') {
    try {
      // The index comes from public/geo/counties.json, already validated by the app's loader.
      lookup = createCountyLookup(message.index as CountyIndexJson, parseAdcodeChangeList(message.changes));
      lookupError = null;
    } catch (error) {
      lookup = null;
      lookupError = error instanceof Error ? error.message : String(error);
    }
    return;
  }
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const { id, file, fileName } = message;
  if (!lookup) {
    post({ type: 'done', id, result: failed(fileName, file.size, 'internal', lookupError ?? 'county lookup not initialised') });
    return;
  }
  const controller = new AbortController();
  running.set(id, controller);
  let lastProgressMs = 0;
  const result = await runImport(blobSource(file, fileName), {
    lookup,
    signal: controller.signal,
    rowReportLimit: message.rowReportLimit ?? 50_000,
    ...(message.overrides ? { overrides: message.overrides } : {}),
    ...(message.takenIds ? { takenIds: message.takenIds } : {}),
    onProgress: (progress) => {
      // At most ~10 progress messages a second: the main thread only redraws a bar.
      const now = Date.now();
      if (now - lastProgressMs < 100) return;
      lastProgressMs = now;
      post({ type: 'progress', id, progress });
    },
  });
  running.delete(id);
  post({ type: 'done', id, result });
};
