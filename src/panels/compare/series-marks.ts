/**
 * What tells chart series apart besides their hue: a name at the end of each line (dodged so names never overlap),
 * a dash pattern of its own for each reference median, and coincident scatter points spread apart so each stays
 * visible and hoverable.
 */
import { dodgeLabels } from './chart-frame';

/** Dash patterns of reference medians in font units: the national median first, then each province's. */
const REFERENCE_DASHES_EM: readonly (readonly number[])[] = [
  [0.45, 0.3], // national: dashes
  [0.12, 0.22], // first province: dots
  [0.6, 0.2, 0.12, 0.2], // second province: dash-dot
  [0.9, 0.25], // third: long dashes
  [0.12, 0.2, 0.12, 0.2, 0.5, 0.2], // fourth: dot-dot-dash
];

/** The SVG stroke-dasharray of the reference at `index` (0 = national), in pixels for a font size. */
export function referenceDash(index: number, fontPx: number): string {
  const pattern = REFERENCE_DASHES_EM[index % REFERENCE_DASHES_EM.length]!;
  return pattern.map((em) => Math.max(1, Math.round(em * fontPx * 10) / 10)).join(' ');
}

/** One line's end: where its last value is and what to write there. */
export interface LineEnd {
  id: string;
  text: string;
  /** y of the line's last defined point, in pixels; null for a line without data. */
  y: number | null;
}

/** A placed end label. */
export interface EndLabel {
  id: string;
  text: string;
  /** y of the label's middle after dodging. */
  y: number;
  /** y of the line's end it names (a leader joins them when they differ). */
  anchorY: number;
}

/** Places end labels beside their lines' last points, at least `gapPx` apart and within [top, bottom]. */
export function placeEndLabels(ends: readonly LineEnd[], gapPx: number, top: number, bottom: number): EndLabel[] {
  const shown = ends.filter((e): e is LineEnd & { y: number } => e.y !== null);
  const ys = dodgeLabels(shown.map((e) => e.y), gapPx, top, bottom);
  return shown.map((e, i) => ({ id: e.id, text: e.text, y: ys[i]!, anchorY: e.y }));
}

/**
 * The right margin (in em) that fits the longest end label: CJK characters are about 1 em wide, Latin about
 * 0.55 em; clamped to [1, maxEm] so labels never squeeze the plot to nothing (a longer name is cut with "…").
 */
export function endLabelMarginEm(texts: readonly string[], maxEm = 7.5): number {
  let widest = 0;
  for (const t of texts) {
    let em = 0;
    for (const ch of t) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55;
    widest = Math.max(widest, em);
  }
  return Math.min(maxEm, Math.max(1, widest + 0.8));
}

/** Cuts a label to about `maxEm` em, with "…" when cut. */
export function fitLabel(text: string, maxEm: number): string {
  let em = 0;
  let out = '';
  for (const ch of text) {
    const w = /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55;
    if (em + w > maxEm) return `${out}…`;
    em += w;
    out += ch;
  }
  return out;
}

/** A point in pixels. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Spreads points that sit closer than `minPx` to one another (counties with the same values, e.g. 0% incidence)
 * around a small circle about their centre, in input order, so each one shows; lone points stay put.
 */
export function spreadCoincident(points: readonly (Point | null)[], minPx: number): (Point | null)[] {
  const out = points.map((p) => (p ? { ...p } : null));
  const done = new Set<number>();
  points.forEach((p, i) => {
    if (!p || done.has(i)) return;
    const group = [i];
    points.forEach((q, j) => {
      if (j > i && q && !done.has(j) && Math.hypot(q.x - p.x, q.y - p.y) < minPx) group.push(j);
    });
    if (group.length < 2) return;
    group.forEach((k) => done.add(k));
    const cx = group.reduce((s, k) => s + points[k]!.x, 0) / group.length;
    const cy = group.reduce((s, k) => s + points[k]!.y, 0) / group.length;
    // A circle whose neighbouring points are minPx apart: chord 2r·sin(π/n) = minPx.
    const r = minPx / (2 * Math.sin(Math.PI / group.length));
    group.forEach((k, n) => {
      const a = -Math.PI / 2 + (2 * Math.PI * n) / group.length;
      out[k] = { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
    });
  });
  return out;
}
