/**
 * The app's import client: one per page, created when the import panel first runs an import. The worker script
 * is requested by `new Worker` only then, so the ~160 KB spreadsheet/encoding code never loads for other users.
 * Knows no store: the caller passes how to read the loaded county index (src/app/import-client-boot.ts).
 */
import type { CountyIndexJson } from '../model/geo/county';
import { createImportClient, type ImportClient, type WorkerLike } from './import-client';
import { fetchJson } from './fetch-json';
import { publicUrl } from './load-geometry';

let changes: Promise<unknown> | null = null;

/** The dated change list (public/geo/changes.json, usually from the HTTP cache after start-up), fetched once. */
export function loadChangesJson(): Promise<unknown> {
  // Passed on unvalidated: the import worker parses it with the same schema (its message format stays as it is).
  changes ??= fetchJson(publicUrl('geo/changes.json'), { file: 'geo/changes.json' });
  changes.catch(() => (changes = null));
  return changes;
}

let client: ImportClient | null = null;

/** The page's import client (created on first use); `countyIndex` reads the loaded boundary index, null until then. */
export function getImportClient(countyIndex: () => CountyIndexJson | null): ImportClient {
  client ??= createImportClient({
    createWorker: () =>
      new Worker(new URL('./import/import.worker.ts', import.meta.url), { type: 'module', name: 'tandem-import' }) as unknown as WorkerLike,
    loadGeography: async () => {
      const index = countyIndex();
      if (!index) throw new Error('the county boundaries are not loaded yet');
      return { index, changes: await loadChangesJson() };
    },
  });
  return client;
}
