/** Messages between the main thread and the geometry worker. */
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

/** The worker's answer. */
export type GeometryResponse =
  | { ok: true; geometry: CountyGeometry; base: BaseGeometry | null }
  | { ok: false; error: string };
