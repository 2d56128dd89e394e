/**
 * A scale bar for an exported map: the longest round distance (1, 2 or 5 × 10ⁿ km) that fits a maximum length,
 * from the Web Mercator ground resolution at the map's centre latitude. Pure.
 */

/** Earth circumference used by Web Mercator, in metres. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** maplibre's tile size: zoom z shows the world 512 · 2^z CSS pixels wide. */
const TILE_SIZE_PX = 512;

/** Metres per CSS pixel at a latitude and zoom. */
export function metresPerPixel(latDeg: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latDeg * Math.PI) / 180)) / (TILE_SIZE_PX * 2 ** zoom);
}

/** A scale bar: its length in pixels and the distance it stands for. */
export interface ScaleBar {
  lengthPx: number;
  distanceKm: number;
  /** "500 km", "2 km", "0.5 km". */
  label: string;
}

/** The scale bar no longer than `maxLengthPx` for a map of `metresPerPx` (null when not even 10 m fits). */
export function niceScaleBar(metresPerPx: number, maxLengthPx: number): ScaleBar | null {
  if (!(metresPerPx > 0) || !(maxLengthPx > 0)) return null;
  const maxKm = (metresPerPx * maxLengthPx) / 1000;
  const exponent = Math.floor(Math.log10(maxKm));
  let best: number | null = null;
  for (const e of [exponent, exponent - 1]) {
    for (const step of [5, 2, 1]) {
      const km = step * 10 ** e;
      if (km <= maxKm && (best === null || km > best)) best = km;
    }
  }
  if (best === null || best < 0.01) return null;
  // Strip float noise (0.30000000000000004).
  const distanceKm = Number(best.toPrecision(6));
  return { lengthPx: (distanceKm * 1000) / metresPerPx, distanceKm, label: `${distanceKm} km` };
}
