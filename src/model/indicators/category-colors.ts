/** Categorical colours for the no-indicator view: each county takes its province's colour. */
import { schemeSet3 } from 'd3-scale-chromatic';
import { parseCssColor, type RGBA } from './color-scheme';

/** An RGBA colour with 0–255 channels. */
export type Rgba = RGBA;

const PALETTE: Rgba[] = schemeSet3.map((hex) => parseCssColor(hex, 235));

/** Colour of a province by its ordinal in the index (consecutive adcodes, often neighbours, differ). */
export function provinceColor(ordinal: number): Rgba {
  return PALETTE[ordinal % PALETTE.length]!;
}

/** Builds the per-county RGBA table colouring every county by its province. */
export function buildProvinceColorTable(provinceOrdinal: Uint16Array): Uint8Array {
  const table = new Uint8Array(provinceOrdinal.length * 4);
  provinceOrdinal.forEach((ordinal, i) => table.set(provinceColor(ordinal), i * 4));
  return table;
}
