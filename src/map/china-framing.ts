/**
 * Framing China in a pane (pure maths, no maplibre): the camera padding left by the panels and controls drawn over
 * the map, the Web-Mercator camera that fits a box inside the uncovered part, and the camera bounds (maplibre's
 * maxBounds) wide enough that this fit is never clamped, whatever the pane's aspect (16:9, 32:9, a tall pane).
 */

/** [[west, south], [east, north]] in degrees. */
export type LngLatBox = [[number, number], [number, number]];

/** Pixels kept free on each side of the map (maplibre's PaddingOptions). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in pixels (as DOMRect: x, y of the top-left corner). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A pane's size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** A camera: centre and zoom. */
export interface FitCamera {
  lng: number;
  lat: number;
  zoom: number;
}

/** maplibre's tile size: at zoom z the world is 512·2^z pixels wide. */
const WORLD_PX = 512;
/** Web Mercator's latitude limit. */
const MAX_LAT = 85.051129;
/** Free margin around the framed box, in pixels, on top of any cover. */
export const FIT_MARGIN_PX = 12;
/** Covers may take at most this share of each dimension (a pane full of panels still shows a map). */
const MAX_COVER_SHARE = 0.6;

/** Longitude to Mercator x in [0, 1]. */
export function mercatorX(lng: number): number {
  return (lng + 180) / 360;
}

/** Latitude to Mercator y in [0, 1] (0 = north). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const r = (clamped * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + r / 2)) / Math.PI) / 2;
}

/** Mercator x in [0, 1] to longitude. */
export function lngOfX(x: number): number {
  return x * 360 - 180;
}

/** Mercator y in [0, 1] to latitude. */
export function latOfY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** A cover clipped to the pane: what it would cost on each edge, in pixels from that edge. */
type CoverCost = Record<keyof Padding, number>;

/** Covers above this many are charged greedily (the joint choice tries 4^n assignments). */
const MAX_JOINT_COVERS = 8;
const SIDES: (keyof Padding)[] = ['top', 'bottom', 'left', 'right'];

/** Each cover's cost on each edge of the pane (pane-relative); covers outside the pane are dropped. */
function coverCosts(pane: Rect, covers: Rect[]): CoverCost[] {
  const { width: w, height: h } = pane;
  const costs: CoverCost[] = [];
  for (const c of covers) {
    const x0 = Math.max(0, c.x - pane.x);
    const y0 = Math.max(0, c.y - pane.y);
    const x1 = Math.min(w, c.x + c.width - pane.x);
    const y1 = Math.min(h, c.y + c.height - pane.y);
    if (x1 <= x0 || y1 <= y0) continue;
    costs.push({ top: y1, bottom: h - y0, left: x1, right: w - x0 });
  }
  return costs;
}

/** Raw cover padding to the final one: covers take at most 60 % of a dimension, and every side keeps the margin. */
function withLimitsAndMargin(raw: Padding, w: number, h: number, margin: number): Padding {
  const pad = { ...raw };
  const fit = (a: keyof Padding, b: keyof Padding, size: number): void => {
    const limit = size * MAX_COVER_SHARE;
    const total = pad[a] + pad[b];
    if (total > limit) {
      pad[a] *= limit / total;
      pad[b] *= limit / total;
    }
    pad[a] += margin;
    pad[b] += margin;
  };
  fit('top', 'bottom', h);
  fit('left', 'right', w);
  return pad;
}

/**
 * The padding that keeps the map clear of covers (toolbars, legends, controls, the inset), each given as a rect in
 * the same coordinates as the pane; covers outside the pane count for nothing. Every side keeps `margin` (FIT_MARGIN_PX
 * unless the pane asks for more: a wall's margin grows with its type, so a label at China's edge is not cut), and
 * covers never take more than 60 % of a dimension.
 *
 * Without `box` each cover is charged to the one pane edge where it costs the least share of the pane (a tall
 * legend on the left takes width, a wide toolbar on top takes height). With `box` (what will be fitted) the edges are
 * chosen for all covers together so that the box fits at the largest zoom: a small control next to a tall column is
 * charged to the column's edge for free, and the inset in a corner goes to whichever edge the box's shape can spare.
 *
 * `centring` (zoom levels, 0 = off) trades zoom for a centred map: of the choices within `centring` of the largest
 * zoom, the one whose free part is most nearly centred in the pane wins. On a 32:9 band a wide legend strip charged
 * to the left edge costs no zoom at all (the band has width to spare) but pushes China far right; charged to the
 * bottom it costs ≈ 0.1 zoom and China stands in the middle. Only for panes whose covers do not change with the zoom
 * (a wall's: the scale bar is not a cover there): a cover that grows as the map zooms could flip the choice back and
 * forth.
 */
