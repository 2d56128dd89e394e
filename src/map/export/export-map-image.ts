/**
 * The map image export: the current view rendered again at the output size — each pane on its own offscreen map
 * (tiled when larger than a WebGL canvas may be), with clones of the live pane's layers at a pixel ratio equal to
 * the composition scale, so lines and labels grow with the image — then composed with the texts and marks of
 * `ExportSpec` and encoded as PNG. Reports progress, stops on abort, and refuses to hand out a blank map.
 */
import type { FeatureCollection } from 'geojson';
import { layoutComposition, type CompositionLayout } from '../../model/export/export-layout';
import type { ExportSpec } from '../../model/export/export-spec';
import { metresPerPixel, niceScaleBar, type ScaleBar } from '../../model/export/scale-bar';
import { renderTiles } from '../../model/export/tile-camera';
import type { Camera } from '../../model/view/view-state';
import { getPane } from '../../selectors/pane-registry';
import { useAppStore } from '../../store/app-store';
import { PaneController } from '../pane-controller';
import { drawBands, drawFrameMarks, drawPaneTexts, drawSwipeDivider, fontOf } from './draw-composition';
import { cloneLayers, ExportCancelled, maxCanvasSide, OffscreenMap } from './offscreen-map';
import { CHINA_BOUNDS, fitCamera, paddingForCovers, type LngLatBox } from '../china-framing';
import type { Rect } from '../../model/export/export-layout';

export { ExportCancelled };

/** What to export. */
export interface MapImageRequest {
  spec: ExportSpec;
  widthPx: number;
  heightPx: number;
  signal: AbortSignal;
  /** Called after each step: `done` of `total` steps (one per map tile, one for the texts, one for the PNG). */
  onProgress?: (done: number, total: number) => void;
}

/** Why an export failed, for the dialog to say. */
export class ExportFailed extends Error {
  constructor(
    readonly reason: 'pane_not_ready' | 'blank_map' | 'no_canvas' | 'encode_failed',
    readonly pane: number | null = null,
    detail = '',
  ) {
    super(`export failed: ${reason}${pane === null ? '' : ` (pane ${pane + 1})`}${detail ? `: ${detail}` : ''}`);
    this.name = 'ExportFailed';
  }
}

/** Loads the glyphs every text of the composition needs (the bundled CJK font comes in unicode-range subsets). */
async function loadFonts(spec: ExportSpec): Promise<void> {
  if (!document.fonts?.load) return;
  const texts = [
    spec.title,
    spec.date,
    spec.insetLabel,
    spec.nonStandard,
    spec.north,
    spec.sampleStamp ?? '',
    spec.sampleTag,
    ...spec.sources,
    ...spec.panes.flatMap((p) => [p.caption, ...(p.legend ? [p.legend.title, ...p.legend.lines, ...p.legend.rows.map((r) => r.label)] : [])]),
  ].join('');
  await Promise.all([document.fonts.load(fontOf(16, 400), texts), document.fonts.load(fontOf(16, 600), texts)]).catch(() => undefined);
}

/** True when a drawn region shows a picture: more than two distinct colours in a 32 × 32 sample of it. */
function showsSomething(source: CanvasImageSource, sx: number, sy: number, sw: number, sh: number): boolean {
  const probe = document.createElement('canvas');
  probe.width = 32;
  probe.height = 32;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return true;
  ctx.drawImage(source, sx, sy, sw, sh, 0, 0, 32, 32);
  const data = ctx.getImageData(0, 0, 32, 32).data;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! < 8) continue;
    colours.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
    if (colours.size > 2) return true;
  }
  return false;
}

interface LivePane {
  controller: PaneController;
  /** What the user sees of the map: the part of the pane no toolbar, legend or inset covers. */
  box: LngLatBox;
}

function livePane(index: number): LivePane {
  const handle = getPane(index);
  if (!(handle instanceof PaneController)) throw new ExportFailed('pane_not_ready', index);
  const container = handle.map.getContainer();
  if (container.dataset.mapReady !== 'true') throw new ExportFailed('pane_not_ready', index);
  const pad = handle.coverPadding();
  const w = container.clientWidth;
  const h = container.clientHeight;
  const sw = handle.map.unproject([Math.min(pad.left, w - 1), Math.max(h - pad.bottom, 1)]);
  const ne = handle.map.unproject([Math.max(w - pad.right, 1), Math.min(pad.top, h - 1)]);
  return {
    controller: handle,
    box: [
      [Math.min(sw.lng, ne.lng), Math.min(sw.lat, ne.lat)],
      [Math.max(sw.lng, ne.lng), Math.max(sw.lat, ne.lat)],
    ],
  };
}

/** A rect of the image in CSS pixels of a frame's map (origin at the frame, over the pixel ratio). */
function toFrameCss(r: Rect, frame: Rect, pixelRatio: number): Rect {
  return { x: (r.x - frame.x) / pixelRatio, y: (r.y - frame.y) / pixelRatio, width: r.width / pixelRatio, height: r.height / pixelRatio };
}

/**
 * The camera of an exported pane: the area the user saw, fitted into the export frame clear of the marks drawn over
 * it (captions, legends, north arrow, scale bar, inset).
 */
