import { describe, expect, it } from 'vitest';
import { COUNTY_LABEL_MIN_ZOOM, HI_RES_MIN_ZOOM, MIN_LABEL_PX, labelSizePx, nextZoomState, zoomBucket } from '../../../src/map/lod';

describe('level of detail', () => {
  it('switches to detailed boundaries at the threshold zoom', () => {
    expect(zoomBucket(HI_RES_MIN_ZOOM - 0.01).hiRes).toBe(false);
    expect(zoomBucket(HI_RES_MIN_ZOOM).hiRes).toBe(true);
  });

  it('keeps the same state object while the bucket does not change', () => {
    const a = nextZoomState(null, 3.5);
    expect(nextZoomState(a, 3.7)).toBe(a);
    expect(nextZoomState(a, 4.1).labelZoom).toBe(4);
  });

  it('remembers label levels once shown, after zooming back out', () => {
    const national = nextZoomState(null, 3.4);
    expect(national.countyLabelsSeen).toBe(false);
    const close = nextZoomState(national, COUNTY_LABEL_MIN_ZOOM + 0.5);
    const back = nextZoomState(close, 3.4);
    expect(back.countyLabels).toBe(false);
    expect(back.countyLabelsSeen).toBe(true);
    expect(back.prefectureLabelsSeen).toBe(true);
  });

  it('sizes labels with the pane, never below the readable minimum', () => {
    const small = (['province', 'prefecture', 'county'] as const).map((l) => labelSizePx(480, 270, l));
    expect(small.every((px) => px >= MIN_LABEL_PX)).toBe(true);
    expect(labelSizePx(3840, 2160, 'county')).toBeGreaterThan(labelSizePx(1920, 1080, 'county'));
    expect(labelSizePx(1920, 1080, 'county')).toBeLessThan(labelSizePx(1920, 1080, 'province'));
  });
});