export function paddingForCovers(pane: Rect, covers: Rect[], box?: LngLatBox, margin = FIT_MARGIN_PX, centring = 0): Padding {
  const { width: w, height: h } = pane;
  if (w <= 0 || h <= 0) return { top: margin, right: margin, bottom: margin, left: margin };
  const costs = coverCosts(pane, covers);
  const greedy: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const c of costs) {
    const side = [...SIDES].sort((a, b) => c[a] / (a === 'top' || a === 'bottom' ? h : w) - c[b] / (b === 'top' || b === 'bottom' ? h : w))[0]!;
    greedy[side] = Math.max(greedy[side], c[side]);
  }
  if (!box || costs.length === 0 || costs.length > MAX_JOINT_COVERS) return withLimitsAndMargin(greedy, w, h, margin);
  const size = { width: w, height: h };
  // A choice that needs the 60 % cap does not really keep the map clear (the cap shrinks the padding and the cover
  // then hides part of the map): it only wins when every choice needs the cap. Without this, charging a wide legend
  // strip to a side edge looked like the largest fit, and the strip hid the south of China on a 4K wall.
  const capped = (pad: Padding): boolean => pad.top + pad.bottom > h * MAX_COVER_SHARE || pad.left + pad.right > w * MAX_COVER_SHARE;
  let best = withLimitsAndMargin(greedy, w, h, margin);
  let bestCapped = capped(greedy);
  let bestZoom = fitCamera(box, size, best).zoom;
  let bestArea = (w - best.left - best.right) * (h - best.top - best.bottom);
  // Every uncapped choice, for the centring pass below.
  const choices: { pad: Padding; zoom: number }[] = [];
  const raw: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const visit = (i: number): void => {
    if (i === costs.length) {
      const pad = withLimitsAndMargin(raw, w, h, margin);
      const isCapped = capped(raw);
      const zoom = fitCamera(box, size, pad).zoom;
      const area = (w - pad.left - pad.right) * (h - pad.top - pad.bottom);
      if (centring > 0 && !isCapped) choices.push({ pad, zoom });
      // Uncapped first; then the largest zoom wins; at the same zoom the larger free area (room around the box) does.
      const better =
        isCapped !== bestCapped ? !isCapped : zoom > bestZoom + 1e-9 || (Math.abs(zoom - bestZoom) <= 1e-9 && area > bestArea);
      if (better) {
        best = pad;
        bestCapped = isCapped;
        bestZoom = zoom;
        bestArea = area;
      }
      return;
    }
    const cost = costs[i]!;
    for (const side of SIDES) {
      const before = raw[side];
      raw[side] = Math.max(before, cost[side]);
      visit(i + 1);
      raw[side] = before;
    }
  };
  visit(0);
  if (centring <= 0 || bestCapped) return best;
  // How far the free part's centre sits from the pane's, as shares of the pane (0 = centred).
  const offCentre = (p: Padding): number => Math.abs(p.left - p.right) / w + Math.abs(p.top - p.bottom) / h;
  let centred = best;
  let centredOff = offCentre(best);
  let centredZoom = bestZoom;
  for (const c of choices) {
    if (c.zoom < bestZoom - centring - 1e-9) continue;
    const off = offCentre(c.pad);
    // Clearly more centred wins (a hundredth of the pane, so rounding never decides); else the larger zoom.
    if (off < centredOff - 0.01 || (Math.abs(off - centredOff) <= 0.01 && c.zoom > centredZoom + 1e-9)) {
      centred = c.pad;
      centredOff = off;
      centredZoom = c.zoom;
    }
  }
  return centred;
}

/**
 * The minimum zoom a pane allows once China is fitted at `fitZoom`: the usual `floor`, or lower when the free area
 * is so small that the fit lies below it (clamping the fit to the floor would cut off the south or the west), with
 * room to zoom out a little further.
 */
export function minZoomForFit(fitZoom: number, floor: number): number {
  return Number.isFinite(fitZoom) ? Math.max(0, Math.min(floor, fitZoom - 0.25)) : floor;
}

/**
 * The camera that fits `box` inside the part of a `size` pane left free by `padding` (as maplibre's fitBounds with
 * padding, but without persisting the padding): the largest zoom at which the box fits, centred in the free part.
 */
