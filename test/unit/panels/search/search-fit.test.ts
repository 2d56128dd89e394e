import { describe, expect, it } from 'vitest';
import { countyContextBox, MIN_CONTEXT_SPAN_DEG } from '../../../../src/panels/search/search-fit';
import type { BBox } from '../../../../src/model/geo/county';

const contains = (outer: BBox, inner: BBox) => outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

describe('the box a county search flies to', () => {
  it('keeps a ring of neighbours around the county, centred on it', () => {
    const county: BBox = [115, 38.7, 115.4, 39];
    const box = countyContextBox(county);
    expect(box[0]).toBeCloseTo(114.6);
    expect(box[2]).toBeCloseTo(115.8);
    expect(box[1]).toBeCloseTo(38.4);
    expect(box[3]).toBeCloseTo(39.3);
  });

  it('takes in a prefecture of comparable size whole', () => {
    const county: BBox = [115, 38.7, 115.4, 39];
    const prefecture: BBox = [113.7, 38.2, 116.6, 40.1];
    const box = countyContextBox(county, prefecture);
    expect(contains(box, prefecture)).toBe(true);
    expect(contains(box, county)).toBe(true);
  });

  it('does not zoom out to a huge prefecture, and never shows a tiny district alone', () => {
    const county: BBox = [87.5, 43.7, 87.7, 43.9];
    const hugePrefecture: BBox = [80, 35, 95, 46];
    expect(countyContextBox(county, hugePrefecture)[2] - countyContextBox(county, hugePrefecture)[0]).toBeCloseTo(0.6);
    const district: BBox = [116.39, 39.9, 116.42, 39.92];
    const box = countyContextBox(district);
    expect(box[2] - box[0]).toBeCloseTo(MIN_CONTEXT_SPAN_DEG);
    expect(box[3] - box[1]).toBeCloseTo(MIN_CONTEXT_SPAN_DEG);
  });
});
