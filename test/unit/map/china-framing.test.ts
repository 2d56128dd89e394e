import { describe, expect, it } from 'vitest';
import {
  CHINA_BOUNDS,
  CHINA_CAMERA_BOUNDS,
  FIT_MARGIN_PX,
  cameraBoundsFor,
  fitCamera,
  mercatorX,
  mercatorY,
  paddingForCovers,
  visibleBox,
  type FitCamera,
  type LngLatBox,
  type Padding,
  type Size,
} from '../../../src/map/china-framing';

/** Pixel position of a place in a pane showing `camera` (same Mercator maths maplibre uses). */
function project(camera: FitCamera, size: Size, lng: number, lat: number): { x: number; y: number } {
  const worldPx = 512 * 2 ** camera.zoom;
  return {
    x: size.width / 2 + (mercatorX(lng) - mercatorX(camera.lng)) * worldPx,
    y: size.height / 2 + (mercatorY(lat) - mercatorY(camera.lat)) * worldPx,
  };
}

function inside(box: LngLatBox, outer: LngLatBox): boolean {
  return box[0][0] >= outer[0][0] - 1e-9 && box[0][1] >= outer[0][1] - 1e-9 && box[1][0] <= outer[1][0] + 1e-9 && box[1][1] <= outer[1][1] + 1e-9;
}

// The map area of the app at each screen (side column clamp(260px, 24vw, 760px), a header of about 40 px).
const SCREENS: Record<string, Size> = {
  '16:9 (1920×1080)': { width: 1920 - 461, height: 1040 },
  '32:9 (3840×1080)': { width: 3840 - 760, height: 1040 },
  '4K (3840×2160)': { width: 3840 - 760, height: 2120 },
};
// A toolbar with an open legend top-left, the zoom buttons top-right, the scale bottom-left, the inset bottom-right.
function coversOf(size: Size) {
  return [
    { x: 6, y: 6, width: 420, height: 260 },
    { x: size.width - 40, y: 10, width: 30, height: 60 },
    { x: 10, y: size.height - 30, width: 120, height: 20 },
    { x: size.width - 110, y: size.height - 160, width: 100, height: 140 },
  ];
}

describe('paddingForCovers', () => {
  it('charges each cover to its cheapest edge and keeps a margin', () => {
    const pane = { x: 0, y: 0, width: 1000, height: 800 };
    const pad = paddingForCovers(pane, [
      { x: 0, y: 0, width: 600, height: 50 }, // wide toolbar: takes height
      { x: 0, y: 100, width: 200, height: 500 }, // tall legend: takes width
    ]);
    expect(pad).toEqual({ top: 50 + FIT_MARGIN_PX, right: FIT_MARGIN_PX, bottom: FIT_MARGIN_PX, left: 200 + FIT_MARGIN_PX });
  });

  it('ignores covers outside the pane and uses pane-relative coordinates', () => {
    const pane = { x: 500, y: 100, width: 400, height: 300 };
    const pad = paddingForCovers(pane, [
      { x: 0, y: 0, width: 100, height: 100 },
      { x: 860, y: 300, width: 40, height: 100 }, // bottom-right corner of the pane
    ]);
    expect(pad.right).toBe(40 + FIT_MARGIN_PX);
    expect(pad.top).toBe(FIT_MARGIN_PX);
    expect(pad.left).toBe(FIT_MARGIN_PX);
  });

  it('on a 32:9 wall band, centring sends the legend strip to the bottom edge for a little zoom; without it China is pushed right', () => {
    // The presentation band at 3840×1080: one pane under the title band, the title top-left, the legend strip along
    // the bottom left (about half the width), the inset bottom-right.
    const size = { width: 3840, height: 960 };
    const pane = { x: 0, y: 0, ...size };
    const covers = [
      { x: 0, y: 0, width: 1500, height: 70 },
      { x: 0, y: 900, width: 2030, height: 60 },
      { x: 3640, y: 700, width: 180, height: 240 },
    ];
    const plain = paddingForCovers(pane, covers, CHINA_BOUNDS, 20);
    const centred = paddingForCovers(pane, covers, CHINA_BOUNDS, 20, 0.25);
    // Largest zoom: the strip (and the inset) to the side edges, which cost a band nothing but the centre.
    expect(plain.left).toBeGreaterThanOrEqual(2030);
    // Centred: the strip to the bottom; the free part's centre is near the pane's.
    expect(centred.bottom).toBeGreaterThanOrEqual(80);
    expect(centred.left).toBeLessThan(100);
    const offCentre = (p: Padding) => Math.abs(p.left - p.right) / size.width;
    expect(offCentre(centred)).toBeLessThan(0.1);
    expect(offCentre(plain)).toBeGreaterThan(0.4);
    // At most `centring` zoom given up, and China still clear of every cover.
    const zPlain = fitCamera(CHINA_BOUNDS, size, plain).zoom;
    const camera = fitCamera(CHINA_BOUNDS, size, centred);
    expect(camera.zoom).toBeGreaterThanOrEqual(zPlain - 0.25);
    const sw = project(camera, size, CHINA_BOUNDS[0][0], CHINA_BOUNDS[0][1]);
    const ne = project(camera, size, CHINA_BOUNDS[1][0], CHINA_BOUNDS[1][1]);
    for (const c of covers) {
      const overlaps = sw.x < c.x + c.width && ne.x > c.x && ne.y < c.y + c.height && sw.y > c.y;
      expect(overlaps, JSON.stringify(c)).toBe(false);
    }
  });

  it('centring never takes a choice that costs more than its zoom allowance', () => {
    // A tall column on the left of a 16:9 pane: charging it to the bottom would cost far more than 0.25 zoom.
    const pane = { x: 0, y: 0, width: 1600, height: 900 };
    const covers = [{ x: 0, y: 100, width: 400, height: 800 }];
    expect(paddingForCovers(pane, covers, CHINA_BOUNDS, 12, 0.25)).toEqual(paddingForCovers(pane, covers, CHINA_BOUNDS, 12));
  });

  it('never lets covers take more than 60 % of a dimension', () => {
    const pad = paddingForCovers({ x: 0, y: 0, width: 400, height: 400 }, [
      { x: 0, y: 0, width: 300, height: 400 },
      { x: 200, y: 0, width: 200, height: 400 },
    ]);
    expect(pad.left + pad.right).toBeCloseTo(400 * 0.6 + 2 * FIT_MARGIN_PX, 6);
  });
});

