/**
 * A map pane: creates its PaneController once, then keeps its deck.gl layers in step with the store. The live
 * camera is synchronised through the transient camera store, not React state.
 */
import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useAppStore } from '../store/app-store';
import { useHoverStore } from '../store/hover-store';
import { useArcHoverStore } from '../store/partnership-hover-store';
import { cameraStore } from '../store/camera-store';
import type { OutlineSpec } from '../layers/county-outline-layer';
import { PaneController, coverRectsOf } from './pane-controller';
import type { BaseTheme } from './base-style';
import type { Rect } from './china-framing';
import { applyMaplibreLocale } from './maplibre-locale';
import { effectivePlaceNames } from '../model/geo/place-name';
import { buildPaneLayers } from './pane-layers';
import { labelSizePx, nextZoomState, zoomBucket, type PaneZoomState } from './lod';
import { getPlaceLabels, labelCharacters } from './place-labels';
import { linkCameras, sameCamera } from './camera-link';
import { NATIONAL_CAMERA, type Camera } from '../model/view/view-state';
import { usePaneFill } from './use-pane-fill';
import { usePaneOverlays } from './use-pane-overlays';
import { useWarningOverlays } from './use-warning-overlays';
import { useFontsFor } from './use-fonts-ready';
import { focusPane, registerPane, unregisterPane } from '../selectors/pane-registry';
import { useT } from '../i18n/use-t';
import { SouthSeaInset } from './south-sea-inset';
import { COMPARE_COLORS } from '../model/compare/colors';
import { whenStartupReached } from '../lib/startup-marks';

const HOVER_COLOR: [number, number, number, number] = [20, 20, 20, 255];
const SELECT_COLOR: [number, number, number, number] = [0, 90, 200, 255];

/** The desk's theme, for shells that pass no theme hook. */
const lightTheme = (): BaseTheme => 'light';

function isNationalDefault(camera: Camera): boolean {
  return sameCamera(camera, NATIONAL_CAMERA);
}

/**
 * What the app plugs into every pane: the map knows no panel and no loader, so the shell passes them in
 * (src/app/feature-slots.tsx).
 */
export interface PaneSlots {
  /** Drawn in the pane's toolbar (indicator, layers and link controls, …). */
  Toolbar: ComponentType<{ pane: number }>;
  /** Drawn over the map (the hover tooltip). */
  Overlay: ComponentType<{ pane: number }>;
  /** Asks for the detailed boundaries (a pane zoomed in far enough). */
  requestDetailedGeometry: () => void;
  /** Resolves when the label font may be used (e.g. a bundled CJK font loaded where none is installed). */
  prepareLabelFont: () => Promise<void>;
  /** A hook: the factor map labels are scaled by (presentation mode makes them readable from across a room). */
  useLabelScale: () => number;
  /** A hook: the base map's theme (dark on a wall, light on the desk); light when absent. */
  useBaseTheme?: () => BaseTheme;
}

/**
 * What a closed pane leaves in the shared transient stores: its county and arc hover (a tooltip for a pane that is
 * gone) and, when the layout no longer has the pane (not on a rebuild after context loss), its live camera, so a
 * pane opened later starts from its view state rather than from the camera of a pane closed long ago.
 */
function releasePaneState(index: number): void {
  if (useHoverStore.getState().pane === index) useHoverStore.getState().setHover(null, null, 0, 0);
  if (useArcHoverStore.getState().pane === index) useArcHoverStore.getState().setHover(null, null, 0, 0);
  const paneCount = useAppStore.getState().view.panes.length;
  const { cameras } = cameraStore.getState();
  if (index >= paneCount && cameras.length > paneCount) cameraStore.setState({ cameras: cameras.slice(0, paneCount) });
}

