import { describe, expect, it } from 'vitest';
import { metresPerPixel, niceScaleBar } from '../../../../src/model/export/scale-bar';

describe('scale bar', () => {
  it('ground resolution halves with each zoom level and shrinks with latitude', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(0, 4)).toBeCloseTo(metresPerPixel(0, 3) / 2, 6);
    expect(metresPerPixel(60, 3)).toBeCloseTo(metresPerPixel(0, 3) / 2, 6);
  });
  it('picks the longest 1-2-5 distance that fits', () => {
    // 4 km per pixel, 130 px: at most 520 km → 500 km, 125 px.
    expect(niceScaleBar(4000, 130)).toEqual({ lengthPx: 125, distanceKm: 500, label: '500 km' });
    // 30 m per pixel, 130 px: at most 3.9 km → 2 km.
    expect(niceScaleBar(30, 130)?.distanceKm).toBe(2);
    expect(niceScaleBar(3, 130)?.label).toBe('0.2 km');
  });
  it('nothing for a degenerate map', () => {
    expect(niceScaleBar(0, 130)).toBeNull();
    expect(niceScaleBar(0.01, 100)).toBeNull();
  });
});
