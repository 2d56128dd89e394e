import { describe, expect, it } from 'vitest';
import { datasetIdFor, indicatorIdFor, uniqueId } from '../../../../src/data/import/slug-id';

describe('ids', () => {
  it('gives known indicators their sample ids', () => {
    expect(indicatorIdFor('农村自来水普及率(%)')).toBe('tap_water');
    expect(indicatorIdFor('贫困发生率')).toBe('poverty_incidence');
    expect(indicatorIdFor('HOUS_SAMP_WATR')).toBe('tap_water');
  });
  it('slugs Latin headers and hashes Chinese ones stably', () => {
    expect(indicatorIdFor('HOUS_ROOM')).toBe('hous_room');
    expect(indicatorIdFor('人口数_合计')).toMatch(/^v_[0-9a-z]+$/);
    expect(indicatorIdFor('人口数_合计')).toBe(indicatorIdFor('人口数_合计'));
    expect(indicatorIdFor('人口数_合计')).not.toBe(indicatorIdFor('人口数_男'));
  });
  it('keeps ids unique', () => {
    const taken = new Set<string>();
    expect([uniqueId('a', taken), uniqueId('a', taken), uniqueId('a', taken)]).toEqual(['a', 'a_2', 'a_3']);
  });
  it('makes dataset ids from file names, avoiding ids in use', () => {
    expect(datasetIdFor('poverty_county_list.csv')).toBe('poverty-county-list');
    expect(datasetIdFor('sample.csv')).toBe('sample-2');
    expect(datasetIdFor('全国832个贫困县.xlsx')).toMatch(/^import-[a-z0-9]+$/);
    expect(datasetIdFor('a.csv', ['a'])).toBe('a-2');
  });
});
