/**
 * How partnership arcs look: a fixed colour per eastern province and a square-root width scale, kept pure so
 * the layer factory only wires them into accessors.
 */
import type { RGBA } from '../indicators/color-scheme';

/** An RGBA colour with 0–255 channels, as deck.gl takes it. */
export type Rgba = RGBA;

/**
 * Paul Tol's "muted" qualitative scheme (9 colours, distinguishable with the common colour-vision deficiencies),
 * one per eastern partner province, fixed so a province keeps its colour across structures, panes and briefings.
 */
export const EAST_PROVINCE_COLORS: Readonly<Record<string, Rgba>> = {
  '110000': [204, 102, 119, 255], // 北京 rose
  '120000': [17, 119, 51, 255], // 天津 green
  '210000': [136, 204, 238, 255], // 辽宁 cyan
  '310000': [51, 34, 136, 255], // 上海 indigo
  '320000': [221, 204, 119, 255], // 江苏 sand
  '330000': [170, 68, 153, 255], // 浙江 purple
  '350000': [68, 170, 153, 255], // 福建 teal
  '370000': [136, 34, 85, 255], // 山东 wine
  '440000': [153, 153, 51, 255], // 广东 olive
};

/** Colour for an eastern province not in the palette (an imported pairing, say). */
export const UNKNOWN_EAST_COLOR: Rgba = [119, 119, 119, 255];

/** Alpha of the target end when the direction gradient is on: the arc fades towards where the flow arrives. */
export const GRADIENT_TARGET_ALPHA = 70;

/** Alpha of arcs outside the highlighted eastern province, so the highlighted ones stand out. */
export const DIMMED_ALPHA = 28;

/** The fixed colour of an eastern province (by its adcode). */
export function eastProvinceColor(provinceAdcode: string): Rgba {
  return EAST_PROVINCE_COLORS[provinceAdcode] ?? UNKNOWN_EAST_COLOR;
}

/** Source and target colours of an arc, given the highlight and whether the direction gradient is shown. */
export function arcEndColors(
  eastProvince: string,
  highlightEastProvince: string | null,
  gradient: boolean,
): { source: Rgba; target: Rgba } {
  return arcColors(eastProvince, highlightEastProvince !== null && highlightEastProvince !== eastProvince, gradient);
}

/** Source and target colours of an arc of an eastern province, dimmed or not, with or without the gradient. */
export function arcColors(eastProvince: string, dimmed: boolean, gradient: boolean): { source: Rgba; target: Rgba } {
  const [r, g, b] = eastProvinceColor(eastProvince);
  const alpha = dimmed ? DIMMED_ALPHA : 255;
  const targetAlpha = gradient ? Math.round((alpha * GRADIENT_TARGET_ALPHA) / 255) : alpha;
  return { source: [r, g, b, alpha], target: [r, g, b, targetAlpha] };
}

/** Width range of arcs in pixels (before any wall scale factor). */
export interface ArcWidthRangePx {
  minPx: number;
  maxPx: number;
}

/** Default width range: thin enough for thousands of county arcs, wide enough to read a province pair. */
export const DEFAULT_ARC_WIDTH_PX: ArcWidthRangePx = { minPx: 0.75, maxPx: 14 };

/**
 * Arc width by a square-root scale (so area-like perception tracks the value): minPx for missing, zero or negative
 * values (the pairing still exists), maxPx at maxValue and above.
 */
export function arcWidthPx(value: number | null, maxValue: number, range: ArcWidthRangePx = DEFAULT_ARC_WIDTH_PX): number {
  if (value === null || !(value > 0) || !(maxValue > 0)) return range.minPx;
  const t = Math.sqrt(Math.min(value / maxValue, 1));
  return range.minPx + (range.maxPx - range.minPx) * t;
}
