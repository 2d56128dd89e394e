/**
 * What the arc legend says: which eastern partner each colour is, what width means (measure, unit, square-root
 * scale with sample widths), which year the flows are from next to the map's year, and whether county arcs are
 * thinned at this zoom.
 */
import { arcWidthPx, DEFAULT_ARC_WIDTH_PX, eastProvinceColor, type ArcWidthRangePx, type Rgba } from '../../model/partnership/style';
import type { PartnershipArc } from '../../model/partnership/arcs';
import type { FlowYear } from '../../model/partnership/view';

/** One colour of the legend: an eastern province. */
export interface LegendColour {
  adcode: string;
  label: string;
  rgb: Rgba;
}

/** One sample width: a round value and the width it is drawn with. */
export interface LegendWidth {
  value: number;
  widthPx: number;
}

/** The largest 1, 2 or 5 × 10^k not above `x` (0 for x ≤ 0), so sample widths read as round figures. */
export function niceFloor(x: number): number {
  if (!(x > 0)) return 0;
  const k = Math.floor(Math.log10(x));
  const base = 10 ** k;
  const m = x / base;
  // The epsilon keeps 5 from reading as 4.999… after the division.
  const step = m >= 5 - 1e-9 ? 5 : m >= 2 - 1e-9 ? 2 : 1;
  return step * base;
}

/**
 * Sample widths for a scale whose widest arc is at `max`: about the largest, a quarter and a twentieth of it (half,
 * a quarter of the largest width on a square-root scale), distinct and positive, largest first.
 */
export function widthSamples(max: number, range: ArcWidthRangePx = DEFAULT_ARC_WIDTH_PX): LegendWidth[] {
  const values = [...new Set([niceFloor(max), niceFloor(max / 4), niceFloor(max / 20)])].filter((v) => v > 0);
  return values.sort((a, b) => b - a).map((value) => ({ value, widthPx: arcWidthPx(value, max, range) }));
}

/** The eastern provinces of the drawn arcs (each once, adcode order) with their fixed colours. */
export function legendColours(arcs: readonly Pick<PartnershipArc, 'eastProvince'>[], nameOf: (adcode: string) => string | undefined): LegendColour[] {
  const codes = [...new Set(arcs.map((a) => a.eastProvince))].sort();
  return codes.map((adcode) => ({ adcode, label: nameOf(adcode) ?? adcode, rgb: eastProvinceColor(adcode) }));
}

/** The two years a pane shows: its map (indicator) year and the flow year of the arcs. */
export interface LegendYears {
  map: number;
  flow: number;
  /** true when they are the same year. */
  same: boolean;
}

/** The years line of the legend, or null when the structure has no flows. */
export function legendYears(paneYear: number, flow: FlowYear | null): LegendYears | null {
  return flow ? { map: paneYear, flow: flow.year, same: flow.exact } : null;
}