/** True once any pane of the page has drawn its first map (start-up mark `map-ready`). */
function useFirstMapDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    void whenStartupReached('map-ready').then(() => {
      if (live) setDrawn(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return drawn;
}

/** How long a pane's first map waits for its indicator's colours before it draws the stand-in province colours. */
const FIRST_COLOURS_WAIT_MS = 4000;

/** True while `waiting` holds and FIRST_COLOURS_WAIT_MS have not passed since it first did. */
function useFirstColoursHold(waiting: boolean): boolean {
  const [expired, setExpired] = useState(false);
  const started = waiting || expired;
  useEffect(() => {
    if (!started) return;
    const timer = window.setTimeout(() => setExpired(true), FIRST_COLOURS_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, [started]);
  return waiting && !expired;
}

/** How long after the first map the empty highlight outline layers are built (ready for the first hover). */
const OUTLINES_AFTER_FIRST_MAP_MS = 2000;

/** True a while after the page's first map, once the browser is idle: for work that should not share its frame. */
function useSettledAfterFirstMap(firstMapDrawn: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!firstMapDrawn || settled) return;
    let idle = 0;
    const timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(() => setSettled(true), { timeout: 5000 });
      else setSettled(true);
    }, OUTLINES_AFTER_FIRST_MAP_MS);
    return () => {
      window.clearTimeout(timer);
      if (idle && 'cancelIdleCallback' in window) window.cancelIdleCallback(idle);
    };
  }, [firstMapDrawn, settled]);
  return settled;
}

/** Props of a map pane. */
export interface MapPaneProps {
  index: number;
  slots: PaneSlots;
}

