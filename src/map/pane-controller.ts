/**
 * One map pane's imperative core: a maplibre map with the offline style and a deck.gl overlay interleaved in it.
 * It renders on demand (never in a loop), reports its state through `data-map-ready` / `data-render-count` on the
 * container (tests and benchmarks wait on these), and survives WebGL context loss.
 */
import * as maplibregl from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { GeoJSONSource } from 'maplibre-gl';
import type { BaseGeometry } from '../data/county-geometry';
import type { Camera } from '../model/view/view-state';
import { baseSourceData, baseThemePaint, createBaseStyle, type BaseTheme } from './base-style';
import {
  CHINA_BOUNDS,
  CHINA_CAMERA_BOUNDS,
  FIT_MARGIN_PX,
  boundsHolding,
  cameraBoundsFor,
  fitCamera,
  mercatorX,
  mercatorY,
  minZoomForFit,
  paddingForCovers,
  visibleBox,
  type LngLatBox,
  type Padding,
  type Rect,
} from './china-framing';
import { PANE_COVER_SELECTOR as COVER_SELECTOR, watchCovers } from './cover-watch';

export { CHINA_BOUNDS };

/** The national view is fitted again this long after the last change of a cover (a legend opening, then growing). */
const REFIT_DEBOUNCE_MS = 250;
/** The usual minimum zoom; lowered per pane when China only fits further out (minZoomForFit). */
const MIN_ZOOM = 2;
import { maplibreLocale } from './maplibre-locale';
import { useAppStore } from '../store/app-store';
import { markStartup } from '../lib/startup-marks';

/** Callbacks from the pane to the app (user events only come back as these). */
export interface PaneCallbacks {
  /** Pointer over a county part (or nothing). */
  onHover: (part: number | null, x: number, y: number) => void;
  /** Click on a county part (or on empty map: null). */
  onClick: (part: number | null, additive: boolean) => void;
  /** The user moved the camera. */
  onUserCamera: (camera: Camera) => void;
  /** Zoom changed (user or programmatic) — for level-of-detail decisions. */
  onZoom: (zoom: number) => void;
  /** WebGL context lost (true) or restored (false); on restore the owner must rebuild the pane. */
  onContextLost: (lost: boolean) => void;
}

/** True when two cameras are the same up to rounding (the camera has not moved since a fit). */
function sameFit(a: Camera, b: Camera): boolean {
  return Math.abs(a.lng - b.lng) < 1e-7 && Math.abs(a.lat - b.lat) < 1e-7 && Math.abs(a.zoom - b.zoom) < 1e-7;
}

/** Tolerance of a click, in pixels (fingers on a touch wall are imprecise). */
const CLICK_RADIUS_PX = 2;

/**
 * deck.gl 9.4's interleaved mode reads `map.transform` (near/far planes, height), which maplibre-gl 6 moved to
 * `map._camera.transform`. Without it every interleaved draw throws. Re-expose it read-only until deck.gl adapts.
 */
export function exposeTransformForDeck(map: maplibregl.Map): void {
  if ('transform' in map) return;
  const camera = (map as unknown as { _camera?: { transform?: unknown } })._camera;
  if (!camera) return;
  Object.defineProperty(map, 'transform', { configurable: true, get: () => camera.transform });
}

/** The parts of the luma.gl device deck.gl attaches to maplibre's context that a pane must release. */
interface AttachedDevice {
  canvasContext?: { destroy: () => void } | null;
  destroy: () => void;
}

/** The rectangles of what is drawn over the pane `container` belongs to now (`selector`: which covers). */
export function coverRectsOf(container: HTMLElement, selector = COVER_SELECTOR): Rect[] {
  const root = container.closest('.map-pane') ?? container;
  const covers: Rect[] = [];
  root.querySelectorAll(selector).forEach((el) => {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) covers.push({ x: r.x, y: r.y, width: r.width, height: r.height });
  });
  return covers;
}

/** The padding that keeps a fitted view of `container` clear of `covers` (default: everything over it now). */
export function coverPaddingOf(container: HTMLElement, covers: Rect[] = coverRectsOf(container)): Padding {
  const pane = container.getBoundingClientRect();
  const { margin, centring } = fitStyleOf(container);
  return paddingForCovers({ x: pane.x, y: pane.y, width: pane.width, height: pane.height }, covers, CHINA_BOUNDS, margin, centring);
}

