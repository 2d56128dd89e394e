/**
 * The national fit with the real panels of a pane (as measured in the browser at 1280×800: the indicator column with
 * its legend top-left, the layers row beside it, the arc legend in the partnership tab, the zoom buttons, the scale,
 * the inset) at 1280×800, 16:9, 32:9 and 4K: China's west tip and Hainan land in the uncovered part, the edges are
 * chosen for all panels together, and a free area too small for the usual minimum zoom lowers it.
 */
import { describe, expect, it } from 'vitest';
import {
  CHINA_BOUNDS,
  fitCamera,
  mercatorX,
  mercatorY,
  minZoomForFit,
  boundsHolding,
  visibleBox,
  paddingForCovers,
  type FitCamera,
  type Rect,
  type Size,
} from '../../../src/map/china-framing';

function project(camera: FitCamera, size: Size, [lng, lat]: [number, number]): { x: number; y: number } {
  const worldPx = 512 * 2 ** camera.zoom;
  return {
    x: size.width / 2 + (mercatorX(lng) - mercatorX(camera.lng)) * worldPx,
    y: size.height / 2 + (mercatorY(lat) - mercatorY(camera.lat)) * worldPx,
  };
}

/** China's far places that a fit must show: the west tip (Xinjiang), Hainan, the north and east tips, the box corners. */
const PLACES: Record<string, [number, number]> = {
  westXinjiang: [73.6, 39.4],
  hainan: [109.8, 19.2],
  northHeilongjiang: [122.3, 53.4],
  eastHeilongjiang: [134.7, 48.3],
  boxSW: [CHINA_BOUNDS[0][0], CHINA_BOUNDS[0][1]],
  boxNE: [CHINA_BOUNDS[1][0], CHINA_BOUNDS[1][1]],
  boxNW: [CHINA_BOUNDS[0][0], CHINA_BOUNDS[1][1]],
  boxSE: [CHINA_BOUNDS[1][0], CHINA_BOUNDS[0][1]],
};

/** The panels over a pane of `size` at `scale` (1 on a desk screen, 2 when the type is doubled on a 4K wall). */
function panelsOf(size: Size, scale: number, partnership: boolean): Rect[] {
  const s = (v: number): number => v * scale;
  const covers: Rect[] = [
    { x: s(6), y: s(6), width: s(331), height: s(477) }, // indicator column: badge, indicator panel, legend, filter
    { x: s(343), y: s(6), width: s(200), height: s(26) }, // layer switches
    { x: size.width - s(39), y: s(10), width: s(29), height: s(58) }, // zoom buttons
    { x: s(10), y: size.height - s(34), width: s(62), height: s(22) }, // scale bar
    { x: size.width - s(156), y: size.height - s(194), width: s(107), height: s(149) }, // South China Sea inset
  ];
  if (partnership) covers.push({ x: s(550), y: s(6), width: s(255), height: s(200) }); // arc legend
  return covers;
}

const SCREENS: { name: string; size: Size; scale: number }[] = [
  { name: '1280×800', size: { width: 973, height: 715 }, scale: 1 },
  { name: '16:9 (1920×1080)', size: { width: 1459, height: 995 }, scale: 1 },
  { name: '32:9 (3840×1080)', size: { width: 3080, height: 995 }, scale: 1 },
  { name: '4K (3840×2160)', size: { width: 3080, height: 2075 }, scale: 1 },
  { name: '4K with doubled type', size: { width: 3080, height: 2075 }, scale: 2 },
];

function covered(p: { x: number; y: number }, covers: Rect[]): boolean {
  return covers.some((c) => p.x >= c.x && p.x <= c.x + c.width && p.y >= c.y && p.y <= c.y + c.height);
}

