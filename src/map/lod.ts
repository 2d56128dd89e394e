/** Level of detail: which boundary resolution and which label levels a zoom shows. */
import { placementZoom } from '../lib/label-placement';

/** Zoom from which the detailed ('hi') boundaries are used once loaded. */
export const HI_RES_MIN_ZOOM = 5.5;
/** Zoom from which prefecture names are shown. */
export const PREFECTURE_LABEL_MIN_ZOOM = 5.2;
/** Zoom from which county names are shown. */
export const COUNTY_LABEL_MIN_ZOOM = 7;

/** A coarse zoom bucket: layers are rebuilt only when it changes, not on every zoom step. */
export interface ZoomBucket {
  hiRes: boolean;
  prefectureLabels: boolean;
  countyLabels: boolean;
}

/** Buckets a zoom level. */
export function zoomBucket(zoom: number): ZoomBucket {
  return {
    hiRes: zoom >= HI_RES_MIN_ZOOM,
    prefectureLabels: zoom >= PREFECTURE_LABEL_MIN_ZOOM,
    countyLabels: zoom >= COUNTY_LABEL_MIN_ZOOM,
  };
}

/** A pane's zoom bucket plus the finer label levels it has shown at least once (their layers then stay). */
export interface PaneZoomState extends ZoomBucket {
  prefectureLabelsSeen: boolean;
  countyLabelsSeen: boolean;
  /** The quarter-zoom step labels are placed for (src/lib/label-placement.ts): placements change only at a step. */
  labelZoom: number;
}

/** Advances a pane's zoom state; returns `prev` itself when nothing a layer depends on changed. */
export function nextZoomState(prev: PaneZoomState | null, zoom: number): PaneZoomState {
  const b = zoomBucket(zoom);
  const next: PaneZoomState = {
    ...b,
    prefectureLabelsSeen: (prev?.prefectureLabelsSeen ?? false) || b.prefectureLabels,
    countyLabelsSeen: (prev?.countyLabelsSeen ?? false) || b.countyLabels,
    labelZoom: placementZoom(zoom),
  };
  const same =
    prev !== null &&
    (Object.keys(next) as (keyof PaneZoomState)[]).every((key) => next[key] === prev[key]);
  return same ? prev : next;
}

/** Label size that follows the container instead of fixed pixels (walls are big, laptops small). */
export function labelSizePx(containerWidthPx: number, containerHeightPx: number, level: 'province' | 'prefecture' | 'county'): number {
  const base = Math.max(MIN_LABEL_PX, Math.min(44, Math.min(containerWidthPx, containerHeightPx * 1.6) / 75));
  // Finer levels are a little smaller, but never below the readable minimum (a quarter pane on a laptop).
  return Math.max(MIN_LABEL_PX, level === 'province' ? base : level === 'prefecture' ? base * 0.9 : base * 0.85);
}

/** The smallest label text, in CSS pixels: 12 px Chinese still reads; 10 px does not. */
export const MIN_LABEL_PX = 12;
