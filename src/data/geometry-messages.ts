/** What the main thread and the geometry worker exchange, over src/lib/worker-client.ts. */
import type { BaseGeometry, CountyGeometry } from './county-geometry';

/** Ask the worker to load one boundary file. */
export interface GeometryRequest {
  /** Absolute URL of the TopoJSON (workers resolve relative URLs against their own script). */
  url: string;
  countyIds: string[];
  /** Prefecture and province adcode of each county, parallel to countyIds. */
  prefectureOf: string[];
  provinceOf: string[];
  /** Also build the base-map meshes (needed once per resolution shown by maplibre). */
  withBase: boolean;
}

/** The worker's answer (failures arrive as the client's error values). */
export interface GeometryResult {
  geometry: CountyGeometry;
  base: BaseGeometry | null;
}
