import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandToCounties, fillCompareSet, partnerSetsOf, sameUnitCounties } from '../../../../src/model/compare/sets';
import type { CountyIndexJson } from '../../../../src/model/geo/county';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;

describe('sameUnitCounties', () => {
  it('gives the counties of the same prefecture, the target first', () => {
    expect(sameUnitCounties(index.counties, '110102', 'prefecture')).toEqual(['110102', '110101', '110103', '110104']);
  });

  it('gives the counties of the same province across prefectures', () => {
    const set = sameUnitCounties(index.counties, '130101', 'province');
    expect(set).toHaveLength(8);
    expect(set.every((a) => a.startsWith('13'))).toBe(true);
  });

  it('is empty for an unknown target', () => {
    expect(sameUnitCounties(index.counties, '999999', 'province')).toEqual([]);
  });
});

describe('expandToCounties', () => {
  it('expands a prefecture end of a pairing into its counties', () => {
    expect(expandToCounties(index.counties, ['110200'])).toEqual(['110201', '110202', '110203', '110204']);
  });

  it('keeps county adcodes and drops duplicates and unknown codes', () => {
    expect(expandToCounties(index.counties, ['110101', '110100', '999999'])).toEqual(['110101', '110102', '110103', '110104']);
  });
});

describe('fillCompareSet', () => {
  it('adds candidates in order until the cap and counts the overflow', () => {
    expect(fillCompareSet(['a'], ['b', 'c', 'd'], 3)).toEqual({ added: ['b', 'c'], alreadyIn: 0, overflow: 1 });
  });

  it('skips candidates already in the set', () => {
    expect(fillCompareSet(['a', 'b'], ['b', 'c'], 12)).toEqual({ added: ['c'], alreadyIn: 1, overflow: 0 });
  });
});

describe('partnerSetsOf', () => {
  const end = (adcode: string, level: 'province' | 'prefecture') => ({ adcode, name: adcode, short: adcode.slice(0, 2), level });
  const pairs = [
    { id: '2021-330000-510000', structure: 2021 as const, level: 'province' as const, east: end('330000', 'province'), west: end('510000', 'province'), source: 's' },
    { id: '2021-440100-520100', structure: 2021 as const, level: 'prefecture' as const, east: end('440100', 'prefecture'), west: end('520100', 'prefecture'), source: 's' },
  ];

  it('offers the eastern partner of a western county’s province', () => {
    expect(partnerSetsOf(pairs, { prefecture: '510100', province: '510000' }).map((p) => p.partner)).toEqual(['330000']);
  });

  it('offers the western partner of an eastern county’s prefecture', () => {
    expect(partnerSetsOf(pairs, { prefecture: '440100', province: '440000' }).map((p) => p.partner)).toEqual(['520100']);
  });

  it('offers nothing to a county outside every pairing', () => {
    expect(partnerSetsOf(pairs, { prefecture: '110100', province: '110000' })).toEqual([]);
  });
});
