/**
 * Draws the texts and marks of an exported map image on a 2D canvas, at the places `layoutComposition` chose:
 * title, date and sample stamp, pane captions and legends, north arrow, scale bar, the South China Sea inset,
 * sources and the 非标准地图 mark. Every size comes from the layout's scale, so a 7680-px image reads like a 1920-px one.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CompositionLayout, FrameBox, PaneBox, Rect } from '../../model/export/export-layout';
import type { ExportLegend, ExportSpec } from '../../model/export/export-spec';
import type { ScaleBar } from '../../model/export/scale-bar';
import { LABEL_FONT_FAMILY } from '../../layers/label-layer';
import { BASE_COLORS } from '../base-style';
import { INSET_EXTENT } from '../south-sea-inset';

type Ctx = CanvasRenderingContext2D;

const INK = '#1f2328';
const MUTED = '#555b66';
const SAMPLE_RED = '#b3261e';
const PANEL_BG = 'rgba(255, 255, 255, 0.9)';

/** The CSS font of a size and weight in the map's font stack. */
export function fontOf(px: number, weight: 400 | 600 = 400): string {
  return `${weight} ${Math.max(1, Math.round(px * 10) / 10)}px ${LABEL_FONT_FAMILY}`;
}

/** `text` cut with an ellipsis to fit `maxWidth` at the context's current font. */
export function fitText(ctx: Ctx, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${text.slice(0, lo)}…` : '';
}

function panel(ctx: Ctx, r: Rect, s: number): void {
  ctx.fillStyle = PANEL_BG;
  ctx.fillRect(r.x, r.y, r.width, r.height);
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.25)';
  ctx.lineWidth = Math.max(1, s);
  ctx.strokeRect(r.x, r.y, r.width, r.height);
}

function text(ctx: Ctx, value: string, x: number, y: number, maxWidth: number, font: string, color = INK, align: CanvasTextAlign = 'left'): number {
  ctx.font = font;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'middle';
  const shown = fitText(ctx, value, maxWidth);
  ctx.fillText(shown, x, y);
  return ctx.measureText(shown).width;
}

function stamp(ctx: Ctx, r: Rect, label: string, s: number): void {
  ctx.strokeStyle = SAMPLE_RED;
  ctx.lineWidth = 2 * s;
  ctx.strokeRect(r.x, r.y, r.width, r.height);
  text(ctx, label, r.x + r.width / 2, r.y + r.height / 2, r.width - 8 * s, fontOf(16 * s, 600), SAMPLE_RED, 'center');
}

/** Header and footer bands: title, date, sample stamp, sources, the 非标准地图 mark. */
export function drawBands(ctx: Ctx, layout: CompositionLayout, spec: ExportSpec): void {
  const s = layout.scale;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.widthPx, layout.heightPx);
  const { title, date, footer, sources, nonStandard, font } = layout;
  text(ctx, spec.title, title.x, title.y + title.height / 2, title.width, fontOf(font.titlePx, 600));
  text(ctx, spec.date, date.x + date.width, date.y + date.height / 2, date.width, fontOf(font.bodyPx), MUTED, 'right');
  if (layout.sampleStamp && spec.sampleStamp) stamp(ctx, layout.sampleStamp, spec.sampleStamp, s);
  ctx.fillStyle = '#f4f5f7';
  ctx.fillRect(footer.x, footer.y, footer.width, footer.height);
  const lineH = sources.height / Math.max(1, spec.sources.length);
  spec.sources.forEach((line, i) => text(ctx, line, sources.x, sources.y + lineH * (i + 0.5), sources.width, fontOf(font.smallPx), MUTED));
  text(ctx, spec.nonStandard, nonStandard.x + nonStandard.width, nonStandard.y + nonStandard.height / 2, nonStandard.width, fontOf(font.bodyPx, 600), INK, 'right');
}

function drawLegend(ctx: Ctx, r: Rect, legend: ExportLegend, s: number): void {
  panel(ctx, r, s);
  const pad = 10 * s;
  const inner = r.width - 2 * pad;
  let y = r.y + pad;
  text(ctx, legend.title, r.x + pad, y + 15 * s, inner, fontOf(15 * s, 600));
  y += 30 * s;
  for (const line of legend.lines) {
    text(ctx, line, r.x + pad, y + 8 * s, inner, fontOf(12 * s), MUTED);
    y += 16 * s;
  }
  for (const row of legend.rows) {
    ctx.fillStyle = row.color;
    ctx.fillRect(r.x + pad, y + 3 * s, 22 * s, 13 * s);
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.3)';
    ctx.lineWidth = Math.max(0.5, 0.75 * s);
    ctx.strokeRect(r.x + pad, y + 3 * s, 22 * s, 13 * s);
    text(ctx, row.label, r.x + pad + 30 * s, y + 9.5 * s, inner - 30 * s, fontOf(13 * s));
    y += 19 * s;
  }
}

/** A pane's caption (indicator and year, the sample tag) and its legend. */
export function drawPaneTexts(ctx: Ctx, layout: CompositionLayout, box: PaneBox, spec: ExportSpec): void {
  const s = layout.scale;
  const pane = spec.panes[box.pane];
  if (!pane) return;
  const c = box.caption;
  if (c.width > 20 * s) {
    ctx.font = fontOf(layout.font.bodyPx, 600);
    const tag = pane.sample ? spec.sampleTag : '';
    ctx.font = fontOf(layout.font.smallPx, 600);
    const tagW = tag ? ctx.measureText(tag).width + 12 * s : 0;
    ctx.font = fontOf(layout.font.bodyPx, 600);
    const captionW = Math.min(ctx.measureText(pane.caption).width, Math.max(0, c.width - 16 * s - tagW));
    const boxW = Math.min(c.width, captionW + 16 * s + tagW);
    panel(ctx, { ...c, width: boxW }, s);
    const used = text(ctx, pane.caption, c.x + 8 * s, c.y + c.height / 2, captionW, fontOf(layout.font.bodyPx, 600));
    if (tag) text(ctx, tag, c.x + 8 * s + used + 8 * s, c.y + c.height / 2, tagW, fontOf(layout.font.smallPx, 600), SAMPLE_RED);
  }
  if (box.legend && pane.legend) {
    ctx.save();
    // The legend is laid out at design size and drawn scaled into its rect.
    const k = box.legendScale;
    ctx.translate(box.legend.x, box.legend.y);
    ctx.scale(k, k);
    drawLegend(ctx, { x: 0, y: 0, width: box.legend.width / k, height: box.legend.height / k }, pane.legend, s);
    ctx.restore();
  }
}

function drawNorthArrow(ctx: Ctx, r: Rect, label: string, s: number): void {
  const cx = r.x + r.width / 2;
  const top = r.y + r.height * 0.42;
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(cx, top);
  ctx.lineTo(cx + r.width * 0.32, r.y + r.height);
  ctx.lineTo(cx, r.y + r.height * 0.82);
  ctx.lineTo(cx - r.width * 0.32, r.y + r.height);
  ctx.closePath();
  ctx.fill();
  ctx.lineWidth = 2.5 * s;
  ctx.strokeStyle = '#ffffff';
  ctx.font = fontOf(14 * s, 600);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.strokeText(label, cx, r.y + r.height * 0.2);
  ctx.fillText(label, cx, r.y + r.height * 0.2);
}

function drawScaleBar(ctx: Ctx, r: Rect, bar: ScaleBar, s: number): void {
  const x0 = r.x + r.width - bar.lengthPx;
  const y = r.y + r.height - 6 * s;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
  ctx.fillRect(x0 - 4 * s, r.y, bar.lengthPx + 8 * s, r.height);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.moveTo(x0, y - 6 * s);
  ctx.lineTo(x0, y);
  ctx.lineTo(x0 + bar.lengthPx, y);
  ctx.lineTo(x0 + bar.lengthPx, y - 6 * s);
  ctx.stroke();
  text(ctx, bar.label, x0 + bar.lengthPx / 2, r.y + 8 * s, bar.lengthPx + 40 * s, fontOf(12 * s), INK, 'center');
}

function drawInset(ctx: Ctx, r: Rect, provinces: FeatureCollection | null, label: string, s: number): void {
  const captionH = 17 * s;
  const map: Rect = { x: r.x, y: r.y, width: r.width, height: r.height - captionH };
  ctx.fillStyle = BASE_COLORS.sea;
  ctx.fillRect(map.x, map.y, map.width, map.height);
  if (provinces) {
    const [[w, so], [e, n]] = INSET_EXTENT;
    const projection = geoMercator()
      .fitExtent(
        [
          [map.x + 1, map.y + 1],
          [map.x + map.width - 1, map.y + map.height - 1],
        ],
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, so], [w, n], [e, n], [e, so], [w, so]]] } },
      )
      .clipExtent([
        [map.x, map.y],
        [map.x + map.width, map.y + map.height],
      ]);
    const path = geoPath(projection, ctx);
    ctx.fillStyle = '#e9e4d8';
    ctx.strokeStyle = BASE_COLORS.outline;
    ctx.lineWidth = Math.max(0.5, 0.6 * s);
    for (const f of provinces.features as Feature<Polygon | MultiPolygon>[]) {
      ctx.beginPath();
      path(f);
      ctx.fill();
      ctx.stroke();
    }
  }
  ctx.strokeStyle = BASE_COLORS.outline;
  ctx.lineWidth = Math.max(1, s);
  ctx.strokeRect(map.x, map.y, map.width, map.height);
  ctx.fillStyle = PANEL_BG;
  ctx.fillRect(r.x, map.y + map.height, r.width, captionH);
  text(ctx, label, r.x + r.width / 2, map.y + map.height + captionH / 2, r.width, fontOf(11 * s), INK, 'center');
}

/** A frame's border, north arrow, scale bar and inset. */
export function drawFrameMarks(
  ctx: Ctx,
  layout: CompositionLayout,
  frame: FrameBox,
  spec: ExportSpec,
  bar: ScaleBar | null,
  provinces: FeatureCollection | null,
): void {
  const s = layout.scale;
  ctx.strokeStyle = '#9aa0a6';
  ctx.lineWidth = Math.max(1, s);
  ctx.strokeRect(frame.rect.x, frame.rect.y, frame.rect.width, frame.rect.height);
  drawNorthArrow(ctx, frame.northArrow, spec.north, s);
  if (bar) drawScaleBar(ctx, frame.scaleBar, bar, s);
  if (frame.inset && spec.inset) drawInset(ctx, frame.inset, provinces, spec.insetLabel, s);
}

/** The swipe divider line between the two halves of a frame. */
export function drawSwipeDivider(ctx: Ctx, x: number, frame: Rect, s: number): void {
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4 * s;
  ctx.beginPath();
  ctx.moveTo(x, frame.y);
  ctx.lineTo(x, frame.y + frame.height);
  ctx.stroke();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5 * s;
  ctx.stroke();
}