describe('fitting China', () => {
  for (const [name, size] of Object.entries(SCREENS)) {
    it(`at ${name} all of China lies in the uncovered part, and the bounds never clamp the fit`, () => {
      const pad: Padding = paddingForCovers({ x: 0, y: 0, ...size }, coversOf(size));
      const camera = fitCamera(CHINA_BOUNDS, size, pad);
      const [[w, s], [e, n]] = CHINA_BOUNDS;
      for (const [lng, lat] of [[w, s], [e, n], [w, n], [e, s], [109.8, 19.2]] as const) {
        const p = project(camera, size, lng, lat);
        expect(p.x).toBeGreaterThanOrEqual(pad.left - 1e-6);
        expect(p.x).toBeLessThanOrEqual(size.width - pad.right + 1e-6);
        expect(p.y).toBeGreaterThanOrEqual(pad.top - 1e-6);
        expect(p.y).toBeLessThanOrEqual(size.height - pad.bottom + 1e-6);
      }
      // Tight along one axis: one pair of edges touches the free area.
      const sw = project(camera, size, w, s);
      const ne = project(camera, size, e, n);
      const tightX = Math.abs(sw.x - pad.left) < 1e-6 && Math.abs(ne.x - (size.width - pad.right)) < 1e-6;
      const tightY = Math.abs(ne.y - pad.top) < 1e-6 && Math.abs(sw.y - (size.height - pad.bottom)) < 1e-6;
      expect(tightX || tightY).toBe(true);
      const bounds = cameraBoundsFor(CHINA_CAMERA_BOUNDS, CHINA_BOUNDS, size, pad);
      expect(inside(visibleBox(camera, size), bounds)).toBe(true);
      expect(inside(CHINA_CAMERA_BOUNDS, bounds)).toBe(true);
    });
  }

  it('at 32:9 the fixed 100° bounds are too narrow (the cut south of the issue) and the derived ones are not', () => {
    const size = SCREENS['32:9 (3840×1080)']!;
    const pad = paddingForCovers({ x: 0, y: 0, ...size }, coversOf(size));
    const camera = fitCamera(CHINA_BOUNDS, size, pad);
    const view = visibleBox(camera, size);
    expect(view[1][0] - view[0][0]).toBeGreaterThan(CHINA_CAMERA_BOUNDS[1][0] - CHINA_CAMERA_BOUNDS[0][0]);
    expect(camera.zoom).toBeGreaterThan(3.5);
    expect(camera.zoom).toBeLessThan(4.1);
    const bounds = cameraBoundsFor(CHINA_CAMERA_BOUNDS, CHINA_BOUNDS, size, pad);
    expect(bounds[1][0] - bounds[0][0]).toBeGreaterThan(view[1][0] - view[0][0]);
  });

  it('a wall band whose fitted view reaches past 180° gets bounds past 180° that hold the view (the camera stays on China)', () => {
    // One pane of the presentation at 3840×1080 (title band and stamp take 160 px): the pane title on the left, the
    // inset on the right, the legend strip along the bottom, as measured in the browser.
    const size = { width: 3840, height: 919 };
    const pad = { top: 12, right: 216, bottom: 78, left: 141 };
    const camera = fitCamera(CHINA_BOUNDS, size, pad);
    const [[w], [e]] = visibleBox(camera, size);
    expect(e).toBeGreaterThan(180);
    const bounds = cameraBoundsFor(CHINA_CAMERA_BOUNDS, CHINA_BOUNDS, size, pad);
    // Held whole, so maplibre neither zooms in nor pans the camera off the fit's centre.
    expect(inside(visibleBox(camera, size), bounds)).toBe(true);
    expect(bounds[1][0]).toBeGreaterThan(180);
    expect(bounds[1][0] - bounds[0][0]).toBeLessThan(360);
    expect(bounds[1][0] - bounds[0][0]).toBeGreaterThanOrEqual(e - w);
    expect(inside(CHINA_CAMERA_BOUNDS, bounds)).toBe(true);
  });

  it('a tall narrow pane (one of a 1×4 row) grows the latitude bounds instead', () => {
    const size = { width: 760, height: 1040 };
    const pad = paddingForCovers({ x: 0, y: 0, ...size }, []);
    const camera = fitCamera(CHINA_BOUNDS, size, pad);
    const bounds = cameraBoundsFor(CHINA_CAMERA_BOUNDS, CHINA_BOUNDS, size, pad);
    expect(inside(visibleBox(camera, size), bounds)).toBe(true);
  });

  it('keeps the bounds inside the world for an extreme aspect', () => {
    const size = { width: 20000, height: 300 };
    const pad = paddingForCovers({ x: 0, y: 0, ...size }, []);
    const bounds = cameraBoundsFor(CHINA_CAMERA_BOUNDS, CHINA_BOUNDS, size, pad);
    expect(bounds[0][0]).toBeGreaterThanOrEqual(-180);
    expect(bounds[1][0]).toBeLessThanOrEqual(180);
  });
});