/**
 * How a pane frames China, from its style (both properties registered in app/styles.css, so they read back as
 * pixels and a number; presentation sets them):
 * - `margin`: the free margin kept around China, `--map-fit-margin` (a wall sizes it from its type), else
 *   FIT_MARGIN_PX;
 * - `centring`: the zoom given up for a centred China, `--map-fit-centring` (0 on the desk, where the scale bar is a
 *   cover whose width follows the zoom).
 */
export function fitStyleOf(container: HTMLElement): { margin: number; centring: number } {
  const style = getComputedStyle(container.closest('.map-pane') ?? container);
  const read = (name: string): number => Number.parseFloat(style.getPropertyValue(name));
  const margin = read('--map-fit-margin');
  const centring = read('--map-fit-centring');
  return { margin: Number.isFinite(margin) && margin >= 0 ? margin : FIT_MARGIN_PX, centring: Number.isFinite(centring) && centring > 0 ? centring : 0 };
}

/** A maplibre + deck.gl pane. */
export class PaneController {
  readonly map: maplibregl.Map;
  private readonly overlay: MapboxOverlay;
  private readonly callbacks: PaneCallbacks;
  private readonly container: HTMLElement;
  private renderCount = 0;
  private countiesSubmitted = false;
  private baseSubmitted = false;
  private applyingCamera = false;
  private destroyed = false;
  private layers: Layer[] = [];
  /** Where the last national fit put the camera (null when the pane opened elsewhere or was fitted elsewhere). */
  private fitted: Camera | null = null;
  private stopCoverWatch: (() => void) | null = null;
  private refitTimer: number | null = null;
  private theme: BaseTheme;

