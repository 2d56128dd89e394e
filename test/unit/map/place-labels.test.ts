import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../src/model/geo/county';
import { getPlacedLabels, getPlaceLabels } from '../../../src/map/place-labels';

/** Two provinces close together (香港, 澳门) and one prefecture between them and 广东's point. */
const INDEX = {
  provinces: [
    { adcode: '440000', name: '广东省', short: '广东', point: [113.4, 23.4], pinyin: 'guangdong' },
    { adcode: '810000', name: '香港特别行政区', short: '香港', point: [114.17, 22.32], pinyin: 'xianggang' },
    { adcode: '820000', name: '澳门特别行政区', short: '澳门', point: [113.55, 22.19], pinyin: 'aomen' },
  ],
  prefectures: [{ adcode: '440400', name: '珠海市', province: '440000', point: [113.55, 22.25], pinyin: 'zhuhaishi' }],
  counties: [],
} as unknown as CountyIndexJson;

const SIZES = { province: 16, prefecture: 14, county: 13 };

describe('placed place labels', () => {
  it('shows 香港 and 澳门 apart at the national view, and the same arrays within a zoom step', () => {
    const labels = getPlaceLabels(INDEX);
    const a = getPlacedLabels(labels, { prefecture: false, county: false }, SIZES, 3.5);
    expect(a.province.map((p) => p.label.text)).toEqual(['广东', '香港', '澳门']);
    expect(a.province.find((p) => p.label.text === '澳门')?.offsetPx).not.toEqual([0, 0]);
    expect(getPlacedLabels(labels, { prefecture: false, county: false }, SIZES, 3.5)).toBe(a);
    expect(a.prefecture).toHaveLength(0);
  });

  it('places prefecture names around the province names when both are shown', () => {
    const placed = getPlacedLabels(getPlaceLabels(INDEX), { prefecture: true, county: false }, SIZES, 6);
    expect(placed.province).toHaveLength(3);
    const zhuhai = placed.prefecture.find((p) => p.label.text === '珠海市');
    // 珠海's point lies 0.06° from 澳门's: its name cannot sit on its point.
    expect(zhuhai === undefined || zhuhai.offsetPx.some((v) => v !== 0)).toBe(true);
  });
});
