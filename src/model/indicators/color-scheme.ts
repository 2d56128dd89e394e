/**
 * Colour schemes for classified indicators: colour-blind-safe d3-scale-chromatic interpolators sampled into
 * RGBA tuples for deck.gl, oriented by polarity so the "bad" end is always the strong (dark or warm) end.
 */
import {
  interpolateBrBG,
  interpolateCividis,
  interpolateOrRd,
  interpolatePuOr,
  interpolateRdYlBu,
  interpolateViridis,
  interpolateYlGnBu,
  interpolateYlOrBr,
  interpolateYlOrRd,
} from 'd3-scale-chromatic';
import { color as parseColor } from 'd3-color';
import type { LocalText, Polarity } from './dataset';
import { NO_DATA_CLASS } from './classify';

/** An RGBA colour, 0–255 per channel, as deck.gl accessors take it. */
export type RGBA = [number, number, number, number];

/** A colour scheme: an interpolator plus which end of it reads as strong (dark or warm). */
export interface ColorScheme {
  id: string;
  name: LocalText;
  kind: 'sequential' | 'diverging';
  interpolator: (t: number) => string;
  /** The t (0 or 1) of the strong end: the dark end of sequential schemes, the warm end of diverging ones. */
  strongEnd: 0 | 1;
}

/** Colour of counties without data: a neutral grey no scheme uses (the legend draws it hatched). */
export const NO_DATA_RGBA: RGBA = [196, 196, 196, 255];

/** SVG hatch of the no-data swatch in the legend, matching NO_DATA_RGBA. */
export const NO_DATA_HATCH = { background: '#c4c4c4', stroke: '#8c8c8c', spacingPx: 4 } as const;

/** Every scheme offered; all are colour-blind safe (ColorBrewer-rated or the viridis family). */
export const COLOR_SCHEMES: readonly ColorScheme[] = [
  { id: 'YlOrRd', name: { zh: '黄-橙-红', en: 'Yellow–orange–red' }, kind: 'sequential', interpolator: interpolateYlOrRd, strongEnd: 1 },
  { id: 'YlGnBu', name: { zh: '黄-绿-蓝', en: 'Yellow–green–blue' }, kind: 'sequential', interpolator: interpolateYlGnBu, strongEnd: 1 },
  { id: 'YlOrBr', name: { zh: '黄-橙-棕', en: 'Yellow–orange–brown' }, kind: 'sequential', interpolator: interpolateYlOrBr, strongEnd: 1 },
  { id: 'OrRd', name: { zh: '橙-红', en: 'Orange–red' }, kind: 'sequential', interpolator: interpolateOrRd, strongEnd: 1 },
  { id: 'Viridis', name: { zh: '紫-绿-黄', en: 'Viridis (purple–green–yellow)' }, kind: 'sequential', interpolator: interpolateViridis, strongEnd: 0 },
  { id: 'Cividis', name: { zh: '蓝-黄（色盲友好）', en: 'Cividis (blue–yellow)' }, kind: 'sequential', interpolator: interpolateCividis, strongEnd: 0 },
  { id: 'RdYlBu', name: { zh: '红-黄-蓝（发散）', en: 'Red–yellow–blue (diverging)' }, kind: 'diverging', interpolator: interpolateRdYlBu, strongEnd: 0 },
  { id: 'PuOr', name: { zh: '紫-橙（发散）', en: 'Purple–orange (diverging)' }, kind: 'diverging', interpolator: interpolatePuOr, strongEnd: 1 },
  { id: 'BrBG', name: { zh: '棕-蓝绿（发散）', en: 'Brown–teal (diverging)' }, kind: 'diverging', interpolator: interpolateBrBG, strongEnd: 0 },
];

/** Default scheme for value classes. */
export const DEFAULT_SEQUENTIAL_SCHEME = 'YlOrRd';
/** Default scheme for threshold classes (pass / near / fail). */
export const DEFAULT_DIVERGING_SCHEME = 'RdYlBu';

/** The scheme with this id, or the default sequential one. */
export function getColorScheme(id: string): ColorScheme {
  return COLOR_SCHEMES.find((s) => s.id === id) ?? COLOR_SCHEMES[0]!;
}

/**
 * The one CSS colour → RGBA conversion ("#rrggbb", "rgb(r, g, b)" as d3 interpolators return, or any colour
 * d3-color reads), with the given alpha; throws on what is not a colour.
 */
