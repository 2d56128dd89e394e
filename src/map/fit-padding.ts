/**
 * The padding of a "fit this box" camera move (zoom to a province, a county pair's two ends): the part of the pane
 * that panels cover plus a margin, so what is fitted lands where it can be seen; a plain margin when the covers
 * would leave too little map.
 */
import type { Padding } from './china-framing';

/** Smallest share of the pane's width and height a fit keeps free of padding. */
export const MIN_FIT_AREA_SHARE = 0.35;

/** The padding for a fit in a pane of `size`, given the covered edges (`cover`, as paddingForCovers gives them). */
export function fitPadding(cover: Padding, size: { width: number; height: number }, marginPx = 40): Padding {
  const padded = { top: cover.top + marginPx, right: cover.right + marginPx, bottom: cover.bottom + marginPx, left: cover.left + marginPx };
  const freeW = size.width - padded.left - padded.right;
  const freeH = size.height - padded.top - padded.bottom;
  if (freeW < size.width * MIN_FIT_AREA_SHARE || freeH < size.height * MIN_FIT_AREA_SHARE) {
    return { top: marginPx, right: marginPx, bottom: marginPx, left: marginPx };
  }
  return padded;
}
