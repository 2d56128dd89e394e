/**
 * Where a pointer tooltip goes inside its pane: below-right of the pointer, flipped to the other side of it when
 * the box would leave the pane, and never past the pane's edges (a wall's corners included).
 */

/** Gap between the pointer and the box, in pixels. */
export const TOOLTIP_OFFSET_PX = 14;

/** Top-left corner of the box in pane pixels. */
export interface TooltipCorner {
  left: number;
  top: number;
}

/**
 * The box's corner for a pointer at (x, y) in a pane of paneW × paneH, for a box of boxW × boxH (all pixels).
 * A box larger than the pane keeps its corner at 0 so its start (the title) stays readable.
 */
export function placeTooltip(x: number, y: number, boxW: number, boxH: number, paneW: number, paneH: number, offset = TOOLTIP_OFFSET_PX): TooltipCorner {
  return { left: axis(x, boxW, paneW, offset), top: axis(y, boxH, paneH, offset) };
}

function axis(at: number, size: number, room: number, offset: number): number {
  const after = at + offset;
  if (after + size <= room) return after;
  const before = at - offset - size;
  if (before >= 0) return before;
  return Math.max(0, Math.min(after, room - size));
}
