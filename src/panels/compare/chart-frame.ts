/**
 * Shared chart geometry of the comparison charts: the plot frame in font units (so text and margins grow together
 * on a wall), numeric and year ticks that fit the width, label dodging, and compact year ranges for "no data" notes.
 */
import { scaleLinear } from 'd3-scale';

/** A chart's outer size and the inner plot rectangle, in CSS pixels. */
export interface ChartFrame {
  widthPx: number;
  heightPx: number;
  fontPx: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Margins in multiples of the font size. */
export interface MarginsEm {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const DEFAULT_MARGINS_EM: MarginsEm = { left: 3.6, right: 1, top: 0.8, bottom: 1.9 };

/** The frame of a chart of the given size; the plot keeps at least one font size each way. */
export function chartFrame(widthPx: number, heightPx: number, fontPx: number, marginsEm: Partial<MarginsEm> = {}): ChartFrame {
  const m = { ...DEFAULT_MARGINS_EM, ...marginsEm };
  const left = m.left * fontPx;
  const top = m.top * fontPx;
  return {
    widthPx,
    heightPx,
    fontPx,
    left,
    top,
    right: Math.max(left + fontPx, widthPx - m.right * fontPx),
    bottom: Math.max(top + fontPx, heightPx - m.bottom * fontPx),
  };
}

/** One tick: its value, position in pixels and label. */
export interface Tick {
  value: number;
  px: number;
  label: string;
}

/** Years to label so that labels (about 2.6 em wide each) do not collide; always the first and last year. */
export function yearTicks(years: readonly number[], x: (year: number) => number, fontPx: number): Tick[] {
  if (years.length === 0) return [];
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = Math.abs(x(last) - x(first));
  const fit = Math.max(1, Math.floor(span / (2.8 * fontPx)));
  const step = Math.max(1, Math.ceil((years.length - 1) / fit));
  const picked = years.filter((_, i) => i % step === 0);
  if (picked[picked.length - 1] !== last && (picked.length < 2 || x(last) - x(picked[picked.length - 1]!) > 2.8 * fontPx)) picked.push(last);
  return picked.map((year) => ({ value: year, px: x(year), label: String(year) }));
}

/** A linear value scale over `domain` (niced) onto [fromPx, toPx] with ticks spaced about 2.5 font sizes apart. */
export function valueScale(
  domain: readonly [number, number],
  fromPx: number,
  toPx: number,
  fontPx: number,
  format: (v: number) => string,
): { scale: (v: number) => number; ticks: Tick[] } {
  let [lo, hi] = domain;
  if (lo === hi) {
    // One value only: open the domain around it so the line sits in the middle, not on an edge.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const count = Math.max(2, Math.floor(Math.abs(toPx - fromPx) / (2.5 * fontPx)));
  const s = scaleLinear().domain([lo, hi]).nice(count).range([fromPx, toPx]);
  return { scale: (v) => s(v), ticks: s.ticks(count).map((v) => ({ value: v, px: s(v), label: format(v) })) };
}

/**
 * Moves label positions apart so neighbours are at least `gapPx` apart, keeping them inside [minPx, maxPx] and in
 * their original order; returns positions in input order.
 */
export function dodgeLabels(ys: readonly number[], gapPx: number, minPx: number, maxPx: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(maxPx, Math.max(minPx, o.y)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gapPx);
  // Pushed past the bottom: shift back up from the end, never above the top.
  const overflow = (placed[placed.length - 1] ?? maxPx) - maxPx;
  if (overflow > 0) {
    for (let k = placed.length - 1; k >= 0; k--) {
      const limit = k === placed.length - 1 ? maxPx : placed[k + 1]! - gapPx;
      placed[k] = Math.max(minPx, Math.min(placed[k]!, limit));
    }
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/** Compact year ranges, e.g. [2013, 2014, 2015, 2018] → "2013–2015, 2018". */
export function formatYearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const y of sorted.slice(1).concat(Number.NaN)) {
    if (y === prev! + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined) parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(', ');
}
