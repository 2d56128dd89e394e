/**
 * Build-time half of the first-map binary: from the coarse TopoJSON and the county index to the file's bytes, by the
 * same functions the geometry worker runs (so the binary and the TopoJSON path cannot disagree). Used by
 * scripts/geo/build-first-map.mjs and the tests; the app only decodes (geometry-binary.ts).
 */
import type { CountyIndexJson } from '../model/geo/county';
import { assertBoundaryTopology, buildBaseGeometry, buildCountyGeometry } from './county-geometry';
import { encodeFirstMapGeometry, type Quantization } from './geometry-binary';

/** The bytes of public/geo/counties-lo.bin for a topology (with its quantisation transform) and an index. */
export function buildFirstMapBinary(topology: unknown, index: CountyIndexJson): Uint8Array {
  assertBoundaryTopology(topology);
  const transform = (topology as { transform?: Quantization }).transform;
  if (!transform) throw new Error('the coarse TopoJSON must be quantised (it has no transform)');
  const ids = index.counties.map((c) => c.adcode);
  const prefecture = new Map(index.counties.map((c) => [c.adcode, c.prefecture]));
  const province = new Map(index.counties.map((c) => [c.adcode, c.province]));
  const geometry = buildCountyGeometry(topology, ids);
  const base = buildBaseGeometry(topology, (c) => prefecture.get(c), (c) => province.get(c));
  return encodeFirstMapGeometry(geometry, base, ids, { scale: transform.scale, translate: transform.translate });
}
