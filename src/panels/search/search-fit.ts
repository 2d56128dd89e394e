/**
 * The box a search flies to for a county: the county with a ring of its neighbours (its own span again on every
 * side), widened to take in its whole prefecture when that is not much bigger, and never smaller than a few
 * districts (a city district alone would fill the screen and show nothing around it). Pure, in degrees.
 */
import type { BBox } from '../../model/geo/county';

/** Smallest span shown around a county, in degrees (about 30 km): neighbours of a small district stay in view. */
export const MIN_CONTEXT_SPAN_DEG = 0.3;
/** A prefecture up to this many times the ring's span is shown whole; a bigger one would make the county a dot. */
export const PREFECTURE_FACTOR = 3;

function span(b: BBox): [number, number] {
  return [b[2] - b[0], b[3] - b[1]];
}

function around(b: BBox, [w, h]: [number, number]): BBox {
  const cx = (b[0] + b[2]) / 2;
  const cy = (b[1] + b[3]) / 2;
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}

/** The box to fit when a search picks this county (prefecture: the bbox of its prefecture, when known). */
export function countyContextBox(county: BBox, prefecture?: BBox): BBox {
  const [w, h] = span(county);
  const ring = around(county, [Math.max(3 * w, MIN_CONTEXT_SPAN_DEG), Math.max(3 * h, MIN_CONTEXT_SPAN_DEG)]);
  if (!prefecture) return ring;
  const [rw, rh] = span(ring);
  const [pw, ph] = span(prefecture);
  if (pw > PREFECTURE_FACTOR * rw || ph > PREFECTURE_FACTOR * rh) return ring;
  return [Math.min(ring[0], prefecture[0]), Math.min(ring[1], prefecture[1]), Math.max(ring[2], prefecture[2]), Math.max(ring[3], prefecture[3])];
}
