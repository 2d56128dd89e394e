import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../../../src/panels/search/search-places';
import { createCountySearch } from '../../../../src/model/geo/county-search';
import type { County, CountyIndexJson } from '../../../../src/model/geo/county';

function county(adcode: string, name: string, prefecture: string, pinyin: string, initials: string): County {
  return { adcode, name, prefecture, province: adcode.slice(0, 2) + '0000', pinyin, initials, point: [0, 0], bbox: [0, 0, 1, 1] };
}

const index: CountyIndexJson = {
  schema: 1,
  vintage: '2016',
  source: 'test',
  provinces: [
    { adcode: '510000', name: '四川省', short: '四川', pinyin: 'sichuan', capital: '510100', point: [0, 0], bbox: [0, 0, 1, 1] },
    { adcode: '630000', name: '青海省', short: '青海', pinyin: 'qinghai', capital: '630100', point: [0, 0], bbox: [0, 0, 1, 1] },
  ],
  prefectures: [
    { adcode: '510100', name: '成都市', province: '510000', pinyin: 'chengdu', point: [0, 0], bbox: [1, 1, 2, 2] },
    { adcode: '632700', name: '玉树藏族自治州', province: '630000', pinyin: 'yushu', point: [0, 0], bbox: [0, 0, 1, 1] },
  ],
  counties: [
    county('510104', '锦江区', '510100', 'jinjiangqu', 'jjq'),
    county('632723', '称多县', '632700', 'chengduoxian', 'cdx'),
  ],
};
const counties = createCountySearch(index.counties, new Map());

describe('place search', () => {
  it('finds a prefecture by its name without 市, before counties', () => {
    const results = searchPlaces(index, counties, '成都', 5);
    expect(results[0]).toMatchObject({ kind: 'prefecture', adcode: '510100', context: '四川' });
  });

  it('ranks an exact pinyin prefecture above a county whose pinyin merely starts the same', () => {
    const results = searchPlaces(index, counties, 'chengdu', 5);
    expect(results.map((r) => r.adcode)).toEqual(['510100', '632723']);
  });

  it('finds provinces by short name and gives counties their parents as context', () => {
    expect(searchPlaces(index, counties, '四川', 5)[0]).toMatchObject({ kind: 'province', adcode: '510000' });
    expect(searchPlaces(index, counties, '锦江', 5)[0]).toMatchObject({ kind: 'county', context: '成都市 · 四川' });
  });

  it('offers only the kinds asked for', () => {
    expect(searchPlaces(index, counties, 'chengdu', 5, ['county']).map((r) => r.kind)).toEqual(['county']);
  });

  it('returns nothing for a blank query', () => {
    expect(searchPlaces(index, counties, '  ', 5)).toEqual([]);
  });
});
