/// <reference lib="webworker" />
/**
 * Geometry worker: fetches and parses a boundary TopoJSON off the main thread, triangulates the counties once and
 * returns binary arrays (transferred, not copied) plus the base-map meshes.
 */
import { assertBoundaryTopology, buildBaseGeometry, buildCountyGeometry, geometryTransferables } from './county-geometry';
import { fetchJson } from './fetch-json';
import type { GeometryRequest, GeometryResponse } from './geometry-messages';

self.onmessage = async (event: MessageEvent<GeometryRequest>) => {
  const { url, countyIds, prefectureOf, provinceOf, withBase } = event.data;
  try {
    const topology = await fetchJson(url);
    assertBoundaryTopology(topology);
    const geometry = buildCountyGeometry(topology, countyIds);
    const prefecture = new Map(countyIds.map((id, i) => [id, prefectureOf[i]]));
    const province = new Map(countyIds.map((id, i) => [id, provinceOf[i]]));
    const base = withBase
      ? buildBaseGeometry(topology, (c) => prefecture.get(c), (c) => province.get(c))
      : null;
    const message: GeometryResponse = { ok: true, geometry, base };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, geometryTransferables(geometry));
  } catch (error) {
    const message: GeometryResponse = { ok: false, error: error instanceof Error ? error.message : String(error) };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
  }
};
