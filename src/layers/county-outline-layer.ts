/**
 * Outline layer factory for highlighted counties (hover, selection, comparison set): a PathLayer over the rings of
 * just those counties, so its data is tiny and rebuilt only when the highlighted set changes.
 */
import { PathLayer } from '@deck.gl/layers';
import type { CountyGeometry } from '../data/county-geometry';

/** One outlined ring. */
export interface OutlinePath {
  path: Float32Array;
  color: [number, number, number, number];
  widthPx: number;
}

/** A county to outline and how. */
export interface OutlineSpec {
  county: number;
  color: [number, number, number, number];
  widthPx: number;
}

/** Extracts the rings of the given counties (by county index) as closed paths. */
export function buildOutlinePaths(geometry: CountyGeometry, specs: readonly OutlineSpec[]): OutlinePath[] {
  const out: OutlinePath[] = [];
  for (const spec of specs) {
    const from = geometry.countyRingRange[spec.county];
    const to = geometry.countyRingRange[spec.county + 1];
    if (from === undefined || to === undefined) continue;
    for (let r = from; r < to; r++) {
      const start = geometry.ringStarts[r]!;
      const end = geometry.ringStarts[r + 1]!;
      out.push({ path: geometry.positions.subarray(start * 2, end * 2), color: spec.color, widthPx: spec.widthPx });
    }
  }
  return out;
}

/** Creates an outline layer; `kind` keeps ids stable ('hover', 'selection', 'compare'). */
export function createCountyOutlineLayer(pane: number, kind: string, paths: OutlinePath[]): PathLayer<OutlinePath> {
  return new PathLayer<OutlinePath>({
    id: `county-outline-${kind}-${pane}`,
    data: paths,
    positionFormat: 'XY',
    getPath: (d: OutlinePath) => d.path,
    getColor: (d: OutlinePath) => d.color,
    getWidth: (d: OutlinePath) => d.widthPx,
    widthUnits: 'pixels',
    jointRounded: true,
    capRounded: true,
    pickable: false,
    parameters: { depthCompare: 'always' },
  });
}
