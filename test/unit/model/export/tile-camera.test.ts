import { describe, expect, it } from 'vitest';
import { lngLatOf, renderTiles, worldPixel } from '../../../../src/model/export/tile-camera';

describe('tile cameras', () => {
  it('world pixels and points round-trip', () => {
    const p = worldPixel(104.5, 36, 4.2);
    const back = lngLatOf(p.x, p.y, 4.2);
    expect(back.lng).toBeCloseTo(104.5, 9);
    expect(back.lat).toBeCloseTo(36, 9);
  });

  it('one tile when the render fits, with the pane camera', () => {
    const cam = { lng: 104.5, lat: 36, zoom: 4 };
    const tiles = renderTiles(cam, 3000, 2000, 2, 4096);
    expect(tiles).toHaveLength(1);
    expect(tiles[0]).toMatchObject({ x: 0, y: 0, widthPx: 3000, heightPx: 2000 });
    expect(tiles[0]!.camera.lng).toBeCloseTo(104.5, 9);
    expect(tiles[0]!.camera.lat).toBeCloseTo(36, 9);
  });

  it('tiles cover the render exactly and their centres sit where the pane projects them', () => {
    const cam = { lng: 104.5, lat: 36, zoom: 4 };
    const ratio = 4;
    const tiles = renderTiles(cam, 7680, 4000, ratio, 4096);
    expect(tiles).toHaveLength(2);
    expect(tiles.reduce((a, t) => a + t.widthPx * t.heightPx, 0)).toBe(7680 * 4000);
    for (const t of tiles) expect(Math.max(t.widthPx, t.heightPx)).toBeLessThanOrEqual(4096);
    const centre = worldPixel(cam.lng, cam.lat, cam.zoom);
    for (const t of tiles) {
      const p = worldPixel(t.camera.lng, t.camera.lat, t.camera.zoom);
      expect((p.x - centre.x) * ratio).toBeCloseTo(t.x + t.widthPx / 2 - 3840, 4);
      expect((p.y - centre.y) * ratio).toBeCloseTo(t.y + t.heightPx / 2 - 2000, 4);
    }
  });
});
