/**
 * Loads a boundary resolution through the geometry worker. The result is cached per URL so every pane shares the
 * same binary arrays (GPU buffers cannot be shared across WebGL contexts, but the CPU work is done once).
 */
import type { CountyIndexJson } from '../model/county';
import type { BaseGeometry, CountyGeometry } from './county-geometry';
import type { GeometryRequest, GeometryResponse } from './geometry-messages';

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

function runWorker(request: GeometryRequest): Promise<{ geometry: CountyGeometry; base: BaseGeometry | null }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./geometry.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GeometryResponse>) => {
      worker.terminate();
      const data = event.data;
      if (data.ok) resolve({ geometry: data.geometry, base: data.base });
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'geometry worker failed'));
    };
    worker.postMessage(request);
  });
}
