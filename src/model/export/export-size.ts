/**
 * Output sizes of a map image export: the wall-resolution width presets, the aspects offered, and the check of a
 * custom width. Pure, so the dialog and the renderer agree on one rounded size.
 */

/** Width presets in output pixels: full HD, 4K and 8K walls. */
export const WIDTH_PRESETS_PX = [1920, 3840, 7680] as const;

/** Smallest and largest width accepted (the largest keeps every pane within common WebGL canvas limits). */
export const MIN_WIDTH_PX = 640;
export const MAX_WIDTH_PX = 8192;
/** Largest height accepted (one pane is at most this tall). */
export const MAX_HEIGHT_PX = 8192;

/** Aspects offered: the screen's own (the current map area), the common screen and wall shapes, A4 landscape. */
export const ASPECTS = ['view', '16:9', '32:9', '4:3', 'a4'] as const;

/** One aspect choice. */
export type ExportAspect = (typeof ASPECTS)[number];

/** Width over height of an aspect; `viewRatio` is the current map area's (used for 'view'). */
export function aspectRatio(aspect: ExportAspect, viewRatio: number): number {
  switch (aspect) {
    case '16:9':
      return 16 / 9;
    case '32:9':
      return 32 / 9;
    case '4:3':
      return 4 / 3;
    case 'a4':
      return Math.SQRT2;
    case 'view':
      return Number.isFinite(viewRatio) && viewRatio > 0 ? Math.min(8, Math.max(0.25, viewRatio)) : 16 / 9;
  }
}

/** An output size in whole pixels. */
export interface ExportSize {
  widthPx: number;
  heightPx: number;
}

/** The output size for a width and an aspect, the height capped (the width shrinks with it to keep the aspect). */
export function exportSize(widthPx: number, ratio: number): ExportSize {
  let width = Math.round(widthPx);
  let height = Math.round(width / ratio);
  if (height > MAX_HEIGHT_PX) {
    height = MAX_HEIGHT_PX;
    width = Math.round(height * ratio);
  }
  return { widthPx: width, heightPx: Math.max(1, height) };
}

/** A custom width typed by the user: the number, or why it is refused. */
export type WidthCheck = { ok: true; widthPx: number } | { ok: false; reason: 'not_a_number' | 'too_small' | 'too_large' };

/** Checks a custom width ("2560", " 5120 px"). */
export function parseCustomWidth(text: string): WidthCheck {
  const m = /^\s*(\d{1,6})\s*(px)?\s*$/i.exec(text);
  if (!m) return { ok: false, reason: 'not_a_number' };
  const width = Number(m[1]);
  if (width < MIN_WIDTH_PX) return { ok: false, reason: 'too_small' };
  if (width > MAX_WIDTH_PX) return { ok: false, reason: 'too_large' };
  return { ok: true, widthPx: width };
}
