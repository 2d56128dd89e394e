/**
 * The county brief's map: the focused county in its prefecture, drawn on an offscreen map with pane 1's layers
 * (its colours, so the brief shows what the map shows) and the county outlined, at twice the CSS size for print.
 */
import { buildOutlinePaths, createCountyOutlineLayer } from '../../layers/county-outline-layer';
import { getPane } from '../../selectors/pane-registry';
import { useAppStore } from '../../store/app-store';
import { fitCamera } from '../china-framing';
import { PaneController } from '../pane-controller';
import { cloneLayers, maxCanvasSide, OffscreenMap } from './offscreen-map';

/** Pane number the brief's own outline layer is keyed by (no live pane has it). */
const BRIEF_PANE = 9;
const OUTLINE_COLOR: [number, number, number, number] = [0, 90, 200, 255];

/** A PNG data URL of the county in its prefecture, or null when the map or the county is not ready. */
export async function renderCountyInset(adcode: string, cssWidth = 480, cssHeight = 320): Promise<string | null> {
  const { geo } = useAppStore.getState();
  const base = (geo.hi ?? geo.lo)?.base ?? null;
  const geometry = (geo.hi ?? geo.lo)?.geometry ?? null;
  const county = geo.view?.county(adcode);
  const position = geo.view?.positionOf.get(adcode);
  const live = getPane(0);
  if (!base || !geometry || !county || position === undefined || !(live instanceof PaneController)) return null;
  const prefecture = geo.view?.prefecture.get(county.prefecture);
  const [w, s, e, n] = prefecture?.bbox ?? county.bbox;
  const camera = fitCamera(
    [
      [w, s],
      [e, n],
    ],
    { width: cssWidth, height: cssHeight },
    { top: 16, right: 16, bottom: 16, left: 16 },
  );
  const outline = createCountyOutlineLayer(BRIEF_PANE, 'brief', buildOutlinePaths(geometry, [{ county: position, color: OUTLINE_COLOR, widthPx: 3 }]));
  const offscreen = new OffscreenMap({ cssWidth, cssHeight, pixelRatio: 2, maxCanvasPx: Math.min(4096, maxCanvasSide()), base });
  try {
    const canvas = await offscreen.render(camera, cssWidth, cssHeight, [...cloneLayers(live.currentLayers()), outline], new AbortController().signal);
    return canvas.toDataURL('image/png');
  } finally {
    offscreen.destroy();
  }
}