function exportCameraOf(layout: CompositionLayout, frameIndex: number, live: LivePane, pixelRatio: number): Camera {
  const frame = layout.frames[frameIndex]!;
  const size = { width: frame.rect.width / pixelRatio, height: frame.rect.height / pixelRatio };
  const marks = [frame.northArrow, frame.scaleBar, ...(frame.inset ? [frame.inset] : [])];
  for (const p of layout.panes) if (p.frame === frameIndex) marks.push(p.caption, ...(p.legend ? [p.legend] : []));
  const padding = paddingForCovers({ x: 0, y: 0, ...size }, marks.map((m) => toFrameCss(m, frame.rect, pixelRatio)));
  // A pane showing all of China (the national view) frames China in the export; any other view keeps its area.
  const [[w, s], [e, n]] = live.box;
  const [[cw, cs], [ce, cn]] = CHINA_BOUNDS;
  const national = w <= cw && s <= cs && e >= ce && n >= cn;
  const camera = fitCamera(national ? CHINA_BOUNDS : live.box, size, padding);
  return { lng: camera.lng, lat: camera.lat, zoom: Math.min(20, Math.max(0, camera.zoom)) };
}

/** The composition's layout for a spec at a size (also what the dialog's preview would show). */
export function layoutFor(spec: ExportSpec, widthPx: number, heightPx: number): CompositionLayout {
  return layoutComposition({
    widthPx,
    heightPx,
    layout: spec.layout,
    swipe: spec.swipe,
    legends: spec.panes.map((p) => (p.legend ? { rows: p.legend.rows.length, lines: p.legend.lines.length } : { rows: 0, lines: 0 })),
    inset: spec.inset,
    sourceLines: spec.sources.length,
    sample: spec.sampleStamp !== null,
  });
}

/** Renders the export; resolves to the PNG. */
export async function exportMapImage(request: MapImageRequest): Promise<Blob> {
  const { spec, widthPx, heightPx, signal } = request;
  const layout = layoutFor(spec, widthPx, heightPx);
  const geo = useAppStore.getState().geo;
  const base = (geo.hi ?? geo.lo)?.base ?? null;
  const panes = layout.panes.map((box) => ({ box, live: livePane(box.pane) }));
  if (!base) throw new ExportFailed('pane_not_ready', 0);
  const pixelRatio = layout.scale;
  const maxTile = Math.min(4096, maxCanvasSide());

  const plans = panes.map(({ box, live }) => {
    const frame = layout.frames[box.frame]!.rect;
    const fx = Math.round(frame.x);
    const fy = Math.round(frame.y);
    const fw = Math.round(frame.x + frame.width) - fx;
    const fh = Math.round(frame.y + frame.height) - fy;
    const camera = exportCameraOf(layout, box.frame, live, pixelRatio);
    return { box, live, fx, fy, fw, fh, camera, tiles: renderTiles(camera, fw, fh, pixelRatio, maxTile) };
  });
  const total = plans.reduce((n, p) => n + p.tiles.length, 0) + 2;
  let done = 0;
  const step = (): void => request.onProgress?.(++done, total);
  request.onProgress?.(0, total);

  await loadFonts(spec);
  if (signal.aborted) throw new ExportCancelled();
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportFailed('no_canvas');
  drawBands(ctx, layout, spec);

  const first = plans[0]?.tiles[0];
  const offscreen = new OffscreenMap({
    cssWidth: Math.ceil((first?.widthPx ?? 1) / pixelRatio),
    cssHeight: Math.ceil((first?.heightPx ?? 1) / pixelRatio),
    pixelRatio,
    maxCanvasPx: maxTile + 2 * Math.ceil(pixelRatio),
    base,
  });
  try {
    for (const plan of plans) {
      const clip = plan.box.clip;
      const layers = cloneLayers(plan.live.controller.currentLayers());
      for (const tile of plan.tiles) {
        const map = await offscreen.render(tile.camera, Math.ceil(tile.widthPx / pixelRatio), Math.ceil(tile.heightPx / pixelRatio), layers, signal);
        // The map canvas can be a pixel or two larger than the tile (whole CSS pixels): take its centre.
        const sx = Math.max(0, (map.width - tile.widthPx) / 2);
        const sy = Math.max(0, (map.height - tile.heightPx) / 2);
        ctx.save();
        ctx.beginPath();
        ctx.rect(clip.x, clip.y, clip.width, clip.height);
        ctx.clip();
        ctx.drawImage(map, sx, sy, tile.widthPx, tile.heightPx, plan.fx + tile.x, plan.fy + tile.y, tile.widthPx, tile.heightPx);
        ctx.restore();
        step();
      }
      if (!showsSomething(canvas, clip.x, clip.y, clip.width, clip.height)) throw new ExportFailed('blank_map', plan.box.pane);
    }
  } finally {
    offscreen.destroy();
  }

  const provinces: FeatureCollection | null = base.provinces;
  layout.frames.forEach((frame, i) => {
    const plan = plans.find((p) => p.box.frame === i);
    let bar: ScaleBar | null = null;
    if (plan) bar = niceScaleBar(metresPerPixel(plan.camera.lat, plan.camera.zoom) / pixelRatio, frame.scaleBar.width - 8 * layout.scale);
    drawFrameMarks(ctx, layout, frame, spec, bar, provinces);
  });
  if (layout.panes.length === 2 && spec.swipe.enabled) drawSwipeDivider(ctx, layout.panes[1]!.clip.x, layout.frames[0]!.rect, layout.scale);
  for (const box of layout.panes) drawPaneTexts(ctx, layout, box, spec);
  step();
  if (signal.aborted) throw new ExportCancelled();

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new ExportFailed('encode_failed');
  step();
  return blob;
}
