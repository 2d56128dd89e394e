/**
 * One offscreen map for the image export: the offline base style and a deck.gl overlay with clones of a live
 * pane's layers, drawn at a chosen pixel ratio into a canvas that keeps its pixels (preserveDrawingBuffer), in a
 * container outside the viewport. Nothing is fetched: base data and layers come from the live app.
 */
import * as maplibregl from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { GeoJSONSource } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import type { BaseGeometry } from '../../data/county-geometry';
import type { Camera } from '../../model/view/view-state';
import { createBaseStyle } from '../base-style';
import { exposeTransformForDeck } from '../pane-controller';

/** How long one tile may take before the export gives up (software WebGL on a 4K tile takes seconds). */
const RENDER_TIMEOUT_MS = 120_000;

/** What to draw. */
export interface OffscreenMapRequest {
  camera: Camera;
  /** Size of the map in CSS pixels (whole numbers). */
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
  /** Largest canvas side this device draws (MAX_TEXTURE_SIZE and MAX_RENDERBUFFER_SIZE). */
  maxCanvasPx: number;
  base: BaseGeometry;
  layers: readonly Layer[];
  signal: AbortSignal;
}

/** Aborted by the user: the export stops quietly. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

/** The largest canvas side WebGL can render here (a small context asked once; 4096 when it cannot tell). */
export function maxCanvasSide(): number {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 4096;
  const side = Math.min(Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)), Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE)));
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return Math.max(1024, Math.min(side || 4096, dims ? Math.min(dims[0] ?? 4096, dims[1] ?? 4096) : 4096));
}

function setBase(map: maplibregl.Map, base: BaseGeometry): void {
  const set = (id: string, data: GeoJSON): void => {
    void map.getSource<GeoJSONSource>(id)?.setData(data);
  };
  set('provinces', base.provinces);
  set('outline', base.outline);
  set('province-borders', base.provinceBorders);
  set('prefecture-borders', base.prefectureBorders);
  set('county-borders', base.countyBorders);
}

/**
 * Renders the map once everything is drawn and hands its canvas to `use` (draw it somewhere) before the map and its
 * WebGL context are released.
 */
export async function renderOffscreenMap(request: OffscreenMapRequest, use: (canvas: HTMLCanvasElement) => void): Promise<void> {
  if (request.signal.aborted) throw new ExportCancelled();
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.dataset.testid = 'export-offscreen-map';
  Object.assign(container.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${request.cssWidth}px`,
    height: `${request.cssHeight}px`,
    pointerEvents: 'none',
  });
  document.body.appendChild(container);
  const map = new maplibregl.Map({
    container,
    style: createBaseStyle(),
    center: [request.camera.lng, request.camera.lat],
    zoom: request.camera.zoom,
    minZoom: 0,
    maxZoom: 22,
    interactive: false,
    renderWorldCopies: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: request.pixelRatio,
    maxCanvasSize: [request.maxCanvasPx, request.maxCanvasPx],
    canvasContextAttributes: { antialias: true, preserveDrawingBuffer: true },
  });
  exposeTransformForDeck(map);
  // Clones: a layer instance belongs to one deck; the clone shares the props (and the data arrays) only.
  const overlay = new MapboxOverlay({ interleaved: true, layers: request.layers.map((l) => l.clone({})) });
  map.addControl(overlay);
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      let idles = 0;
      const finish = (error?: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.signal.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve();
      };
      const onAbort = (): void => finish(new ExportCancelled());
      const timer = setTimeout(() => finish(new Error('the map did not finish drawing in time')), RENDER_TIMEOUT_MS);
      request.signal.addEventListener('abort', onAbort);
      map.on('error', (e) => finish((e as unknown as { error?: Error }).error ?? new Error('map error')));
      map.once('load', () => {
        setBase(map, request.base);
        // The first idle may come before deck.gl has drawn its layers (their attributes upload on the first
        // frame): one more repaint after it, then the canvas holds the finished picture.
        map.on('idle', () => {
          idles++;
          if (idles === 1) map.triggerRepaint();
          else finish();
        });
        map.triggerRepaint();
      });
    });
    use(map.getCanvas());
  } finally {
    const device = (map as unknown as { __deck?: { device?: { canvasContext?: { destroy: () => void } | null; destroy: () => void } | null } | null }).__deck
      ?.device;
    try {
      map.removeControl(overlay);
    } finally {
      device?.canvasContext?.destroy();
      device?.destroy();
      map.remove();
      container.remove();
    }
  }
}
