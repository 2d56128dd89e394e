import { describe, expect, it } from 'vitest';
import { alignColumn, buildAlignment, IndicatorCache, type AlignableSource } from '../../../src/data/indicator-cache';
import type { DatasetManifest, IndicatorValues } from '../../../src/model/indicators/dataset';
import type { AttributeValues } from '../../../src/data/dataset-loader';

const MAP = ['110101', '110102', '110103', '110104'];

function source(counties: string[], column: number[]): AlignableSource & { loads: number } {
  const values: IndicatorValues = { id: 'x', years: [2020], byYear: new Map([[2020, Float32Array.from(column)]]) };
  const attrs = new Map<string, AttributeValues>([['region', { id: 'region', kind: 'category', values: counties.map((c) => `r${c}`) }]]);
  const s = {
    loads: 0,
    manifest: { id: 'd', counties } as unknown as DatasetManifest,
    loadIndicator: async () => {
      s.loads++;
      return values;
    },
    loadAttributes: async () => attrs,
  };
  return s;
}

describe('buildAlignment / alignColumn', () => {
  it('is null (no copy) when the dataset order equals the map order', () => {
    expect(buildAlignment(MAP, MAP)).toBeNull();
    const col = Float32Array.from([1, 2, 3, 4]);
    expect(alignColumn(col, null)).toBe(col);
  });

  it('reorders through adcodes and leaves counties the dataset lacks as NaN', () => {
    const alignment = buildAlignment(['110104', '110101', '999999'], MAP);
    expect(Array.from(alignment!)).toEqual([1, -1, -1, 0]);
    const out = alignColumn(Float32Array.from([40, 10, 99]), alignment);
    expect(out[0]).toBe(10);
    expect(out[1]).toBeNaN();
    expect(out[2]).toBeNaN();
    expect(out[3]).toBe(40);
  });
});

describe('IndicatorCache', () => {
  it('aligns a dataset whose county order differs, loads once and peeks synchronously after', async () => {
    const cache = new IndicatorCache(MAP);
    const src = source(['110103', '110101', '110104', '110102'], [3, 1, 4, 2]);
    expect(cache.peek(src, 'x')).toBeUndefined();
    let notified = 0;
    cache.subscribe(() => notified++);
    const [a, b] = await Promise.all([cache.load(src, 'x'), cache.load(src, 'x')]);
    expect(a).toBe(b);
    expect(src.loads).toBe(1);
    expect(Array.from(a.byYear.get(2020)!)).toEqual([1, 2, 3, 4]);
    expect(cache.peek(src, 'x')).toBe(a);
    expect(notified).toBe(1);
    expect(cache.version).toBe(1);
  });

  it('aligns categorical attributes too', async () => {
    const cache = new IndicatorCache(MAP);
    const src = source(['110102', '110101'], [0, 0]);
    const attrs = await cache.loadAttributes(src);
    const region = attrs.get('region');
    expect(region?.kind === 'category' && region.values).toEqual(['r110101', 'r110102', null, null]);
    expect(cache.peekAttributes(src)).toBe(attrs);
  });
});
