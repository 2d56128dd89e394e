/**
 * Splitting a large pane render into tiles a WebGL canvas can hold: each tile is the same map at the same zoom,
 * its centre moved by the tile's offset in Web Mercator pixels, so the tiles join without a seam. Pure.
 */
import type { Camera } from '../view/view-state';

const TILE_SIZE_PX = 512;

/** Web Mercator world pixel of a point at a zoom (maplibre's 512-px tiles). */
export function worldPixel(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const size = TILE_SIZE_PX * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * size, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size };
}

/** The point at a world pixel. */
export function lngLatOf(x: number, y: number, zoom: number): { lng: number; lat: number } {
  const size = TILE_SIZE_PX * 2 ** zoom;
  const n = Math.PI - (2 * Math.PI * y) / size;
  return { lng: (x / size) * 360 - 180, lat: (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n))) };
}

/** One tile of a pane render, in output pixels, and the camera that draws it. */
export interface RenderTile {
  x: number;
  y: number;
  widthPx: number;
  heightPx: number;
  camera: Camera;
}

/**
 * Tiles covering a `widthPx × heightPx` render of `camera` at `pixelRatio` output pixels per map pixel, none larger
 * than `maxTilePx` on a side.
 */
export function renderTiles(camera: Camera, widthPx: number, heightPx: number, pixelRatio: number, maxTilePx: number): RenderTile[] {
  const cols = Math.max(1, Math.ceil(widthPx / maxTilePx));
  const rows = Math.max(1, Math.ceil(heightPx / maxTilePx));
  const centre = worldPixel(camera.lng, camera.lat, camera.zoom);
  const tiles: RenderTile[] = [];
  for (let r = 0; r < rows; r++) {
    const y0 = Math.round((r * heightPx) / rows);
    const y1 = Math.round(((r + 1) * heightPx) / rows);
    for (let c = 0; c < cols; c++) {
      const x0 = Math.round((c * widthPx) / cols);
      const x1 = Math.round(((c + 1) * widthPx) / cols);
      // Offset of the tile's centre from the pane's centre, in map (CSS) pixels.
      const dx = ((x0 + x1) / 2 - widthPx / 2) / pixelRatio;
      const dy = ((y0 + y1) / 2 - heightPx / 2) / pixelRatio;
      const at = lngLatOf(centre.x + dx, centre.y + dy, camera.zoom);
      tiles.push({ x: x0, y: y0, widthPx: x1 - x0, heightPx: y1 - y0, camera: { lng: at.lng, lat: at.lat, zoom: camera.zoom } });
    }
  }
  return tiles;
}

