/// <reference lib="webworker" />
/**
 * Import worker: runs the import pipeline off the main thread so a 200 MB CSV streams without freezing the
 * page. Holds one county lookup (sent once per fresh worker as init) and answers every run with one ImportResult
 * whose `error` explains any failure. Cancel is the client's: it terminates this worker (src/lib/worker-client.ts).
 */
import { parseAdcodeChangeList } from '../../model/geo/adcode-change';
import type { CountyIndexJson } from '../../model/geo/county';
import { createCountyLookup, type CountyLookup } from '../../model/geo/county-lookup';
import { serveWorker } from '../../lib/worker-client';
import { blobSource } from './blob-source';
import { emptyImportResult } from './empty-result';
import { importError } from './import-error';
import type { ImportInit, ImportProgress, ImportRequest } from './import-messages';
import { runImport, type ImportResult } from './run-import';

let lookup: CountyLookup | null = null;
let lookupError: string | null = null;

serveWorker<ImportRequest, ImportResult, ImportProgress, ImportInit>(self as unknown as DedicatedWorkerGlobalScope, {
  init(message) {
    try {
      // The index comes from public/geo/counties.json, already validated by the app's loader.
      lookup = createCountyLookup(message.index as CountyIndexJson, parseAdcodeChangeList(message.changes));
      lookupError = null;
    } catch (error) {
      lookup = null;
      lookupError = error instanceof Error ? error.message : String(error);
    }
  },
  async handle(request, context) {
    const { file, fileName } = request;
    if (!lookup) {
      const detail = lookupError ?? 'county lookup not initialised';
      return { ...emptyImportResult({ name: fileName, size: file.size }), error: importError('internal', { zh: detail, en: detail }) };
    }
    let lastProgressMs = 0;
    return runImport(blobSource(file, fileName), {
      lookup,
      rowReportLimit: request.rowReportLimit ?? 50_000,
      ...(request.overrides ? { overrides: request.overrides } : {}),
      ...(request.takenIds ? { takenIds: request.takenIds } : {}),
      ...(request.target ? { target: request.target } : {}),
      onProgress: (progress) => {
        // At most ~10 progress messages a second: the main thread only redraws a bar.
        const now = Date.now();
        if (now - lastProgressMs < 100) return;
        lastProgressMs = now;
        context.progress(progress);
      },
    });
  },
});
