/**
 * The layout of presentation mode, computed for the screen rather than scaled with CSS (scaling breaks picking
 * and blurs text): where each pane and the side panel go, how big type is, and the device-pixel ratio the maps
 * render at. A band (32:9) puts four panes in one row, a portrait screen stacks them; type follows the screen's
 * height, so no text on a 4K wall is under 2.5% of it.
 */

/** A rectangle in CSS pixels, relative to the presentation root. */
export interface WallRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the layout is computed from. */
export interface WallInput {
  widthPx: number;
  heightPx: number;
  /** window.devicePixelRatio. */
  devicePixelRatio: number;
  /** Panes the scene shows (1, 2 or 4). */
  paneCount: number;
  /** Whether the scene shows a side panel (ranking, comparison, partnership). */
  side: boolean;
  /** Two panes one above the other (layout '2v'), where the screen allows. */
  stacked?: boolean;
}

/** Type sizes in CSS pixels. */
export interface WallType {
  /** The scene title. */
  titlePx: number;
  /** Pane titles, notes, the data stamp, legends: the smallest interface text. */
  bodyPx: number;
  /** Callout labels on the map. */
  calloutPx: number;
}

/** The computed layout. */
export interface WallLayout {
  shape: 'landscape' | 'band' | 'portrait';
  /** The strip at the top holding the scene title and note. */
  header: WallRect;
  /** The strip at the bottom holding the data stamp and the progress bar. */
  footer: WallRect;
  panes: WallRect[];
  side: WallRect | null;
  columns: number;
  rows: number;
  type: WallType;
  /** Device pixel ratio for the map canvases (capped on very large screens). */
  pixelRatio: number;
}

/** Aspect ratio from which a screen is a band (32:9 is 3.56; 21:9 ultrawide, 2.37, stays landscape). */
export const BAND_MIN_ASPECT = 2.6;
/** Aspect ratio under which a screen is portrait. */
export const PORTRAIT_MAX_ASPECT = 0.9;
/** Smallest interface text as a share of the screen height (2.5% asked; a little more, for rounding). */
export const BODY_TYPE_SHARE = 0.026;
/** Scene title as a share of the screen height. */
export const TITLE_TYPE_SHARE = 0.045;
/** Most device pixels all map canvases together may hold: one 4K screen at ratio 1 (GPU memory, fill rate). */
export const MAX_CANVAS_DEVICE_PIXELS = 3840 * 2160;
/** Lowest pixel ratio the cap may go to (below it lines and text get blurry). */
export const MIN_PIXEL_RATIO = 0.5;

/** The smaller of the screen height and a landscape-equivalent height, so a portrait screen's type fits its width. */
function typeBasePx(widthPx: number, heightPx: number): number {
  return Math.min(heightPx, widthPx * 0.9);
}

/** Splits a rectangle into a grid of `columns × rows` cells with a gap. */
function grid(area: WallRect, columns: number, rows: number, count: number, gapPx: number): WallRect[] {
  const w = (area.width - gapPx * (columns - 1)) / columns;
  const h = (area.height - gapPx * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({
    x: Math.floor(area.x + (i % columns) * (w + gapPx)),
    y: Math.floor(area.y + Math.floor(i / columns) * (h + gapPx)),
    width: Math.floor(w),
    height: Math.floor(h),
  }));
}

/** Computes the wall layout. */
export function computeWallLayout(input: WallInput): WallLayout {
  const width = Math.max(1, input.widthPx);
  const height = Math.max(1, input.heightPx);
  const aspect = width / height;
  const shape: WallLayout['shape'] = aspect >= BAND_MIN_ASPECT ? 'band' : aspect <= PORTRAIT_MAX_ASPECT ? 'portrait' : 'landscape';
  const base = typeBasePx(width, height);
  const bodyPx = Math.max(14, Math.ceil(base * BODY_TYPE_SHARE));
  const titlePx = Math.max(20, Math.ceil(base * TITLE_TYPE_SHARE));
  const calloutPx = Math.max(14, Math.ceil(base * 0.03));
  // Header: the title line and the note line under it; footer: one line of the stamp plus the progress bar.
  const headerH = Math.ceil(titlePx * 1.3 + bodyPx * 1.5);
  const footerH = Math.ceil(bodyPx * 1.8);
  const header = { x: 0, y: 0, width, height: headerH };
  const footer = { x: 0, y: height - footerH, width, height: footerH };
  const body: WallRect = { x: 0, y: headerH, width, height: Math.max(1, height - headerH - footerH) };
  const gap = Math.max(2, Math.round(base * 0.004));

  let mapArea = body;
  let side: WallRect | null = null;
  if (input.side) {
    if (shape === 'portrait') {
      const sideH = Math.round(body.height * 0.36);
      mapArea = { ...body, height: body.height - sideH - gap };
      side = { x: 0, y: body.y + mapArea.height + gap, width, height: sideH };
    } else {
      const sideW = Math.round(width * (shape === 'band' ? 0.24 : 0.32));
      mapArea = { ...body, width: width - sideW - gap };
      side = { x: mapArea.width + gap, y: body.y, width: sideW, height: body.height };
    }
  }
  const count = Math.max(1, Math.min(4, Math.trunc(input.paneCount)));
  const mapAspect = mapArea.width / mapArea.height;
  let columns: number;
  let rows: number;
  if (count === 1) [columns, rows] = [1, 1];
  else if (count === 2) [columns, rows] = input.stacked && mapAspect < 2.2 ? [1, 2] : mapAspect < 1 ? [1, 2] : [2, 1];
  // Four panes: a row where the area is a band, a column where it is tall and narrow, else 2 × 2.
  else if (mapAspect >= 2.4) [columns, rows] = [4, 1];
  else if (mapAspect <= 0.5) [columns, rows] = [1, 4];
  else [columns, rows] = [2, 2];
  const panes = grid(mapArea, columns, rows, count, gap);

  const cssPixels = width * height;
  const ratioCap = Math.sqrt(MAX_CANVAS_DEVICE_PIXELS / cssPixels);
  const pixelRatio = Math.max(MIN_PIXEL_RATIO, Math.min(input.devicePixelRatio || 1, ratioCap));
  return { shape, header, footer, panes, side, columns, rows, type: { titlePx, bodyPx, calloutPx }, pixelRatio };
}