  /**
   * `fitChina` frames China at once; `mountCovers`, when given, are the pane's covers as it was mounted
   * (`coverRectsOf`), used with the map's own controls for that first fit instead of the covers now — so a map
   * built later, once its first frame's data is in, frames China as one built at mount did, before the legend grew.
   */
  constructor(container: HTMLElement, camera: Camera, callbacks: PaneCallbacks, fitChina = false, mountCovers: Rect[] | null = null, theme: BaseTheme = 'light') {
    this.theme = theme;
    this.container = container;
    // A rebuilt pane (after context loss) keeps counting, so waiters on data-render-count see progress.
    this.renderCount = Number(container.dataset.renderCount ?? 0) || 0;
    container.dataset.mapReady = 'false';
    container.dataset.renderCount = String(this.renderCount);
    this.map = new maplibregl.Map({
      container,
      style: createBaseStyle(theme),
      center: [camera.lng, camera.lat],
      zoom: camera.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: 13,
      maxBounds: this.cameraBounds(),
      renderWorldCopies: false,
      attributionControl: false,
      // maplibre's control titles in the interface language (a later switch: applyMaplibreLocale in map-pane).
      locale: maplibreLocale(useAppStore.getState().view.lang),
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: 0,
      canvasContextAttributes: { antialias: true, preserveDrawingBuffer: false },
    });
    markStartup('map-created');
    exposeTransformForDeck(this.map);
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // The scale bar grows with the interface type on a 4K wall (maplibre sizes it in CSS pixels); unchanged at 1080p.
    // The root's size is the interface type (the map container has maplibre's own fixed 12 px).
    const typePx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: Math.round(120 * Math.max(1, typePx / 18.5)) }), 'bottom-left');

    this.callbacks = callbacks;
    this.overlay = this.createOverlay();
    this.map.addControl(this.overlay);
    this.syncPickingCameraWhenReady();
    // With the controls in place the covers are known: frame China in the part of the pane they leave free.
    if (fitChina) {
      this.frameChina(0, mountCovers ? coverPaddingOf(container, [...mountCovers, ...coverRectsOf(container, '.maplibregl-ctrl')]) : null);
    }
    // The bounds follow the pane's aspect, so a wider or taller pane can still show all of China.
    this.map.on('resize', () => {
      this.map.setMaxBounds(this.cameraBounds());
      this.scheduleRefit();
    });
    // A panel over the map that opens, grows or goes (the legend opens once the colours are known, after the fit)
    // fits the national view again, while the camera is still where the fit put it.
    this.stopCoverWatch = watchCovers(container.closest('.map-pane') ?? container, COVER_SELECTOR, () => this.scheduleRefit());

    // Every camera change not made by the camera store's own sync (user input, fitBounds, map.jumpTo) leads.
    this.map.on('move', () => {
      if (!this.applyingCamera) callbacks.onUserCamera(this.getCamera());
    });
    this.map.on('zoom', () => callbacks.onZoom(this.map.getZoom()));
    this.map.on('click', (e) => this.dispatchClick(e.point.x, e.point.y, e.originalEvent));
    this.map.on('idle', () => this.onIdle());
    this.map.once('load', () => markStartup('map-load'));
    this.map.on('webglcontextlost', () => {
      container.dataset.contextLost = 'true';
      callbacks.onContextLost(true);
    });
    this.map.on('webglcontextrestored', () => {
      // deck.gl (luma.gl) caches its device and GL state on the context object, which outlives the loss, so it
      // cannot simply carry on: the pane rebuilds its map on a fresh canvas (the camera lives in the camera store).
      container.dataset.contextLost = 'false';
      callbacks.onContextLost(false);
    });
  }

  private createOverlay(): MapboxOverlay {
    const callbacks = this.callbacks;
    return new MapboxOverlay({
      interleaved: true,
      layers: [],
      onHover: (info: PickingInfo) => callbacks.onHover(info.picked ? info.index : null, info.x, info.y),
      // No `onLoad` here: @deck.gl/mapbox wraps deck's onLoad to start following map moves, and every later
      // overlay.setProps would put a plain onLoad of ours back over that wrapper, so picking would never follow a
      // pan or zoom (hover found nothing after the user moved). The first drawn frame syncs instead.
    });
  }

  /** Once deck.gl's renderer is up (its first frame), hands it the camera the national fit set before that. */
  private syncPickingCameraWhenReady(): void {
    const onRender = (): void => {
      const deck = (this.map as unknown as { __deck?: { isInitialized?: boolean } | null }).__deck;
      if (this.destroyed || !deck?.isInitialized) return;
      this.map.off('render', onRender);
      this.syncPickingCamera();
    };
    this.map.on('render', onRender);
  }

  /**
   * Gives deck.gl the map's camera once its renderer is up. In interleaved mode deck.gl draws with the map's camera
   * of each frame but picks (hover, click) with its own copy, which it follows only from map moves after its
   * renderer started: the national fit made in the constructor comes before that, so without this every pick at
   * the default view went to where things would lie at the nominal camera (an arc's hover found nothing).
   */
  private syncPickingCamera(): void {
    const deck = (this.map as unknown as { __deck?: { setProps: (props: { viewState: object }) => void } | null }).__deck;
    if (!deck || this.destroyed) return;
    const c = this.map.getCenter();
    deck.setProps({
      viewState: {
        longitude: ((c.lng + 540) % 360) - 180,
        latitude: c.lat,
        zoom: this.map.getZoom(),
        bearing: this.map.getBearing(),
        pitch: this.map.getPitch(),
        padding: this.map.getPadding(),
        repeat: this.map.getRenderWorldCopies(),
      },
    });
  }

  /**
   * Clicks are picked here rather than through deck.gl's own click handling, which in interleaved mode with
   * maplibre-gl 6 never sees the pointer-down it picks from. Same rules as deck.gl: the top object's layer handles
   * the click first (returning true stops it); otherwise a county fill selects its county, and empty map clears.
   */
  private dispatchClick(x: number, y: number, event: MouseEvent): void {
    const info = this.overlay.pickObject({ x, y, radius: CLICK_RADIUS_PX });
    const additive = event.shiftKey || event.ctrlKey || event.metaKey;
    if (!info || !info.layer) {
      this.callbacks.onClick(null, additive);
      return;
    }
    const layerClick = info.layer.props.onClick as ((i: PickingInfo, e: unknown) => boolean | void) | null | undefined;
    if (layerClick && layerClick(info, { srcEvent: event }) === true) return;
    if (info.layer.id.startsWith('county-fill-')) this.callbacks.onClick(info.index, additive);
  }

  /** Fills the base style's sources (land and border meshes). */
  setBaseData(base: BaseGeometry): void {
    const apply = (): void => {
      for (const [id, data] of Object.entries(baseSourceData(base))) void this.map.getSource<GeoJSONSource>(id)?.setData(data);
      this.baseSubmitted = true;
      markStartup('base-submitted');
    };
    if (this.map.isStyleLoaded()) apply();
    else this.map.once('style.load', apply);
  }

  /**
   * Switches the base map's colours (light desk, dark wall) on the live style: paint properties only, so no source
   * and no geometry is rebuilt and no frame but the next is spent.
   */
  setBaseTheme(theme: BaseTheme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    const apply = (): void => {
      if (this.destroyed || this.theme !== theme) return;
      for (const [layer, property, value] of baseThemePaint(theme)) {
        if (this.map.getLayer(layer)) this.map.setPaintProperty(layer, property, value);
      }
    };
    if (this.map.isStyleLoaded()) apply();
    else this.map.once('style.load', apply);
  }

  /** Replaces the deck.gl layers (cheap when ids and data are stable). */
  setLayers(layers: Layer[], hasCounties: boolean): void {
    this.layers = layers;
    this.overlay.setProps({ layers });
    if (hasCounties) this.countiesSubmitted = true;
  }

  /** The deck.gl layers drawn now (the map image export draws clones of them on its own map). */
  currentLayers(): readonly Layer[] {
    return this.layers;
  }

  /** Moves the camera without reporting it back as a user move. */
  jumpTo(camera: Camera): void {
    const current = this.getCamera();
    if (Math.abs(current.lng - camera.lng) < 1e-9 && Math.abs(current.lat - camera.lat) < 1e-9 && Math.abs(current.zoom - camera.zoom) < 1e-9) return;
    this.allowCamera(camera);
    this.applyingCamera = true;
    try {
      this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
    } finally {
      this.applyingCamera = false;
    }
    this.syncPickingCamera();
  }

  /**
   * Lets this pane show `camera` unclamped: a linked lead pane may have fitted China further out than this pane's
   * own minimum zoom and bounds allow (its panels cover more), and a clamped copy would show China cut off.
   */
  private allowCamera(camera: Camera): void {
    if (camera.zoom < this.map.getMinZoom()) this.map.setMinZoom(minZoomForFit(camera.zoom, MIN_ZOOM));
    const size = { width: this.container.clientWidth, height: this.container.clientHeight };
    const current = this.map.getMaxBounds();
    if (size.width <= 0 || size.height <= 0 || !current) return;
    const bounds: LngLatBox = [
      [current.getWest(), current.getSouth()],
      [current.getEast(), current.getNorth()],
    ];
    const next = boundsHolding(bounds, visibleBox(camera, size));
    if (next !== bounds) this.map.setMaxBounds(next);
  }

  /**
   * Frames China again now when what covers the pane has changed since the last national fit (a legend that
   * arrived with its data, a title that wrapped) and the camera is still where that fit put it. True if it did.
   * (The cover watch does the same, debounced; the wall calls this at once after a scene's panels settle.)
   */
  refitIfCoversChanged(): boolean {
    return this.refitIfNational();
  }

  /** The padding that keeps the fitted view clear of everything drawn over the pane, measured now. */
  coverPadding(): Padding {
    return coverPaddingOf(this.container);
  }

  /** Camera bounds that hold China with a margin and never clamp a country-wide fit at this pane's aspect. */
  private cameraBounds(): [[number, number], [number, number]] {
    const size = { width: this.container.clientWidth, height: this.container.clientHeight };
    if (size.width <= 0 || size.height <= 0) return CHINA_CAMERA_BOUNDS;
    return cameraBoundsFor(CHINA_CAMERA_BOUNDS, CHINA_BOUNDS, size, this.coverPadding());
  }

  /**
   * Shows all of China inside the uncovered part of the pane (the default national view); with a duration the
   * camera flies there (a scene change on the wall) and the move is reported like a user's, so linked panes follow.
   */
  frameChina(durationMs = 0, covers: Padding | null = null): void {
    const size = { width: this.container.clientWidth, height: this.container.clientHeight };
    if (size.width <= 0 || size.height <= 0) return;
    const padding = covers ?? this.coverPadding();
    this.map.setMaxBounds(cameraBoundsFor(CHINA_CAMERA_BOUNDS, CHINA_BOUNDS, size, padding));
    const camera = fitCamera(CHINA_BOUNDS, size, padding);
    // A free area too small for China at the usual minimum zoom lowers the minimum rather than cutting China off.
    this.map.setMinZoom(minZoomForFit(camera.zoom, MIN_ZOOM));
    const target = { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom };
    if (durationMs > 0) {
      this.fitted = null;
      this.map.flyTo({ ...target, duration: durationMs, essential: true });
      this.map.once('moveend', () => {
        this.fitted = this.getCamera();
      });
    } else {
      this.map.jumpTo(target);
      this.fitted = this.getCamera();
    }
    // A re-fit moves the camera outside any gesture: hand deck.gl's picking the new camera at once (a browser run
    // found its picking still at the first fit after the re-fit for the legend).
    this.syncPickingCamera();
  }

  /** Fits the national view again soon (debounced), if the camera is then still where the last fit put it. */
  private scheduleRefit(): void {
    if (this.destroyed || !this.fitted) return;
    if (this.refitTimer !== null) window.clearTimeout(this.refitTimer);
    this.refitTimer = window.setTimeout(() => {
      this.refitTimer = null;
      this.refitIfNational();
    }, REFIT_DEBOUNCE_MS);
  }

  /**
   * The national fit again, for the free area of now: only while the camera is where the last fit put it (a user's
   * own view is never taken away; once moved, the pane stops re-fitting), and only when the fit would move the
   * camera noticeably (so a scale bar that changes width with the zoom cannot start a chain of fits).
   */
  private refitIfNational(): boolean {
    const fitted = this.fitted;
    if (!fitted || this.destroyed) return false;
    const now = this.getCamera();
    if (!sameFit(now, fitted)) {
      this.fitted = null;
      return false;
    }
    const size = { width: this.container.clientWidth, height: this.container.clientHeight };
    if (size.width <= 0 || size.height <= 0) return false;
    const next = fitCamera(CHINA_BOUNDS, size, this.coverPadding());
    const worldPx = 512 * 2 ** now.zoom;
    const shiftPx = Math.hypot((mercatorX(next.lng) - mercatorX(now.lng)) * worldPx, (mercatorY(next.lat) - mercatorY(now.lat)) * worldPx);
    if (Math.abs(next.zoom - now.zoom) < 0.01 && shiftPx < 2) return false;
    this.frameChina();
    return true;
  }

  /** Flies (or, with no duration, jumps) to a camera; reported like a user move, so linked panes follow. */
  flyTo(camera: Camera, durationMs: number): void {
    const target = { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom };
    if (durationMs > 0) this.map.flyTo({ ...target, duration: durationMs, essential: true });
    else this.map.jumpTo(target);
  }

  /** Animates to a bounding box [w, s, e, n] (zoom to province / county). */
  fitBounds(bbox: [number, number, number, number], maxZoom = 9): void {
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 40, maxZoom, duration: 600 },
    );
  }

  /** The current camera. */
  getCamera(): Camera {
    const c = this.map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /**
   * Releases everything the pane holds, in an order that lets each part clean up while what it needs still
   * exists: the deck.gl overlay first (its layers free their buffers on the live context), then the luma.gl device
   * deck.gl attached to maplibre's context, whose canvas observers (a ResizeObserver, an IntersectionObserver and
   * a device-pixel-ratio media query listener held by the window) nobody else stops and which would otherwise keep
   * the canvas, the context and the whole map alive; last the map, which also loses its WebGL context.
   * Safe to call twice.
   */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.stopCoverWatch?.();
    if (this.refitTimer !== null) window.clearTimeout(this.refitTimer);
    const device = (this.map as unknown as { __deck?: { device?: AttachedDevice | null } | null }).__deck?.device ?? null;
    try {
      this.map.removeControl(this.overlay);
    } finally {
      device?.canvasContext?.destroy();
      device?.destroy();
      this.map.remove();
    }
  }

  private onIdle(): void {
    this.renderCount++;
    this.container.dataset.renderCount = String(this.renderCount);
    if (this.countiesSubmitted && this.baseSubmitted && this.container.dataset.mapReady !== 'true') {
      this.container.dataset.mapReady = 'true';
      markStartup('map-ready');
    }
  }
}
