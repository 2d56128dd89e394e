import { describe, expect, it } from 'vitest';
import {
  countyAbbreviations,
  editDistance,
  nameVariants,
  normalizeName,
  shortCountyName,
  shortPrefectureName,
  shortProvinceName,
} from '../../../../src/model/geo/name-normalize';

describe('normalizeName', () => {
  it('removes ASCII, full-width and ideographic spaces', () => {
    expect(normalizeName(' 望\u3000都 县 ')).toBe('望都县');
  });
  it('turns full-width letters and digits into ASCII', () => {
    expect(normalizeName('ＡＢ１２３')).toBe('AB123');
  });
  it('unifies 內 with 内', () => {
    expect(normalizeName('內蒙古')).toBe('内蒙古');
  });
  it('drops a trailing list separator', () => {
    expect(normalizeName('科右前旗、')).toBe('科右前旗');
  });
});

describe('nameVariants', () => {
  it('tries both parts of an ASCII parenthetical', () => {
    expect(nameVariants('那曲县(色尼区)')).toEqual(['那曲县', '色尼区']);
  });
  it('tries both parts of a full-width parenthetical', () => {
    expect(nameVariants('云州区（大同县）')).toEqual(['云州区', '大同县']);
  });
  it('gives a plain name alone', () => {
    expect(nameVariants('望都县')).toEqual(['望都县']);
  });
});

describe('shortCountyName', () => {
  it('strips 县, 市, 区 and 旗', () => {
    expect(['平泉县', '凯里市', '郧阳区', '科尔沁右翼前旗'].map(shortCountyName)).toEqual(['平泉', '凯里', '郧阳', '科尔沁右翼前']);
  });
  it('keeps 矿区, 城区 and 井陉矿区 whole', () => {
    expect(['矿区', '城区', '井陉矿区'].map(shortCountyName)).toEqual(['矿区', '城区', '井陉矿区']);
  });
  it('keeps one-character stems whole (沙县, 索县)', () => {
    expect(['沙县', '索县'].map(shortCountyName)).toEqual(['沙县', '索县']);
  });
  it('strips 自治县 and the ethnic names before it', () => {
    expect(shortCountyName('积石山保安族东乡族撒拉族自治县')).toBe('积石山');
    expect(shortCountyName('孟村回族自治县')).toBe('孟村');
  });
  it('strips a bare ethnic name of two or more characters', () => {
    expect(shortCountyName('巴里坤哈萨克自治县')).toBe('巴里坤');
  });
  it('strips 林区 and 特区 as units', () => {
    expect(['神农架林区', '六枝特区'].map(shortCountyName)).toEqual(['神农架', '六枝']);
  });
});

describe('shortPrefectureName and shortProvinceName', () => {
  it('reduces autonomous prefectures and 州 forms to the stem', () => {
    expect(['恩施土家族苗族自治州', '黔东南州', '兴安盟', '大同市'].map(shortPrefectureName)).toEqual(['恩施', '黔东南', '兴安', '大同']);
  });
  it('never shortens a two-character city name', () => {
    expect(shortPrefectureName('杭州')).toBe('杭州');
  });
  it('reduces autonomous regions to their usual short names', () => {
    expect(['广西壮族自治区', '新疆维吾尔自治区', '宁夏回族自治区', '内蒙古自治区', '河北省', '北京市'].map(shortProvinceName))
      .toEqual(['广西', '新疆', '宁夏', '内蒙古', '河北', '北京']);
  });
});

describe('countyAbbreviations', () => {
  it('abbreviates the wing banners', () => {
    expect(countyAbbreviations('科尔沁右翼前旗')).toContain('科右前旗');
  });
  it('abbreviates left and right banners', () => {
    expect(countyAbbreviations('土默特左旗')).toContain('土左旗');
  });
});

describe('editDistance', () => {
  it('counts one substitution', () => {
    expect(editDistance('望部县', '望都县', 2)).toBe(1);
  });
  it('stops early beyond the bound', () => {
    expect(editDistance('望都县', '科尔沁右翼前旗', 1)).toBe(2);
  });
});
