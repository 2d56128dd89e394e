import { describe, expect, it } from 'vitest';
import { parsePairings } from '../../../../src/model/partnership/pairings';
import {
  eastPartnerOptions,
  clearingCountyPair,
  formatMeasureValue,
  measureOptionLabel,
  pairLabel,
  pairPasses,
  pairRows,
  provinceOf,
  sourceOfStructure,
  structureSwitchPatch,
  westPartnerOptions,
  westPasses,
} from '../../../../src/panels/partnership/partnership-panel-model';
import { readJson } from '../../model/partnership/test-data';

const pairings = parsePairings(readJson('public/data/partnerships/pairings.json'));
const pairs = pairings.pairs;
const names: Record<string, string> = { '320000': '江苏省', '330000': '浙江省', '440000': '广东省', '520000': '贵州省', '220000': '吉林省', '320500': '苏州市' };
const provinceName = (a: string) => names[a];
const base = { structure: 2016 as const, eastFilter: null, westProvinceFilter: null, level: 'all' as const };

describe('filter options', () => {
  it('lists eastern provinces and the cities paired on their own, in adcode order', () => {
    const east = eastPartnerOptions(pairs, 2016, provinceName);
    const codes = east.map((o) => o.adcode);
    expect(codes).toContain('330000');
    expect(codes).toContain('330100'); // 杭州
    expect(codes.indexOf('330000')).toBeLessThan(codes.indexOf('330100'));
    expect(east.find((o) => o.adcode === '320500')?.label).toBe('苏州市');
    expect(east.find((o) => o.adcode === '330100')?.label).toBe('杭州市'); // the pairing's full name when the lookup has none
    expect(eastPartnerOptions(pairs, 2021, provinceName).every((o) => o.level === 'province')).toBe(true);
    expect(eastPartnerOptions(pairs, 2021, provinceName)).toHaveLength(8);
  });

  it('lists western provinces and the prefectures paired on their own, by full name, never a non-western province', () => {
    const west2016 = westPartnerOptions(pairs, 2016, provinceName);
    const codes = west2016.map((o) => o.adcode);
    expect(codes).toContain('520000'); // 贵州 only through its prefectures in 2016
    expect(west2016.find((o) => o.adcode === '520000')?.label).toBe('贵州省');
    for (const outside of ['130000', '220000', '420000', '430000']) expect(codes).not.toContain(outside);
    expect(west2016.find((o) => o.adcode === '422800')?.label).toBe('恩施土家族苗族自治州');
    expect(west2016.find((o) => o.adcode === '130700')).toMatchObject({ label: '张家口市', level: 'prefecture' });
    // Provinces first, then prefectures.
    const firstPrefecture = west2016.findIndex((o) => o.level === 'prefecture');
    expect(west2016.slice(firstPrefecture).every((o) => o.level === 'prefecture')).toBe(true);
    expect(westPartnerOptions(pairs, 2021, provinceName)).toHaveLength(10);
    expect(provinceOf('522600')).toBe('520000');
  });

  it('matches a western end by its province or by itself', () => {
    expect(westPasses('522600', '520000')).toBe(true);
    expect(westPasses('522600', '522600')).toBe(true);
    expect(westPasses('522600', '520300')).toBe(false);
    expect(westPasses('422800', null)).toBe(true);
  });
});

