/**
 * Loads a boundary resolution through the geometry worker. The result is cached per URL so every pane shares the
 * same binary arrays (GPU buffers cannot be shared across WebGL contexts, but the CPU work is done once).
 */
import type { CountyIndexJson } from '../model/geo/county';
import type { BaseGeometry, CountyGeometry } from './county-geometry';
import type { GeometryRequest, GeometryResult } from './geometry-messages';
import { createWorkerClient, type WorkerPort } from '../lib/worker-client';
import { decodeFirstMapGeometry } from './geometry-binary';

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

/**
 * Starts fetching the first map's prebuilt binary (public/geo/counties-lo.bin) — call it as early as possible, in
 * parallel with the county index — and returns a function that turns it into the coarse geometry once the index is
 * there. When the file is missing, broken or built for another index, the coarse TopoJSON is loaded through the
 * worker instead (`onFallback` hears why), so a stale build costs time, never the map.
 */
export function prefetchFirstMapGeometry(onFallback?: (reason: string) => void): (index: CountyIndexJson) => Promise<LoadedGeometry> {
  const url = publicUrl('geo/counties-lo.bin');
  const bytes = fetch(url).then((r) => {
    if (!r.ok) throw new Error(`geo/counties-lo.bin: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
  bytes.catch(() => undefined); // judged when the index arrives
  return async (index) => {
    try {
      const decoded = decodeFirstMapGeometry(await bytes, index.counties.map((c) => c.adcode));
      const loaded: LoadedGeometry = { resolution: 'lo', geometry: decoded.geometry, base: decoded.base };
      cache.set(`${publicUrl('geo/counties-lo.topo.json')}|true`, Promise.resolve(loaded));
      return loaded;
    } catch (error) {
      onFallback?.(error instanceof Error ? error.message : String(error));
      return loadGeometry(index, 'lo', true);
    }
  };
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
