/// <reference lib="webworker" />
/**
 * Geometry worker: fetches and parses a boundary TopoJSON off the main thread, triangulates the counties once and
 * returns binary arrays (transferred, not copied) plus the base-map meshes. Protocol: src/lib/worker-client.ts.
 */
import { serveWorker } from '../lib/worker-client';
import { assertBoundaryTopology, buildBaseGeometry, buildCountyGeometry, geometryTransferables } from './county-geometry';
import { fetchJson } from './fetch-json';
import type { GeometryRequest, GeometryResult } from './geometry-messages';

serveWorker<GeometryRequest, GeometryResult>(self as unknown as DedicatedWorkerGlobalScope, {
  async handle({ url, countyIds, prefectureOf, provinceOf, withBase }, context) {
    const topology = await fetchJson(url);
    assertBoundaryTopology(topology);
    const geometry = buildCountyGeometry(topology, countyIds);
    const prefecture = new Map(countyIds.map((id, i) => [id, prefectureOf[i]]));
    const province = new Map(countyIds.map((id, i) => [id, provinceOf[i]]));
    const base = withBase ? buildBaseGeometry(topology, (c) => prefecture.get(c), (c) => province.get(c)) : null;
    context.transfer(geometryTransferables(geometry));
    return { geometry, base };
  },
});
