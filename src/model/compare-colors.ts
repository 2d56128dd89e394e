/** Stable colours of the comparison set (up to 12 counties), used in every chart and as outlines on the maps. */
import { schemeTableau10, schemePaired } from 'd3-scale-chromatic';
import { color as parseColor } from 'd3-color';

function rgba(hex: string): [number, number, number, number] {
  const c = parseColor(hex)?.rgb();
  return c ? [Math.round(c.r), Math.round(c.g), Math.round(c.b), 255] : [0, 0, 0, 255];
}

/** Hex colours by comparison-set position (Tableau10 then two from Paired: distinct, colour-blind aware). */
export const COMPARE_HEX: readonly string[] = [...schemeTableau10, schemePaired[1]!, schemePaired[9]!];

/** The same colours as RGBA for deck.gl. */
export const COMPARE_COLORS: readonly [number, number, number, number][] = COMPARE_HEX.map(rgba);
