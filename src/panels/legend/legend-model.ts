/**
 * What a pane's legend draws, from its choropleth: one row per class (colour, value range, count), the no-data
 * row, the official line(s) of a threshold classification, and a small histogram laid out by d3-scale for React to
 * draw as SVG rectangles.
 */
import { scaleLinear } from 'd3-scale';
import { classOfValue, classRanges, NO_DATA_CLASS } from '../../model/indicators/classify';
import { NO_DATA_RGBA, type RGBA } from '../../model/indicators/color-scheme';
import type { Lang } from '../../model/view/view-state';
import type { PaneChoropleth } from '../../selectors/pane-choropleth';
import { formatNumber } from '../../i18n/translate';
import { formatIndicatorValue } from '../../i18n/format-indicator-value';
import { LEVEL_NAMES, pickText } from '../indicator/indicator-strings';
import { LEGEND_STRINGS as S, REGION_NAMES } from './legend-strings';

/** One legend row. */
export interface LegendRow {
  /** Class index (NO_DATA_CLASS for the no-data row): what a click highlights. */
  classIndex: number;
  color: string;
  label: string;
  count: number;
  highlighted: boolean;
  /** Another class is highlighted. */
  dimmed: boolean;
}

/** One histogram bar in SVG user units. */
export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** The whole legend. */
export interface LegendModel {
  title: string;
  unit: string;
  year: number;
  /** "By prefecture (n)" at aggregated levels; empty at county level. */
  countedBy: string;
  rows: LegendRow[];
  noData: LegendRow;
  /** Official lines, e.g. "east/central < 2%, west < 3%"; empty unless threshold. */
  lines: string;
  /** How the breaks were made: "2013–2025 固定分级", or the one year they follow; empty for fixed methods. */
  scope: string;
  /** "与窗格 2 共用分级" when other panes share these classes; empty otherwise. */
  shared: string;
  /** "中点 0：两侧分色" when a diverging scheme splits the classes at a midpoint; empty otherwise. */
  midpoint: string;
  histogram: { bars: HistogramBar[]; width: number; height: number; min: string; max: string; caption: string };
}

/** Size of the histogram in SVG user units (the view scales it to the legend's width). */
export const HISTOGRAM_SIZE = { width: 160, height: 36 } as const;

/** CSS colour of an RGBA tuple. */
export function cssColor(c: RGBA): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** Fraction digits that make neighbouring breaks of this span distinguishable. */
export function digitsFor(span: number): number {
  if (!(span > 0)) return 1;
  if (span >= 100) return 0;
  if (span >= 10) return 1;
  return 2;
}