describe('the national fit clear of the real panels', () => {
  for (const { name, size, scale } of SCREENS) {
    for (const partnership of [false, true]) {
      it(`at ${name}${partnership ? ' with the arc legend' : ''}: every far place of China is on the map and uncovered`, () => {
        const covers = panelsOf(size, scale, partnership);
        const pad = paddingForCovers({ x: 0, y: 0, ...size }, covers, CHINA_BOUNDS);
        const camera = fitCamera(CHINA_BOUNDS, size, pad);
        for (const [place, lngLat] of Object.entries(PLACES)) {
          const p = project(camera, size, lngLat);
          expect({ place, inPane: p.x >= 0 && p.x <= size.width && p.y >= 0 && p.y <= size.height }).toEqual({ place, inPane: true });
          expect({ place, covered: covered(p, covers) }).toEqual({ place, covered: false });
        }
        // Choosing the edges together never fits China smaller than charging each panel to its own cheapest edge.
        const greedy = fitCamera(CHINA_BOUNDS, size, paddingForCovers({ x: 0, y: 0, ...size }, covers));
        expect(camera.zoom).toBeGreaterThanOrEqual(greedy.zoom - 1e-9);
      });
    }
  }

  it('at 1280×800 the inset goes to the edge China can spare, so China is drawn larger than with each panel on its own cheapest edge', () => {
    const { size } = SCREENS[0]!;
    const covers = panelsOf(size, 1, false);
    const joint = fitCamera(CHINA_BOUNDS, size, paddingForCovers({ x: 0, y: 0, ...size }, covers, CHINA_BOUNDS));
    const greedy = fitCamera(CHINA_BOUNDS, size, paddingForCovers({ x: 0, y: 0, ...size }, covers));
    expect(joint.zoom).toBeGreaterThan(greedy.zoom + 0.1);
  });

  it('the scale bar next to the tall column costs nothing (charged to the column’s edge)', () => {
    const { size } = SCREENS[0]!;
    const covers = panelsOf(size, 1, false);
    const withScale = paddingForCovers({ x: 0, y: 0, ...size }, covers, CHINA_BOUNDS);
    const withoutScale = paddingForCovers({ x: 0, y: 0, ...size }, covers.filter((_, i) => i !== 3), CHINA_BOUNDS);
    expect(fitCamera(CHINA_BOUNDS, size, withScale).zoom).toBeCloseTo(fitCamera(CHINA_BOUNDS, size, withoutScale).zoom, 9);
  });

  it('a small pane (one of four at 1280×800) fits China below the usual minimum zoom, and the minimum follows', () => {
    const size = { width: 480, height: 350 };
    const covers = [
      { x: 4, y: 4, width: 240, height: 300 },
      { x: size.width - 35, y: 8, width: 29, height: 58 },
    ];
    const camera = fitCamera(CHINA_BOUNDS, size, paddingForCovers({ x: 0, y: 0, ...size }, covers, CHINA_BOUNDS));
    expect(camera.zoom).toBeLessThan(2);
    const minZoom = minZoomForFit(camera.zoom, 2);
    expect(minZoom).toBeLessThan(camera.zoom);
    expect(minZoom).toBeGreaterThanOrEqual(0);
  });
});

describe('minZoomForFit', () => {
  it('keeps the usual minimum when the fit lies above it, lowers it below a fit that does not', () => {
    expect(minZoomForFit(2.8, 2)).toBe(2);
    expect(minZoomForFit(1.9, 2)).toBeCloseTo(1.65, 9);
    expect(minZoomForFit(0.1, 2)).toBe(0);
    expect(minZoomForFit(Number.NaN, 2)).toBe(2);
  });
});

describe('boundsHolding', () => {
  it('keeps bounds that hold the view, grows them (with slack, inside the world) to hold a wider one', () => {
    const bounds: [[number, number], [number, number]] = [[55, -5], [155, 62]];
    expect(boundsHolding(bounds, [[70, 10], [140, 55]])).toBe(bounds);
    // The lead pane's camera further out than this pane's own fit: its whole view must fit in the bounds.
    const view = visibleBox({ lng: 104, lat: 36, zoom: 2.2 }, { width: 730, height: 490 });
    const grown = boundsHolding(bounds, view);
    expect(grown[0][0]).toBeLessThan(view[0][0]);
    expect(grown[1][0]).toBeGreaterThan(view[1][0]);
    expect(grown[0][1]).toBeLessThanOrEqual(view[0][1]);
    expect(grown[1][1]).toBeGreaterThanOrEqual(view[1][1]);
    const world = boundsHolding(bounds, [[-200, -89], [200, 89]]);
    expect(world).toEqual([[-180, -85.051129], [180, 85.051129]]);
  });
});

describe('joint cover choice on a 4K wall pane (presentation legend strip)', () => {
  it('charges a wide legend strip to the bottom edge, not to a side under the 60 % cap', () => {
    // Pane 1 of four at 3840×2160 as measured in presentation: title on top, legend strip along the bottom, the
    // South China Sea inset in the bottom-right corner.
    const pane = { x: 0, y: 213, width: 1915, height: 917 };
    const covers = [
      { x: 10, y: 225, width: 1840, height: 90 },
      { x: 23, y: 798, width: 1654, height: 309 },
      { x: 1705, y: 840, width: 160, height: 260 },
    ];
    const pad = paddingForCovers(pane, covers, CHINA_BOUNDS);
    expect(pad.bottom).toBeGreaterThanOrEqual(1130 - 798);
    expect(pad.top).toBeGreaterThanOrEqual(315 - 213);
    expect(pad.left + pad.right).toBeLessThan(1915 * 0.6);
  });
});
