import { describe, expect, it } from 'vitest';
import { computeWallLayout, MAX_CANVAS_DEVICE_PIXELS, type WallRect } from '../../../../src/model/present/wall-layout';

function inside(r: WallRect, w: number, h: number): boolean {
  return r.x >= 0 && r.y >= 0 && r.x + r.width <= w + 1 && r.y + r.height <= h + 1 && r.width > 0 && r.height > 0;
}
function overlaps(a: WallRect, b: WallRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('wall layout', () => {
  it('16:9 at 1920×1080: four panes in 2 × 2, inside the screen, not overlapping', () => {
    const l = computeWallLayout({ widthPx: 1920, heightPx: 1080, devicePixelRatio: 1, paneCount: 4, side: false });
    expect(l.shape).toBe('landscape');
    expect([l.columns, l.rows]).toEqual([2, 2]);
    expect(l.panes).toHaveLength(4);
    for (const p of l.panes) expect(inside(p, 1920, 1080)).toBe(true);
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(overlaps(l.panes[i]!, l.panes[j]!)).toBe(false);
    // The panes sit between the header and the footer.
    expect(l.panes[0]!.y).toBeGreaterThanOrEqual(l.header.height);
    expect(l.panes[3]!.y + l.panes[3]!.height).toBeLessThanOrEqual(l.footer.y);
  });

  it('4K: no interface text under 2.5% of the height, title larger, pixel ratio capped at 4K pixels', () => {
    const l = computeWallLayout({ widthPx: 3840, heightPx: 2160, devicePixelRatio: 2, paneCount: 1, side: false });
    expect(l.type.bodyPx / 2160).toBeGreaterThanOrEqual(0.025);
    expect(l.type.calloutPx / 2160).toBeGreaterThanOrEqual(0.025);
    expect(l.type.titlePx).toBeGreaterThan(l.type.bodyPx);
    expect(l.pixelRatio).toBe(1);
    expect(l.panes[0]!.width).toBe(3840);
  });

  it('32:9 band at 3840×1080: four panes in one row of equal width, the whole height below the header', () => {
    const l = computeWallLayout({ widthPx: 3840, heightPx: 1080, devicePixelRatio: 1, paneCount: 4, side: false });
    expect(l.shape).toBe('band');
    expect([l.columns, l.rows]).toEqual([4, 1]);
    const widths = l.panes.map((p) => p.width);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
    expect(new Set(l.panes.map((p) => p.y)).size).toBe(1);
    expect(l.type.bodyPx / 1080).toBeGreaterThanOrEqual(0.025);
    // A side panel takes a column on the right of the row.
    const s = computeWallLayout({ widthPx: 3840, heightPx: 1080, devicePixelRatio: 1, paneCount: 1, side: true });
    expect(s.side!.x).toBeGreaterThan(s.panes[0]!.x + s.panes[0]!.width - 1);
    expect(s.side!.x + s.side!.width).toBe(3840);
  });

  it('7680×2160: a row of four and the pixel ratio capped so the canvases hold no more than a 4K screen', () => {
    const l = computeWallLayout({ widthPx: 7680, heightPx: 2160, devicePixelRatio: 1, paneCount: 4, side: false });
    expect([l.columns, l.rows]).toEqual([4, 1]);
    expect(l.pixelRatio).toBeLessThan(1);
    expect(7680 * 2160 * l.pixelRatio ** 2).toBeLessThanOrEqual(MAX_CANVAS_DEVICE_PIXELS + 1);
    expect(l.type.bodyPx / 2160).toBeGreaterThanOrEqual(0.025);
  });

  it('portrait 1080×1920: panes stacked, side panel below, type sized to the width', () => {
    const l = computeWallLayout({ widthPx: 1080, heightPx: 1920, devicePixelRatio: 1, paneCount: 2, side: true });
    expect(l.shape).toBe('portrait');
    expect([l.columns, l.rows]).toEqual([1, 2]);
    expect(l.side!.y).toBeGreaterThanOrEqual(l.panes[1]!.y + l.panes[1]!.height);
    expect(l.type.bodyPx).toBeLessThan(1920 * 0.025);
    expect(l.type.bodyPx).toBeGreaterThanOrEqual(14);
    for (const p of [...l.panes, l.side!]) expect(inside(p, 1080, 1920)).toBe(true);
    const four = computeWallLayout({ widthPx: 1080, heightPx: 3840, devicePixelRatio: 1, paneCount: 4, side: false });
    expect([four.columns, four.rows]).toEqual([1, 4]);
  });
});
