/**
 * Where everything of an exported map image goes, in output pixels: a header band (title, export date, the
 * 示例数据 stamp), the map frames (one per pane, or one shared by the two halves of swipe), and inside each frame the
 * pane captions, the legends, the north arrow, the scale bar and the South China Sea inset, then a footer band
 * (sources and vintage, the 非标准地图 mark). Sizes follow the output: a 3840-px image is laid out like a 1920-px one
 * at twice the scale, so text and marks keep their proportion on a wall. Pure; the renderer only draws these rects.
 */
import type { PaneLayout } from '../view/view-state';

/** A rectangle in output pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the layout needs to know of each pane's legend. */
export interface LegendContent {
  /** Class rows including the no-data row; 0 = the pane has no legend (colour by province, or legend shared). */
  rows: number;
  /** Extra text lines (unit, official lines, shared classes). */
  lines: number;
}

/** Input of `layoutComposition`. */
export interface CompositionInput {
  widthPx: number;
  heightPx: number;
  layout: PaneLayout;
  /** Swipe: panes 0 and 1 share one frame, split at `position` (0..1). */
  swipe: { enabled: boolean; position: number };
  /** One entry per pane shown. */
  legends: readonly LegendContent[];
  inset: boolean;
  /** Source lines in the footer (one per dataset shown, plus the boundary line). */
  sourceLines: number;
  sample: boolean;
}

/** One pane inside a frame. */
export interface PaneBox {
  pane: number;
  /** The pane's map is drawn over the whole frame rect and clipped to `clip` (swipe halves). */
  frame: number;
  clip: Rect;
  caption: Rect;
  legend: Rect | null;
  /** Legend text and rows drawn at `scale * legendScale` (≤ 1 when a short pane cannot hold it at full size). */
  legendScale: number;
}

/** One map frame with its marks. */
export interface FrameBox {
  rect: Rect;
  northArrow: Rect;
  scaleBar: Rect;
  inset: Rect | null;
}

/** The whole composition. */
export interface CompositionLayout {
  widthPx: number;
  heightPx: number;
  /** Output pixels per design pixel (1 at 1920 × 1080). */
  scale: number;
  font: { titlePx: number; bodyPx: number; smallPx: number };
  header: Rect;
  title: Rect;
  date: Rect;
  sampleStamp: Rect | null;
  footer: Rect;
  sources: Rect;
  nonStandard: Rect;
  frames: FrameBox[];
  panes: PaneBox[];
}

/** The design size the scale refers to. */
const DESIGN_AREA_PX = 1920 * 1080;

const PAD = 10;
const GAP = 8;
const HEADER = 56;
const LINE = 17;
const CAPTION = 30;
const LEGEND_WIDTH = 250;
const LEGEND_HEADER = 30;
const LEGEND_ROW = 19;
const LEGEND_LINE = 16;
const NORTH_W = 28;
const NORTH_H = 42;
const SCALE_W = 130;
const SCALE_H = 26;
const STAMP_W = 210;
const STAMP_H = 32;
const DATE_W = 260;
const NON_STANDARD_W = 300;

/** Grid (columns × rows) of the frames of a layout. */
export function frameGrid(layout: PaneLayout, swipe: boolean): { cols: number; rows: number } {
  if (swipe) return { cols: 1, rows: 1 };
  switch (layout) {
    case '1':
      return { cols: 1, rows: 1 };
    case '2h':
      return { cols: 2, rows: 1 };
    case '2v':
      return { cols: 1, rows: 2 };
    case '4':
      return { cols: 2, rows: 2 };
    case '4r':
      return { cols: 4, rows: 1 };
  }
}

/** The scale of an output size: by area, so wide walls (32:9) and tall pages scale alike; never under 0.5. */
export function compositionScale(widthPx: number, heightPx: number): number {
  return Math.max(0.5, Math.sqrt((widthPx * heightPx) / DESIGN_AREA_PX));
}

/** Design height of a legend with this content. */
export function legendDesignHeight(content: LegendContent): number {
  return content.rows <= 0 ? 0 : PAD + LEGEND_HEADER + content.lines * LEGEND_LINE + content.rows * LEGEND_ROW + PAD;
}

