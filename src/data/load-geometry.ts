/**
 * Loads a boundary resolution through the geometry worker. The result is cached per URL so every pane shares the
 * same binary arrays (GPU buffers cannot be shared across WebGL contexts, but the CPU work is done once).
 */
import type { CountyIndexJson } from '../model/geo/county';
import type { BaseGeometry, CountyGeometry } from './county-geometry';
import type { GeometryRequest, GeometryResult } from './geometry-messages';
import { createWorkerClient, type WorkerPort } from '../lib/worker-client';

/** A loaded resolution. */
export interface LoadedGeometry {
  resolution: 'lo' | 'hi';
  geometry: CountyGeometry;
  base: BaseGeometry | null;
}

const cache = new Map<string, Promise<LoadedGeometry>>();

/** Public URL of a file under public/, resolved against the page so any sub-path works. */
export function publicUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Loads (once) the 'lo' or 'hi' county geometry for the given index. */
export function loadGeometry(index: CountyIndexJson, resolution: 'lo' | 'hi', withBase: boolean): Promise<LoadedGeometry> {
  const url = publicUrl(`geo/counties-${resolution}.topo.json`);
  const key = `${url}|${withBase}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = runWorker({
      url,
      countyIds: index.counties.map((c) => c.adcode),
      prefectureOf: index.counties.map((c) => c.prefecture),
      provinceOf: index.counties.map((c) => c.province),
      withBase,
    }).then((r) => ({ resolution, geometry: r.geometry, base: r.base }));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

// One worker per load, as before (each resolution loads once per page): terminated once it has answered.
async function runWorker(request: GeometryRequest): Promise<GeometryResult> {
  const client = createWorkerClient<GeometryRequest, GeometryResult>({
    create: () => new Worker(new URL('./geometry.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort,
  });
  const outcome = await client.request(request).result;
  client.dispose();
  if (!outcome.ok) throw new Error(outcome.error.kind === 'crashed' ? `geometry worker failed: ${outcome.error.message}` : outcome.error.message);
  return outcome.value;
}