describe('pairing rows', () => {
  it('filters by eastern partner (province matches its cities), western province and level', () => {
    const zj = pairs.filter((p) => pairPasses(p, { ...base, eastFilter: '330000' }));
    expect(zj.map(pairLabel)).toEqual(expect.arrayContaining(['浙江 → 四川', '杭州 → 恩施州']));
    expect(pairs.filter((p) => pairPasses(p, { ...base, eastFilter: '330100' })).every((p) => p.east.adcode === '330100')).toBe(true);
    expect(pairs.filter((p) => pairPasses(p, { ...base, westProvinceFilter: '520000' })).every((p) => p.west.adcode.startsWith('52'))).toBe(true);
    expect(pairs.filter((p) => pairPasses(p, { ...base, level: 'province' })).every((p) => p.level === 'province')).toBe(true);
    expect(pairs.filter((p) => pairPasses(p, { ...base, structure: 2021 }))).toHaveLength(11);
  });

  it('sorts by the figure, largest first, missing last', () => {
    const values: Record<string, number> = { '2021-330000-510000': 5, '2021-440000-450000': 9 };
    const rows = pairRows(pairs, { ...base, structure: 2021 }, (id) => values[id] ?? null);
    expect(rows.slice(0, 2).map((r) => r.label)).toEqual(['广东 → 广西', '浙江 → 四川']);
    expect(rows[rows.length - 1]?.value).toBeNull();
  });
});

describe('structure switch', () => {
  it('keeps filters that still apply and follows the open relationship into the other structure', () => {
    const patch = structureSwitchPatch(pairs, { eastFilter: '330000', westProvinceFilter: '510000', pair: '2016-330000-510000' }, 2021);
    expect(patch).toEqual({ structure: 2021, eastFilter: '330000', westProvinceFilter: '510000', pair: '2021-330000-510000' });
  });

  it('drops a city filter and a pairing the other structure does not have', () => {
    const patch = structureSwitchPatch(pairs, { eastFilter: '330100', westProvinceFilter: '220000', pair: '2016-330200-222400' }, 2021);
    expect(patch).toEqual({ structure: 2021, eastFilter: null, westProvinceFilter: null, pair: null });
  });
});

describe('sources and values', () => {
  it('names the source document of each structure', () => {
    expect(sourceOfStructure(pairings, 2016)?.title.zh).toBe('关于进一步加强东西部扶贫协作工作的指导意见');
    expect(sourceOfStructure(pairings, 2021)?.source).toContain('东西部协作机制');
  });

  it('formats a figure with its unit in each language', () => {
    const wan = { unit: 'wan_yuan' as const, unitLabel: { zh: '万元', en: '10k yuan' } };
    expect(formatMeasureValue('zh-CN', 12345, wan)).toBe('12,345万元');
    expect(formatMeasureValue('en', 12345, wan)).toBe('12,345 10k yuan');
    expect(formatMeasureValue('en', 1.26, { unit: 'yi_yuan', unitLabel: { zh: '亿元', en: '100m yuan' } })).toBe('1.3 100m yuan');
    expect(formatMeasureValue('zh-CN', null, wan)).toBe('—');
  });
});

describe('measure options', () => {
  const labour = { name: { zh: '劳务输出', en: 'Labour transfer' }, unitLabel: { zh: '人次', en: 'person-times' }, direction: 'west_to_east' as const };
  it('marks a west-to-east measure with words, not a bare arrow', () => {
    expect(measureOptionLabel('zh-CN', labour, '西部→东部')).toBe('劳务输出（人次） · 西部→东部');
    expect(measureOptionLabel('en', labour, 'west → east')).toBe('Labour transfer (person-times) · west → east');
    expect(measureOptionLabel('zh-CN', { ...labour, direction: 'east_to_west' }, '西部→东部')).toBe('劳务输出（人次）');
  });
});

describe('selected county pair', () => {
  it('is cleared by a change of structure, filter or level, kept by a change of measure', () => {
    expect(clearingCountyPair({ level: 'county' })).toEqual({ level: 'county', countyPair: null });
    expect(clearingCountyPair({ eastFilter: '330000' })).toEqual({ eastFilter: '330000', countyPair: null });
    expect(clearingCountyPair({ measure: 'labour' })).toEqual({ measure: 'labour' });
    expect(clearingCountyPair({ level: 'county', countyPair: '330106-422801' })).toEqual({ level: 'county', countyPair: '330106-422801' });
  });
});
