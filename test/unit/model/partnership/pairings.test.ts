import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import { pairsOfStructure, parsePairings, relationKey } from '../../../../src/model/partnership/pairings';
import { createPartnershipPlaces } from '../../../../src/model/partnership/places';
import { readJson } from './test-data';

const pairings = parsePairings(readJson('public/data/partnerships/pairings.json'));

describe('pairings.json', () => {
  it('has the 32 pairings of the 2016 structure, counted from the 2016 guiding opinions', () => {
    // 北京3 天津2 大连1 上海2 江苏3 苏州1 浙江1 杭州2 宁波2 福建1 福州1 厦门1 山东1 济南1 青岛2 广东2 广州2 佛山1
    // 中山1 东莞1 珠海1 = 32
    expect(pairsOfStructure(pairings.pairs, 2016)).toHaveLength(32);
  });

  it('has the 11 pairings of the 2021 structure: 8 eastern partners, 10 western provinces', () => {
    const pairs = pairsOfStructure(pairings.pairs, 2021);
    expect(pairs).toHaveLength(11);
    expect(new Set(pairs.map((p) => p.east.adcode)).size).toBe(8);
    expect(new Set(pairs.map((p) => p.west.adcode)).size).toBe(10);
    expect(pairs.every((p) => p.level === 'province')).toBe(true);
  });

  it('lists no pairing twice within a structure', () => {
    for (const structure of [2016, 2021] as const) {
      const keys = pairsOfStructure(pairings.pairs, structure).map(relationKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('cites each structure’s source document exactly', () => {
    const sources = new Set(pairings.pairs.map((p) => `${p.structure} ${p.source}`));
    expect([...sources].sort()).toEqual([
      '2016 中共中央办公厅、国务院办公厅《关于进一步加强东西部扶贫协作工作的指导意见》',
      '2021 《关于坚持和完善东西部协作机制的意见》',
    ]);
  });

  it('keeps the 2016-era codes of 毕节, 铜仁 and 海东 and the countyless cities 中山 and 东莞', () => {
    const codes = new Set(pairings.pairs.flatMap((p) => [p.east.adcode, p.west.adcode]));
    for (const code of ['520500', '520600', '630200', '442000', '441900']) expect(codes.has(code)).toBe(true);
  });

  it('has eastern partners in eastern provinces and western partners elsewhere', () => {
    const eastProvinces = ['11', '12', '21', '31', '32', '33', '35', '37', '44'];
    for (const p of pairings.pairs) {
      expect(eastProvinces).toContain(p.east.adcode.slice(0, 2));
      expect(eastProvinces).not.toContain(p.west.adcode.slice(0, 2));
    }
  });
});

describe('pairings against public/geo/counties.json', () => {
  const index = readJson('public/geo/counties.json') as CountyIndexJson;

  it('resolves every named place to a boundary unit with the same name', () => {
    const places = createPartnershipPlaces(index);
    for (const p of pairings.pairs) {
      for (const end of [p.east, p.west]) {
        const place = places.get(end.adcode, end.level);
        expect(place, `${p.id} ${end.name}`).toBeDefined();
        expect(place?.name, p.id).toBe(end.name);
      }
    }
  });

  it('finds at least one county inside every partner', () => {
    const places = createPartnershipPlaces(index);
    for (const p of pairings.pairs) {
      for (const end of [p.east, p.west]) expect(places.countiesIn(end.adcode, end.level).length, end.name).toBeGreaterThan(0);
    }
  });
});

describe('parsePairings', () => {
  const pair = pairings.pairs[0];
  const base = { schema: 1, geoVintage: '2016', sources: pairings.sources };

  it('rejects a pairing listed twice', () => {
    expect(() => parsePairings({ ...base, pairs: [pair, pair] })).toThrow(/listed twice/);
  });

  it('rejects a level that does not fit the adcode', () => {
    const bad = { ...pair, east: { ...pair?.east, level: 'prefecture' } };
    expect(() => parsePairings({ ...base, pairs: [bad] })).toThrow(/level/);
  });

  it('rejects a source that is not among the sources', () => {
    expect(() => parsePairings({ ...base, pairs: [{ ...pair, source: '某文件' }] })).toThrow(/source/);
  });

  it('rejects numeric adcodes', () => {
    const bad = { ...pair, west: { ...pair?.west, adcode: 150000 } };
    expect(() => parsePairings({ ...base, pairs: [bad] })).toThrow(/adcode/);
  });
});