/** One map pane. */
export function MapPane({ index, slots }: MapPaneProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<PaneController | null>(null);
  const [zoom, setZoom] = useState<PaneZoomState>(() => nextZoomState(null, cameraStore.getState().cameras[index]?.zoom ?? 3.4));
  const [size, setSize] = useState({ width: 800, height: 600 });
  const [contextLost, setContextLost] = useState(false);
  // Bumped when the WebGL context comes back: the pane's map is rebuilt on a fresh canvas.
  const [mapEpoch, setMapEpoch] = useState(0);
  const t = useT();

  const geo = useAppStore((s) => s.geo);
  const pane = useAppStore((s) => s.view.panes[index]);
  const selection = useAppStore((s) => s.view.selection);
  const compare = useAppStore((s) => s.view.compare);
  const showInset = useAppStore((s) => s.view.inset);
  const hoverAdcode = useHoverStore((s) => s.adcode);
  const fill = usePaneFill(index);
  const featureOverlays = usePaneOverlays(index);
  const warningOverlays = useWarningOverlays(index);
  const overlays = useMemo(
    () => (warningOverlays.length > 0 ? [...featureOverlays, ...warningOverlays] : featureOverlays),
    [featureOverlays, warningOverlays],
  );

  // The map is built once what its first frame needs is there — the coarse geometry and, at most
  // FIRST_COLOURS_WAIT_MS later, the indicator's colours — so that it draws its counties once, in their final
  // colours. Building it earlier does not help on software WebGL: context creation and shader compilation block the
  // main thread for seconds, and the colour columns' requests, queued behind them, would come back after the map had
  // drawn the stand-in province colours (a full frame more before the first map).
  const firstMapDrawn = useFirstMapDrawn();
  const geoSettled = !!geo.lo || geo.status === 'error';
  const holdForColours = useFirstColoursHold(geoSettled && !firstMapDrawn && fill?.pending === true);
  // Latched: once built, the map stays (a later change of colours never tears it down).
  const [mapWanted, setMapWanted] = useState(false);
  if (!mapWanted && geoSettled && !holdForColours) setMapWanted(true);

  // The covers as the pane is mounted: the national fit of a map built later uses them, so waiting for the first
  // frame's data does not change the framing (the legend, grown by then, would push China smaller and aside).
  const mountCoversRef = useRef<Rect[] | null>(null);
  useEffect(() => {
    if (containerRef.current) mountCoversRef.current = coverRectsOf(containerRef.current);
  }, []);

  // Create the map once per pane.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !mapWanted) return;
    // A pane kept mounted beyond the layout (parked by presentation mode) starts from the national view.
    const camera = cameraStore.getState().cameras[index] ?? useAppStore.getState().view.panes[index]?.camera ?? NATIONAL_CAMERA;
    const geometryOf = () => {
      const g = useAppStore.getState().geo;
      return (zoomBucket(controller.getCamera().zoom).hiRes && g.hi ? g.hi : g.lo)?.geometry ?? null;
    };
    const adcodeOfPart = (part: number | null): string | null => {
      const g = geometryOf();
      const idx = useAppStore.getState().geo.index;
      if (part === null || !g || !idx) return null;
      const county = g.partCounty[part];
      return county === undefined ? null : (idx.counties[county]?.adcode ?? null);
    };
    const controller = new PaneController(container, camera, {
      onHover: (part, x, y) => useHoverStore.getState().setHover(adcodeOfPart(part), part === null ? null : index, x, y),
      onClick: (part, additive) => {
        const adcode = adcodeOfPart(part);
        const actions = useAppStore.getState().viewActions;
        if (adcode) actions.selectCounty(adcode, additive ? 'toggle' : 'replace');
        else if (!additive) actions.clearSelection();
      },
      onUserCamera: (cam) => {
        const { view } = useAppStore.getState();
        // In swipe mode the two panes are one map to the user: always linked.
        const links = view.panes.map((p) => (view.swipe.enabled ? 'linked' : p.link));
        const current = cameraStore.getState().cameras;
        cameraStore.setState({ cameras: linkCameras(index, cam, links, current), driver: index });
      },
      onZoom: (z) => setZoom((prev) => nextZoomState(prev, z)),
      onContextLost: (lost) => {
        setContextLost(lost);
        if (!lost) setMapEpoch((e) => e + 1);
      },
    }, isNationalDefault(camera), mapEpoch === 0 ? mountCoversRef.current : null);
    controllerRef.current = controller;
    registerPane(index, controller);
    // The fitted national view replaces the nominal default camera, for every pane linked to this one.
    if (isNationalDefault(camera) && index === 0) {
      const { view } = useAppStore.getState();
      cameraStore.setState({
        cameras: linkCameras(0, controller.getCamera(), view.panes.map((p) => p.link), cameraStore.getState().cameras),
        driver: null,
      });
    }
    const unsubscribe = cameraStore.subscribe((state) => {
      const cam = state.cameras[index];
      if (cam && state.driver !== index) controller.jumpTo(cam);
    });
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect) setSize({ width: rect.width, height: rect.height });
    });
    observer.observe(container);
    return () => {
      unsubscribe();
      observer.disconnect();
      unregisterPane(index, controller);
      controller.destroy();
      controllerRef.current = null;
      releasePaneState(index);
    };
  }, [index, mapEpoch, mapWanted]);

  // maplibre's own control titles follow a language switch (the pane was built with the language of its birth).
  const lang = useAppStore((s) => s.view.lang);
  useEffect(() => {
    if (controllerRef.current) applyMaplibreLocale(controllerRef.current.map, lang);
  }, [lang, mapEpoch, mapWanted]);

  // Base map data: the detailed meshes once loaded, the coarse ones before.
  const base = geo.hi?.base ?? geo.lo?.base ?? null;
  useEffect(() => {
    if (base) controllerRef.current?.setBaseData(base);
  }, [base, mapEpoch, mapWanted]);

  const geometry = (zoom.hiRes && geo.hi ? geo.hi : geo.lo)?.geometry ?? null;
  // Each label level waits for its own glyphs, fetched the first time that level is shown.
  // In English the labels follow the place-name setting (pinyin, or pinyin beside the Chinese); each mode has its own
  // character set, so its glyphs load through the same per-level wait.
  const placeNames = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  const allLabels = useMemo(() => (geo.index ? getPlaceLabels(geo.index, placeNames) : null), [geo.index, placeNames]);
  const labelText = useMemo(
    () =>
      allLabels
        ? { province: labelCharacters(allLabels.province), prefecture: labelCharacters(allLabels.prefecture), county: labelCharacters(allLabels.county) }
        : null,
    [allLabels],
  );
  const { prepareLabelFont, requestDetailedGeometry, Toolbar, Overlay } = slots;
  const provinceFont = useFontsFor(labelText?.province ?? null, prepareLabelFont);
  const prefectureFont = useFontsFor(labelText && zoom.prefectureLabelsSeen ? labelText.prefecture : null, prepareLabelFont);
  const countyFont = useFontsFor(labelText && zoom.countyLabelsSeen ? labelText.county : null, prepareLabelFont);
  const labelLevelsUsed = useMemo(() => ({ prefecture: prefectureFont, county: countyFont }), [prefectureFont, countyFont]);
  useEffect(() => {
    if (zoom.hiRes) requestDetailedGeometry();
  }, [zoom.hiRes, requestDetailedGeometry]);
  // Place names join once the page's first map is drawn: their font atlas and text shader stay off the path to it.
  const labels = provinceFont && firstMapDrawn ? allLabels : null;
  // A wall reads from metres away: the shell may scale the labels up (presentation mode; 1 on the desk).
  const labelScale = slots.useLabelScale();
  const theme = (slots.useBaseTheme ?? lightTheme)();
  const labelSizes = useMemo(
    () => ({
      province: labelSizePx(size.width, size.height, 'province') * labelScale,
      prefecture: labelSizePx(size.width, size.height, 'prefecture') * labelScale,
      county: labelSizePx(size.width, size.height, 'county') * labelScale,
    }),
    [size.width, size.height, labelScale],
  );

  const outlinesSettled = useSettledAfterFirstMap(firstMapDrawn);
  const outlines = useMemo(() => {
    const view = geo.view;
    if (!view) return [];
    const spec = (adcode: string, color: [number, number, number, number], widthPx: number): OutlineSpec[] => {
      const county = view.positionOf.get(adcode);
      return county === undefined ? [] : [{ county, color, widthPx }];
    };
    const all = [
      { kind: 'compare', specs: compare.flatMap((a, i) => spec(a, COMPARE_COLORS[i % COMPARE_COLORS.length]!, 2.5)) },
      { kind: 'selection', specs: selection.flatMap((a) => spec(a, SELECT_COLOR, 3)) },
      { kind: 'hover', specs: hoverAdcode ? spec(hoverAdcode, HOVER_COLOR, 2) : [] },
    ];
    // Empty outline layers join a while after the first map: each still compiles the path shader and builds its
    // buffers, work neither the first frame nor the labels' frame right after it needs (one shader program fewer in
    // each on software WebGL). A highlight asked for earlier brings its layer at once.
    return outlinesSettled ? all : all.filter((o) => o.specs.length > 0);
  }, [geo.view, selection, compare, hoverAdcode, outlinesSettled]);

  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !geometry || !fill || !pane) return;
    const layers = buildPaneLayers({
      pane: index,
      geometry,
      colors: fill.colors,
      colorVersion: fill.version,
      showFill: pane.layers.choropleth,
      outlines,
      labels,
      showLabels: pane.layers.labels,
      zoom,
      labelSizes,
      labelLevelsUsed,
      overlays,
      theme,
    });
    controller.setLayers(layers, true);
  }, [index, geometry, fill, pane, outlines, labels, zoom, labelSizes, labelLevelsUsed, overlays, theme, mapEpoch, mapWanted]);

  // The base map follows the theme by paint properties alone (no geometry rebuilt); a map built later (mapWanted,
  // once its first frame's data is in) or rebuilt (mapEpoch) starts in it.
  useEffect(() => {
    controllerRef.current?.setBaseTheme(theme);
  }, [theme, mapEpoch, mapWanted]);

  return (
    // Working in a pane (pointer, wheel, keyboard focus) makes it the target of camera commands (search, zoom to).
    <div
      className="map-pane"
      data-pane={index}
      aria-label={t('map.pane', { n: index + 1 })}
      onPointerDownCapture={() => focusPane(index)}
      onWheelCapture={() => focusPane(index)}
      onFocusCapture={() => focusPane(index)}
    >
      <div ref={containerRef} className="map-pane__canvas" data-testid={`map-pane-${index}`} />
      <div className="pane-toolbar">
        <Toolbar pane={index} />
      </div>
      {showInset && <SouthSeaInset />}
      <Overlay pane={index} />
      {contextLost && <div className="map-pane__notice" role="status">{t('app.contextLost')}</div>}
    </div>
  );
}
