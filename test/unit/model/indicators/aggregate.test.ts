import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateToLevel, aggregateValues, buildLevelIndex } from '../../../../src/model/indicators/aggregate';
import type { CountyIndexJson } from '../../../../src/model/geo/county';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const groups = Int32Array.from([0, 0, 0, 1, 1, -1]);
const f32 = (xs: number[]) => Float32Array.from(xs);

describe('aggregateValues', () => {
  const values = f32([1, 2, NaN, 10, 20, 99]);
  it('sums, averages and takes medians, skipping NaN and unknown counties', () => {
    expect(Array.from(aggregateValues(values, groups, 2, { method: 'sum' }))).toEqual([3, 30]);
    expect(Array.from(aggregateValues(values, groups, 2, { method: 'mean' }))).toEqual([1.5, 15]);
    expect(Array.from(aggregateValues(values, groups, 2, { method: 'median' }))).toEqual([1.5, 15]);
    expect(Array.from(aggregateValues(values, groups, 2, { method: 'min' }))).toEqual([1, 10]);
    expect(Array.from(aggregateValues(values, groups, 2, { method: 'max' }))).toEqual([2, 20]);
  });

  it('weights by another column and skips missing or zero weights', () => {
    const weights = f32([1, 3, 5, 0, NaN, 1]);
    const out = aggregateValues(values, groups, 2, { method: 'weighted_mean', weight: 'w' }, weights);
    expect(out[0]).toBeCloseTo(1.75);
    expect(out[1]).toBeNaN(); // both weights unusable
  });

  it('gives NaN, not 0, to a unit without any value', () => {
    const out = aggregateValues(f32([NaN, NaN, NaN, 1, 1, 1]), groups, 3, { method: 'sum' });
    expect(out[0]).toBeNaN();
    expect(out[1]).toBe(2);
    expect(out[2]).toBeNaN(); // a unit with no counties
  });

  it('needs the weight column for a weighted mean', () => {
    expect(() => aggregateValues(values, groups, 2, { method: 'weighted_mean', weight: 'w' })).toThrow(/weights/);
  });
});

describe('buildLevelIndex', () => {
  it('groups dataset counties into counties.json prefectures and provinces', () => {
    const counties = ['520201', '520104', '999999', '110101'];
    const pref = buildLevelIndex(index, counties, 'prefecture');
    expect(pref.ids).toEqual(index.prefectures.map((p) => p.adcode));
    expect(pref.ids[pref.groupOf[0]!]).toBe('520200');
    expect(pref.ids[pref.groupOf[1]!]).toBe('520100');
    expect(pref.groupOf[2]).toBe(-1);
    const prov = buildLevelIndex(index, counties, 'province');
    expect(prov.ids[prov.groupOf[0]!]).toBe('520000');
    expect(prov.groupOf[0]).toBe(prov.groupOf[1]);
    const poor = f32([10, 20, 5, 1]);
    const out = aggregateToLevel(poor, { method: 'weighted_mean', weight: 'rural_population' }, prov, (id) =>
      id === 'rural_population' ? f32([100, 300, 1, 1]) : undefined,
    );
    expect(out[prov.groupOf[0]!]).toBeCloseTo(17.5);
    expect(out[prov.ids.indexOf('110000')]).toBe(1);
    expect(out[prov.ids.indexOf('650000')]).toBeNaN();
  });
});
