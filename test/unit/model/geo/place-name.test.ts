import { describe, expect, it } from 'vitest';
import { effectivePlaceNames, pinyinName, placeName } from '../../../../src/model/geo/place-name';
import { getPlaceLabels, labelCharacters } from '../../../../src/map/place-labels';
import type { CountyIndexJson } from '../../../../src/model/geo/county';

const beijing = { adcode: '110000', name: '北京', pinyin: 'beijing' };
const shaanxi = { adcode: '610000', name: '陕西', pinyin: 'shanxi' };

describe('place names for English', () => {
  it('writes pinyin as a name, alone or beside the Chinese', () => {
    expect(pinyinName('dongchengqu')).toBe('Dongchengqu');
    expect(placeName(beijing, 'pinyin')).toBe('Beijing');
    expect(placeName(beijing, 'both')).toBe('Beijing 北京');
    expect(placeName(beijing, 'both', '\n')).toBe('Beijing\n北京');
    expect(placeName(beijing, 'hanzi')).toBe('北京');
  });
  it('tells 陕西 from 山西 and keeps the Chinese when there is no pinyin', () => {
    expect(placeName(shaanxi, 'pinyin')).toBe('Shaanxi');
    expect(placeName({ name: '某县', pinyin: '' }, 'pinyin')).toBe('某县');
  });
  it('applies the setting only in English', () => {
    expect(effectivePlaceNames('en', 'both')).toBe('both');
    expect(effectivePlaceNames('zh-CN', 'pinyin')).toBe('hanzi');
  });
});

describe('map labels per place-name mode', () => {
  const index = {
    provinces: [{ ...beijing, name: '北京市', short: '北京', capital: '110100', point: [116.4, 39.9], bbox: [115, 39, 117, 41] }],
    prefectures: [{ adcode: '110100', name: '北京市', province: '110000', pinyin: 'beijing', point: [116.4, 39.9], bbox: [115, 39, 117, 41] }],
    counties: [{ adcode: '110101', name: '东城区', prefecture: '110100', province: '110000', pinyin: 'dongchengqu', initials: 'dcq', point: [116.41, 39.93] }],
  } as unknown as CountyIndexJson;

  it('labels in pinyin, both, or Chinese, each mode its own stable arrays and character set', () => {
    const pinyin = getPlaceLabels(index, 'pinyin');
    expect(pinyin.province[0]!.text).toBe('Beijing');
    expect(pinyin.county[0]!.text).toBe('Dongchengqu');
    expect(getPlaceLabels(index, 'pinyin')).toBe(pinyin);
    expect(getPlaceLabels(index, 'both').county[0]!.text).toBe('Dongchengqu\n东城区');
    expect(getPlaceLabels(index).county[0]!.text).toBe('东城区');
    expect(labelCharacters(pinyin.county)).not.toMatch(/[\u3400-\u9fff]/);
    expect(labelCharacters(getPlaceLabels(index, 'both').county)).not.toContain('\n');
  });
});