function frameRects(area: Rect, cols: number, rows: number, gap: number): Rect[] {
  const w = (area.width - gap * (cols - 1)) / cols;
  const h = (area.height - gap * (rows - 1)) / rows;
  const out: Rect[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push({ x: area.x + c * (w + gap), y: area.y + r * (h + gap), width: w, height: h });
  return out;
}

function frameMarks(rect: Rect, s: number, inset: boolean): FrameBox {
  const pad = PAD * s;
  const short = Math.min(rect.width, rect.height);
  // The inset keeps the proportions of the on-screen one (72 × 100 plus a caption line).
  const insetW = Math.max(48 * s, Math.min(140 * s, short * 0.16));
  const insetH = (insetW * 100) / 72 + LINE * s;
  const insetRect = inset ? { x: rect.x + rect.width - pad - insetW, y: rect.y + rect.height - pad - insetH, width: insetW, height: insetH } : null;
  const scaleRight = insetRect ? insetRect.x - pad : rect.x + rect.width - pad;
  return {
    rect,
    northArrow: { x: rect.x + rect.width - pad - NORTH_W * s, y: rect.y + pad, width: NORTH_W * s, height: NORTH_H * s },
    scaleBar: { x: scaleRight - SCALE_W * s, y: rect.y + rect.height - pad - SCALE_H * s, width: SCALE_W * s, height: SCALE_H * s },
    inset: insetRect,
  };
}

function overlapsX(a: Rect, x0: number, x1: number): boolean {
  return a.x < x1 && a.x + a.width > x0;
}

function placePane(pane: number, frameIndex: number, frame: FrameBox, clip: Rect, content: LegendContent, s: number): PaneBox {
  const pad = PAD * s;
  const left = clip.x + pad;
  const right = clip.x + clip.width - pad;
  // The caption stops short of the north arrow when the arrow sits in this pane's part of the frame.
  const captionRight = overlapsX(frame.northArrow, left, right) ? Math.min(right, frame.northArrow.x - pad) : right;
  const caption = { x: left, y: clip.y + pad, width: Math.max(0, Math.min(captionRight - left, 520 * s)), height: CAPTION * s };
  if (content.rows <= 0) return { pane, frame: frameIndex, clip, caption, legend: null, legendScale: 1 };

  // The legend sits bottom-left; the bottom-right marks (scale bar, inset) take the row's right end, or, when they
  // leave too little room beside them, the legend goes above them.
  const marks = [frame.scaleBar, ...(frame.inset ? [frame.inset] : [])].filter((m) => overlapsX(m, left, right));
  const marksLeft = marks.length ? Math.min(...marks.map((m) => m.x)) : right + pad;
  const marksTop = marks.length ? Math.min(...marks.map((m) => m.y)) : clip.y + clip.height;
  const besideWidth = marksLeft - pad - left;
  const beside = besideWidth >= 140 * s;
  const maxWidth = beside ? besideWidth : right - left;
  const bottom = beside ? clip.y + clip.height - pad : marksTop - pad;
  const top = caption.y + caption.height + pad;
  const fullW = LEGEND_WIDTH * s;
  const fullH = legendDesignHeight(content) * s;
  const fit = Math.min(1, maxWidth / fullW, Math.max(0, bottom - top) / fullH);
  const legendScale = Math.max(0, fit);
  const width = fullW * legendScale;
  const height = fullH * legendScale;
  const legend = legendScale > 0.2 ? { x: left, y: bottom - height, width, height } : null;
  return { pane, frame: frameIndex, clip, caption, legend, legendScale: legend ? legendScale : 0 };
}

/** Lays out an export. */
export function layoutComposition(input: CompositionInput): CompositionLayout {
  const { widthPx: W, heightPx: H } = input;
  const s = compositionScale(W, H);
  const pad = PAD * s;
  const header: Rect = { x: 0, y: 0, width: W, height: HEADER * s };
  const footerH = (Math.max(1, input.sourceLines) * LINE + 2 * PAD) * s;
  const footer: Rect = { x: 0, y: H - footerH, width: W, height: footerH };
  const stampW = STAMP_W * s;
  const sampleStamp = input.sample ? { x: W - pad - stampW, y: (header.height - STAMP_H * s) / 2, width: stampW, height: STAMP_H * s } : null;
  const dateRight = sampleStamp ? sampleStamp.x - pad : W - pad;
  const date: Rect = { x: dateRight - DATE_W * s, y: 0, width: DATE_W * s, height: header.height };
  const title: Rect = { x: pad, y: 0, width: Math.max(0, date.x - 2 * pad), height: header.height };
  const nonStandard: Rect = { x: W - pad - NON_STANDARD_W * s, y: footer.y, width: NON_STANDARD_W * s, height: footer.height };
  const sources: Rect = { x: pad, y: footer.y + PAD * s, width: Math.max(0, nonStandard.x - 2 * pad), height: footer.height - 2 * PAD * s };
  const area: Rect = { x: pad, y: header.height, width: W - 2 * pad, height: footer.y - header.height };

  const swipe = input.swipe.enabled && input.legends.length === 2;
  const { cols, rows } = frameGrid(input.layout, swipe);
  const rects = frameRects(area, cols, rows, GAP * s);
  const frames = rects.map((r) => frameMarks(r, s, input.inset));
  const none: LegendContent = { rows: 0, lines: 0 };
  const panes: PaneBox[] = [];
  if (swipe) {
    const f = frames[0]!;
    const at = f.rect.x + f.rect.width * Math.min(1, Math.max(0, input.swipe.position));
    panes.push(placePane(0, 0, f, { x: f.rect.x, y: f.rect.y, width: at - f.rect.x, height: f.rect.height }, input.legends[0] ?? none, s));
    panes.push(placePane(1, 0, f, { x: at, y: f.rect.y, width: f.rect.x + f.rect.width - at, height: f.rect.height }, input.legends[1] ?? none, s));
  } else {
    frames.forEach((f, i) => {
      if (i < input.legends.length) panes.push(placePane(i, i, f, f.rect, input.legends[i] ?? none, s));
    });
  }
  return {
    widthPx: W,
    heightPx: H,
    scale: s,
    font: { titlePx: 28 * s, bodyPx: 15 * s, smallPx: 12 * s },
    header,
    title,
    date,
    sampleStamp,
    footer,
    sources,
    nonStandard,
    frames: frames.slice(0, swipe ? 1 : input.legends.length),
    panes,
  };
}
