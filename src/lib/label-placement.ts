/**
 * Label placement without overlaps, on the CPU and independent of the viewport: at one zoom, every label's box is
 * measured in Web Mercator pixels and tried at its point, then beside it (right, left, above, below); the first
 * spot that overlaps no label already placed wins (one box further when a bigger neighbour is in the way), else
 * the label waits for a closer zoom. Groups are placed in
 * order (provinces before prefectures), labels within a group in the order given (the caller's priority).
 * Viewport-independent so panning never moves a label; distances only grow when zooming in, so a placement made at
 * a zoom holds for every zoom above it until the next (quarter-zoom) step.
 */

/** What the placement needs of a label. */
export interface PlaceableLabel {
  text: string;
  /** [longitude, latitude] in degrees. */
  point: readonly [number, number];
}

/** A label the placement kept, with the offset (pixels, y down) of its centre from its point. */
export interface PlacedLabel<L extends PlaceableLabel = PlaceableLabel> {
  label: L;
  offsetPx: [number, number];
}

/** One group of labels drawn at one text size. */
export interface LabelGroup<L extends PlaceableLabel = PlaceableLabel> {
  labels: readonly L[];
  sizePx: number;
}

/** Web Mercator world width in pixels at zoom 0 (maplibre's 512-pixel tiles). */
const WORLD_PX = 512;
/** Free space kept around each box, in pixels. */
export const LABEL_PADDING_PX = 2;
/** Width of a CJK character and of a Latin character, as a share of the text size. */
const CJK_EM = 1;
const LATIN_EM = 0.58;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The box of a text at a size: widest line × number of lines, in pixels (an estimate from character classes). */
export function textBoxPx(text: string, sizePx: number): { widthPx: number; heightPx: number } {
  const lines = text.split('\n');
  let widest = 0;
  for (const line of lines) {
    let em = 0;
    for (const ch of line) em += CJK.test(ch) ? CJK_EM : LATIN_EM;
    widest = Math.max(widest, em);
  }
  return { widthPx: widest * sizePx, heightPx: lines.length * sizePx };
}

/** A point in Web Mercator pixels at a zoom (y down). */
export function mercatorPx(point: readonly [number, number], zoom: number): [number, number] {
  const scale = WORLD_PX * 2 ** zoom;
  const lat = Math.max(-85, Math.min(85, point[1]));
  const sin = Math.sin((lat * Math.PI) / 180);
  const x = ((point[0] + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Spots tried around a point, as multiples of (half box width + padding, half box height + padding). */
const SPOTS: readonly [number, number][] = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  // A neighbour of a bigger size, or one beside the point: one box further, vertically first (boxes are wide).
  [0, 2],
  [0, -2],
  [2, 0],
  [-2, 0],
  [1, 2],
  [-1, 2],
  [1, -2],
  [-1, -2],
];

/** A uniform grid of placed boxes, so each test looks at the few boxes nearby. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cellPx: number) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x0 / this.cellPx); i <= Math.floor(b.x1 / this.cellPx); i += 1) {
      for (let j = Math.floor(b.y0 / this.cellPx); j <= Math.floor(b.y1 / this.cellPx); j += 1) out.push(`${i}:${j}`);
    }
    return out;
  }

  overlaps(b: Box): boolean {
    for (const key of this.keys(b)) {
      for (const o of this.cells.get(key) ?? []) if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return true;
    }
    return false;
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    }
  }
}

/** Places the groups at a zoom; returns, per group, the labels kept with their offsets. */
export function placeLabels<L extends PlaceableLabel>(groups: readonly LabelGroup<L>[], zoom: number): PlacedLabel<L>[][] {
  const biggest = Math.max(16, ...groups.map((g) => g.sizePx));
  const grid = new BoxGrid(biggest * 4);
  return groups.map((group) => {
    const placed: PlacedLabel<L>[] = [];
    for (const label of group.labels) {
      const [x, y] = mercatorPx(label.point, zoom);
      const { widthPx, heightPx } = textBoxPx(label.text, group.sizePx);
      const halfW = widthPx / 2 + LABEL_PADDING_PX;
      const halfH = heightPx / 2 + LABEL_PADDING_PX;
      for (const [sx, sy] of SPOTS) {
        const dx = sx * (halfW + LABEL_PADDING_PX);
        const dy = sy * (halfH + LABEL_PADDING_PX);
        const box = { x0: x + dx - halfW, y0: y + dy - halfH, x1: x + dx + halfW, y1: y + dy + halfH };
        if (grid.overlaps(box)) continue;
        grid.add(box);
        placed.push({ label, offsetPx: [dx, dy] });
        break;
      }
    }
    return placed;
  });
}

/** The zoom step a placement is made for: placements are reused within a quarter zoom level. */
export function placementZoom(zoom: number): number {
  return Math.floor(zoom * 4) / 4;
}
