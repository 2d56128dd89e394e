/** Stable colours of the comparison set (up to 12 counties), used in every chart and as outlines on the maps. */
import { schemeTableau10, schemePaired } from 'd3-scale-chromatic';
import { parseCssColor, type RGBA } from '../indicators/color-scheme';

/** Hex colours by comparison-set position (Tableau10 then two from Paired: distinct, colour-blind aware). */
export const COMPARE_HEX: readonly string[] = [...schemeTableau10, schemePaired[1]!, schemePaired[9]!];

/** The same colours as RGBA for deck.gl. */
export const COMPARE_COLORS: readonly RGBA[] = COMPARE_HEX.map((hex) => parseCssColor(hex));
