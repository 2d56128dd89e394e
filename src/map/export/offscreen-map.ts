/**
 * One offscreen map for the image export: the offline base style and a deck.gl overlay with clones of a live
 * pane's layers, drawn at a chosen pixel ratio into a canvas that keeps its pixels (preserveDrawingBuffer), in a
 * container outside the viewport. Nothing is fetched: base data and layers come from the live app.
 */
import * as maplibregl from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { GeoJSONSource } from 'maplibre-gl';
import type { BaseGeometry } from '../../data/county-geometry';
import type { Camera } from '../../model/view/view-state';
import { baseSourceData, createBaseStyle } from '../base-style';
import { exposeTransformForDeck } from '../pane-controller';

/** How long one tile may take before the export gives up (software WebGL on a 4K tile takes seconds). */
const RENDER_TIMEOUT_MS = 120_000;

/** The map's size and what it draws on. */
export interface OffscreenMapOptions {
  /** Size of the map in CSS pixels (whole numbers). */
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
  /** Largest canvas side this device draws (MAX_TEXTURE_SIZE and MAX_RENDERBUFFER_SIZE). */
  maxCanvasPx: number;
  base: BaseGeometry;
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
  for (const [id, data] of Object.entries(baseSourceData(base))) void map.getSource<GeoJSONSource>(id)?.setData(data);
}

/** Waits for the map to finish drawing: the first idle may come before deck.gl has drawn (its attributes upload on
 * the first frame), so one more repaint after it, then the canvas holds the finished picture. */
function drawn(map: maplibregl.Map, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let idles = 0;
    const onIdle = (): void => {
      idles++;
      if (idles === 1) map.triggerRepaint();
      else finish();
    };
    const onError = (e: unknown): void => finish((e as { error?: Error }).error ?? new Error('map error'));
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      map.off('idle', onIdle);
      map.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = (): void => finish(new ExportCancelled());
    const timer = setTimeout(() => finish(new Error('the map did not finish drawing in time')), RENDER_TIMEOUT_MS);
    signal.addEventListener('abort', onAbort);
    map.on('idle', onIdle);
    map.on('error', onError);
    map.triggerRepaint();
  });
}

/**
 * One offscreen map reused for every pane and tile of an export (the base data is tiled once, not once per pane):
 * `render` draws a camera with a set of layers and resolves to the canvas, valid until the next call.
 */
export class OffscreenMap {
  private readonly container: HTMLDivElement;
  private readonly map: maplibregl.Map;
  private readonly overlay: MapboxOverlay;
  private readonly loaded: Promise<void>;
  private destroyed = false;

  constructor(options: OffscreenMapOptions) {
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    container.dataset.testid = 'export-offscreen-map';
    Object.assign(container.style, { position: 'fixed', left: '-30000px', top: '0', pointerEvents: 'none' });
    this.container = container;
    this.setSize(options.cssWidth, options.cssHeight);
    document.body.appendChild(container);
    this.map = new maplibregl.Map({
      container,
      style: createBaseStyle(),
      center: [104.5, 36],
      zoom: 3,
      minZoom: 0,
      maxZoom: 22,
      interactive: false,
      renderWorldCopies: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio: options.pixelRatio,
      maxCanvasSize: [options.maxCanvasPx, options.maxCanvasPx],
      canvasContextAttributes: { antialias: true, preserveDrawingBuffer: true },
    });
    exposeTransformForDeck(this.map);
    this.overlay = new MapboxOverlay({ interleaved: true, layers: [] });
    this.map.addControl(this.overlay);
    this.loaded = new Promise((resolve) => {
      this.map.once('load', () => {
        setBase(this.map, options.base);
        resolve();
      });
    });
  }

  private setSize(cssWidth: number, cssHeight: number): void {
    this.container.style.width = `${cssWidth}px`;
    this.container.style.height = `${cssHeight}px`;
  }

  /** Draws `layers` (clones of a live pane's, see `cloneLayers`) at `camera` in a map of this CSS size. */
  async render(camera: Camera, cssWidth: number, cssHeight: number, layers: Layer[], signal: AbortSignal): Promise<HTMLCanvasElement> {
    if (signal.aborted) throw new ExportCancelled();
    await this.loaded;
    if (this.container.clientWidth !== cssWidth || this.container.clientHeight !== cssHeight) {
      this.setSize(cssWidth, cssHeight);
      this.map.resize();
    }
    this.overlay.setProps({ layers });
    this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
    await drawn(this.map, signal);
    return this.map.getCanvas();
  }

  /** Releases the deck.gl overlay, its device, the map and its WebGL context, and the container. Safe twice. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const device = (this.map as unknown as { __deck?: { device?: { canvasContext?: { destroy: () => void } | null; destroy: () => void } | null } | null })
      .__deck?.device;
    try {
      this.map.removeControl(this.overlay);
    } finally {
      device?.canvasContext?.destroy();
      device?.destroy();
      this.map.remove();
      this.container.remove();
    }
  }
}

/** Clones of a live pane's layers: a layer instance belongs to one deck; a clone shares its props and data only. */
export function cloneLayers(layers: readonly Layer[]): Layer[] {
  return layers.map((l) => l.clone({}));
}
