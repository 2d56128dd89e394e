import { describe, expect, it } from 'vitest';
import { searchCounties } from '../../../src/panels/search/search-model';
import type { County } from '../../../src/model/county';

function county(adcode: string, name: string, pinyin: string, initials: string): County {
  return { adcode, name, prefecture: adcode.slice(0, 4) + '00', province: adcode.slice(0, 2) + '0000', pinyin, initials, point: [0, 0], bbox: [0, 0, 1, 1] };
}

const counties = [
  county('510104', '锦江区', 'jinjiangqu', 'jjq'),
  county('510112', '龙泉驿区', 'longquanyiqu', 'lqyq'),
  county('350582', '晋江市', 'jinjiangshi', 'jjs'),
  county('110101', '东城区', 'dongchengqu', 'dcq'),
];

describe('county search', () => {
  it('ranks an exact Chinese name first', () => {
    expect(searchCounties(counties, '晋江市', 5)[0]?.adcode).toBe('350582');
  });

  it('finds by pinyin prefix and initials', () => {
    expect(searchCounties(counties, 'jinjiang', 5).map((c) => c.adcode).sort()).toEqual(['350582', '510104']);
    expect(searchCounties(counties, 'dcq', 5).map((c) => c.adcode)).toEqual(['110101']);
  });

  it('matches a substring of the Chinese name', () => {
    expect(searchCounties(counties, '泉驿', 5).map((c) => c.adcode)).toEqual(['510112']);
  });

  it('ignores case and spaces, returns nothing for an empty query, respects the limit', () => {
    expect(searchCounties(counties, ' Jin Jiang ', 1)).toHaveLength(1);
    expect(searchCounties(counties, '   ', 5)).toEqual([]);
  });
});