export function parseCssColor(css: string, alpha = 255): RGBA {
  const c = parseColor(css)?.rgb();
  if (!c || !c.displayable()) throw new Error(`Unsupported colour ${css}`);
  return [Math.round(c.r), Math.round(c.g), Math.round(c.b), alpha];
}

/** Does a class with higher values read as worse? lower_better and neutral: yes; higher_better: no. */
export function highIsStrong(polarity: Polarity): boolean {
  return polarity !== 'higher_better';
}

/**
 * Colours of `classCount` value classes (class 0 = lowest values). The strong end goes to the bad end:
 * the highest class for lower_better (and neutral) indicators, the lowest class for higher_better ones.
 * Sequential schemes skip their palest 10% so the weakest class still stands out from the base map.
 */
export function classColors(schemeId: string, classCount: number, polarity: Polarity): RGBA[] {
  const scheme = getColorScheme(schemeId);
  const [weakT, strongT] = scheme.kind === 'sequential' ? [0.12, 0.95] : [0.08, 0.92];
  const lerp = (p: number): number => {
    const u = weakT + (strongT - weakT) * p; // distance along the scheme from its weak towards its strong end
    return scheme.strongEnd === 1 ? u : 1 - u;
  };
  return Array.from({ length: classCount }, (_, i) => {
    const p = classCount === 1 ? 0.5 : i / (classCount - 1);
    return parseCssColor(scheme.interpolator(lerp(highIsStrong(polarity) ? p : 1 - p)));
  });
}

/** Is this scheme diverging (a light middle between two hues)? */
export function isDivergingScheme(schemeId: string): boolean {
  return getColorScheme(schemeId).kind === 'diverging';
}

/**
 * Colours of classes split by a midpoint (`aboveFrom` = index of the first class at or above it): each side takes
 * one hue of a diverging scheme, paler towards the midpoint and stronger away from it, so the turn of colour is the
 * midpoint. The warm end goes to the bad side: high values for lower_better and neutral, low for higher_better.
 */
export function divergingClassColors(schemeId: string, classCount: number, aboveFrom: number, polarity: Polarity): RGBA[] {
  const scheme = getColorScheme(schemeId);
  const below = Math.max(0, Math.min(classCount, aboveFrom));
  const above = classCount - below;
  // Distance from the middle of the scheme: the nearest class keeps some colour, the farthest nearly the full hue.
  const [nearest, farthest] = [0.1, 0.44];
  const warmT = scheme.strongEnd; // 0 or 1: the warm end of the scheme
  const highT = highIsStrong(polarity) ? warmT : 1 - warmT;
  return Array.from({ length: classCount }, (_, i) => {
    const onHigh = i >= below;
    const rank = onHigh ? i - below : below - 1 - i; // 0 = next to the midpoint
    const count = onHigh ? above : below;
    const d = count <= 1 ? (nearest + farthest) / 2 : nearest + ((farthest - nearest) * rank) / (count - 1);
    const toward = onHigh ? highT : 1 - highT;
    return parseCssColor(scheme.interpolator(toward === 1 ? 0.5 + d : 0.5 - d));
  });
}

/** Colours of the threshold classes pass / near / fail from a diverging scheme: fail takes the warm end. */
export function thresholdColors(schemeId: string = DEFAULT_DIVERGING_SCHEME): RGBA[] {
  const scheme = getColorScheme(schemeId);
  const warm = (p: number): number => (scheme.strongEnd === 1 ? p : 1 - p);
  return [0.12, 0.5, 0.88].map((p) => parseCssColor(scheme.interpolator(warm(p))));
}

/**
 * Packs class colours into one RGBA byte per channel per county (deck.gl binary `getFillColor`), reusing `out`
 * when given so a year or indicator switch allocates nothing.
 */
export function fillColorsFor(
  classIndex: Uint8Array,
  palette: readonly RGBA[],
  noData: RGBA = NO_DATA_RGBA,
  out: Uint8Array = new Uint8Array(classIndex.length * 4),
): Uint8Array {
  for (let i = 0; i < classIndex.length; i++) {
    const c = classIndex[i]!;
    const rgba = c === NO_DATA_CLASS ? noData : (palette[c] ?? noData);
    out[i * 4] = rgba[0];
    out[i * 4 + 1] = rgba[1];
    out[i * 4 + 2] = rgba[2];
    out[i * 4 + 3] = rgba[3];
  }
  return out;
}