/** Builds the legend of a choropleth. */
export function buildLegendModel(input: {
  choropleth: PaneChoropleth;
  palette: readonly RGBA[];
  lang: Lang;
  highlight: number | null;
  margin: number;
  unitCount?: number;
  /** Other panes (0-based) sharing this classification. */
  sharedWith?: readonly number[];
}): LegendModel {
  const { choropleth, palette, lang, highlight, margin } = input;
  const c = choropleth.classification;
  const meta = choropleth.meta;
  const unit = pickText(lang, meta.unitLabel);
  const span = c.extent ? c.extent[1] - c.extent[0] : 0;
  const digits = digitsFor(span);
  const fmt = (v: number): string => formatIndicatorValue(lang, v, meta.unit, digits);
  const ranges = classRanges(c);
  const isThreshold = c.method === 'threshold';
  const thresholdKeys = ['pass', 'near', 'fail'] as const;
  const m = formatNumber(lang, margin, 2);
  const rows: LegendRow[] = ranges.map((r, i) => ({
    classIndex: i,
    color: cssColor(palette[i] ?? NO_DATA_RGBA),
    label: isThreshold
      ? pickText(lang, S[thresholdKeys[i] ?? 'fail'], { m })
      : c.method === 'category'
        ? pickText(lang, meta.categories?.[i]?.label ?? { zh: String(r.from), en: String(r.from) })
        : fmt(r.from) === fmt(r.to)
          ? fmt(r.from) // a class of one tied value (all the zeros, all the 100s) reads as that value
          : `${fmt(r.from)} – ${fmt(r.to)}`,
    count: c.counts[i] ?? 0,
    highlighted: highlight === i,
    dimmed: highlight !== null && highlight !== i,
  }));
  const noData: LegendRow = {
    classIndex: NO_DATA_CLASS,
    color: cssColor(NO_DATA_RGBA),
    label: pickText(lang, S.noData),
    count: c.noDataCount,
    highlighted: highlight === NO_DATA_CLASS,
    dimmed: highlight !== null && highlight !== NO_DATA_CLASS,
  };
  const lines = isThreshold && c.lines?.length ? pickText(lang, S.lines, { lines: describeLines(c.lines, lang, unit) }) : '';
  const countedBy =
    choropleth.level === 'county'
      ? ''
      : pickText(lang, S.counted, { level: pickText(lang, LEVEL_NAMES[choropleth.level]), n: choropleth.unitValues.length });
  // Years are labels, not quantities: never through the number formatter (no "2,016").
  const fixed = choropleth.fixedYears;
  const dataDriven = c.method === 'quantile' || c.method === 'equal_interval' || c.method === 'natural_breaks';
  const scope = !dataDriven
    ? ''
    : fixed
      ? pickText(lang, S.fixedYears, { years: fixed[0] === fixed[1] ? String(fixed[0]) : `${fixed[0]}–${fixed[1]}` })
      : pickText(lang, S.perYear, { year: String(choropleth.breaksYear ?? choropleth.year) });
  const shared = input.sharedWith?.length
    ? pickText(lang, S.sharedWith, { panes: input.sharedWith.map((i) => String(i + 1)).join(lang === 'en' ? ', ' : '、') })
    : '';
  const midpoint = c.midpoint !== undefined ? pickText(lang, S.midpoint, { value: fmt(c.midpoint) }) : '';
  return {
    title: pickText(lang, meta.name),
    unit,
    year: choropleth.year,
    countedBy,
    rows,
    noData,
    lines,
    scope,
    shared,
    midpoint,
    histogram: {
      ...layoutHistogram(c.histogram, c.breaks, palette),
      min: c.histogram.length ? fmt(c.histogram[0]!.x0) : '',
      max: c.histogram.length ? fmt(c.histogram[c.histogram.length - 1]!.x1) : '',
      caption: pickText(lang, isThreshold ? S.histogramDistance : S.histogram),
    },
  };
}

/** "east/central < 2%, west < 3%": regions sharing a line are joined. */
export function describeLines(lines: readonly { region: string; op: string; line: number }[], lang: Lang, unit: string): string {
  const byLine = new Map<string, string[]>();
  const order = ['east', 'central', 'west'];
  for (const l of [...lines].sort((a, b) => order.indexOf(a.region) - order.indexOf(b.region))) {
    const key = `${l.op} ${l.line}${unit}`;
    const name = l.region in REGION_NAMES ? pickText(lang, REGION_NAMES[l.region as keyof typeof REGION_NAMES]) : l.region;
    byLine.set(key, [...(byLine.get(key) ?? []), name]);
  }
  return [...byLine].map(([line, regions]) => `${regions.join('/')} ${line}`).join(lang === 'en' ? ', ' : '，');
}

/** Lays out histogram bins with d3 scales; each bar takes the colour of the class its middle falls in. */
export function layoutHistogram(
  bins: readonly { x0: number; x1: number; count: number }[],
  breaks: readonly number[],
  palette: readonly RGBA[],
): { bars: HistogramBar[]; width: number; height: number } {
  const { width, height } = HISTOGRAM_SIZE;
  if (bins.length === 0) return { bars: [], width, height };
  const lo = bins[0]!.x0;
  const hi = bins[bins.length - 1]!.x1;
  const x = scaleLinear().domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1]).range([0, width]);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleLinear().domain([0, maxCount]).range([height, 0]);
  const bars = bins.map((b) => {
    const x0 = hi > lo ? x(b.x0) : 0;
    const x1 = hi > lo ? x(b.x1) : width;
    const cls = classOfValue((b.x0 + b.x1) / 2, breaks);
    return {
      x: x0,
      y: y(b.count),
      width: Math.max(0.5, x1 - x0 - 0.5),
      height: height - y(b.count),
      color: cssColor(palette[cls] ?? NO_DATA_RGBA),
    };
  });
  return { bars, width, height };
}