export function fitCamera(box: LngLatBox, size: Size, padding: Padding): FitCamera {
  const [[w, s], [e, n]] = box;
  const x0 = mercatorX(w);
  const x1 = mercatorX(e);
  const y0 = mercatorY(n);
  const y1 = mercatorY(s);
  const freeW = Math.max(1, size.width - padding.left - padding.right);
  const freeH = Math.max(1, size.height - padding.top - padding.bottom);
  const scale = Math.min(freeW / ((x1 - x0) * WORLD_PX), freeH / ((y1 - y0) * WORLD_PX));
  const zoom = Math.log2(scale);
  const worldPx = WORLD_PX * scale;
  // The free part's centre sits (left - right) / 2 px right of the pane's centre: shift the camera centre back.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / worldPx;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / worldPx;
  return { lng: lngOfX(cx), lat: latOfY(cy), zoom };
}

/** The lng/lat box a camera shows in a `size` pane. */
export function visibleBox(camera: FitCamera, size: Size): LngLatBox {
  const worldPx = WORLD_PX * 2 ** camera.zoom;
  const cx = mercatorX(camera.lng);
  const cy = mercatorY(camera.lat);
  const hw = size.width / 2 / worldPx;
  const hh = size.height / 2 / worldPx;
  return [
    [lngOfX(cx - hw), latOfY(cy + hh)],
    [lngOfX(cx + hw), latOfY(cy - hh)],
  ];
}

/**
 * Camera bounds for a pane: `base` (China with a margin) grown to hold the whole view of the fitted `box`, plus a
 * 10 % slack, so maplibre never zooms in past the fit to keep the view inside its maxBounds (it does when the
 * view is wider or taller than the bounds, as a 32:9 pane was for a fixed 100° of longitude), nor pans away from
 * it. Latitude is clamped to Web Mercator's; longitude may pass ±180° (at most 360° wide).
 */
export function cameraBoundsFor(base: LngLatBox, box: LngLatBox, size: Size, padding: Padding): LngLatBox {
  const camera = fitCamera(box, size, padding);
  const worldPx = WORLD_PX * 2 ** camera.zoom;
  const cx = mercatorX(camera.lng);
  const cy = mercatorY(camera.lat);
  const hw = (size.width / 2 / worldPx) * 1.1;
  const hh = (size.height / 2 / worldPx) * 1.1;
  // A very wide pane (a 32:9 band) shows more longitude than lies between China and the antimeridian. The bounds
  // then reach past 180° (maplibre's constraint wraps a range that does; with no world copies the Pacific beyond is
  // plain background), so the camera stays on the fit's centre: cut at ±180° they held the camera ≈ 40° west of
  // it, China sat far right of the band, and every re-fit tried to centre it again and was clamped back.
  let west = Math.min(base[0][0], lngOfX(cx - hw));
  let east = Math.max(base[1][0], lngOfX(cx + hw));
  if (east - west >= 360) {
    // Wider than the world: nothing can hold the view; the whole world, and maplibre zooms in to it.
    west = -180;
    east = 180;
  }
  const south = Math.max(-MAX_LAT, Math.min(base[0][1], latOfY(cy + hh)));
  const north = Math.min(MAX_LAT, Math.max(base[1][1], latOfY(cy - hh)));
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * `bounds` grown (when needed) to hold `view` with a 10 % slack (latitude clamped to Web Mercator's): a linked pane shown the lead
 * pane's camera must not clamp it (maplibre zooms in to keep a view inside its maxBounds). Unchanged (the same
 * object) when it already holds the view.
 */
export function boundsHolding(bounds: LngLatBox, view: LngLatBox): LngLatBox {
  const [[w, s], [e, n]] = view;
  if (w >= bounds[0][0] && s >= bounds[0][1] && e <= bounds[1][0] && n <= bounds[1][1]) return bounds;
  const dx = (e - w) * 0.05;
  const dy = (n - s) * 0.05;
  // Longitude may pass ±180° as cameraBoundsFor's does (a band's view), up to the whole world.
  let west = Math.min(bounds[0][0], w - dx);
  let east = Math.max(bounds[1][0], e + dx);
  if (east - west >= 360) [west, east] = [-180, 180];
  return [
    [west, Math.max(-MAX_LAT, Math.min(bounds[0][1], s - dy))],
    [east, Math.min(MAX_LAT, Math.max(bounds[1][1], n + dy))],
  ];
}

/** China's extent, fitted when a pane opens on the default national view. */
export const CHINA_BOUNDS: LngLatBox = [
  [73.5, 17.5],
  [135.1, 53.6],
];

/** The least the camera may show: China with a margin (grown per pane by cameraBoundsFor). */
export const CHINA_CAMERA_BOUNDS: LngLatBox = [
  [55, -5],
  [155, 62],
];
