import { describe, expect, it } from 'vitest';
import { barDomain, barGeometry, rankingCsvRows, rankingFileName, visibleRows } from '../../../../src/panels/ranking/ranking-model';
import { SAMPLE_DATA_LABEL } from '../../../../src/lib/csv-export';
import type { RankRow } from '../../../../src/model/compare/ranking';

const row = (adcode: string, value: number | null, rank: number | null, from: number | null = null, to: number | null = null): RankRow => ({ adcode, value, rank, from, to });
const headers = { rank: 'R', adcode: 'A', county: 'C', prefecture: 'P', province: 'V', value: 'X', change: 'D', unit: 'U' };
const names = (a: string) => ({ name: `n${a}`, prefecture: 'p', province: 'v' });

describe('visibleRows', () => {
  it('renders only the rows in view plus overscan, not all 2,850', () => {
    const w = visibleRows(28 * 1000, 560, 28, 2850, 5);
    expect(w).toEqual({ start: 995, end: 1026 });
  });

  it('clamps at the start and the end of the list', () => {
    expect(visibleRows(0, 560, 28, 2850, 5).start).toBe(0);
    expect(visibleRows(28 * 2850, 560, 28, 2850, 5).end).toBe(2850);
  });

  it('is empty for no rows', () => {
    expect(visibleRows(0, 560, 28, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('barGeometry', () => {
  it('grows a positive bar right from the zero line', () => {
    expect(barGeometry(5, [-5, 5])).toEqual({ left: 0.5, width: 0.5 });
  });

  it('grows a negative bar left from the zero line', () => {
    expect(barGeometry(-5, [-5, 5])).toEqual({ left: 0, width: 0.5 });
  });

  it('has no width when every value is zero', () => {
    expect(barGeometry(0, barDomain([row('a', 0, 1)]))).toEqual({ left: 0, width: 0 });
  });
});

describe('barDomain', () => {
  it('includes zero and skips missing values', () => {
    expect(barDomain([row('a', 3, 1), row('b', 7, 2), row('c', null, null)])).toEqual([0, 7]);
  });
});

describe('rankingCsvRows', () => {
  it('writes one column per value ranked by and the sample column', () => {
    const csv = rankingCsvRows([row('110101', 3, 1)], { kind: 'value', year: 2020 }, names, headers, '%', true);
    expect(csv[0]).toEqual(['R', 'A', 'C', 'P', 'V', 'X 2020', 'U', '数据说明 / Note']);
    expect(csv[1]).toEqual([1, '110101', 'n110101', 'p', 'v', 3, '%', SAMPLE_DATA_LABEL]);
  });

  it('writes the provenance note of real data in the same column', () => {
    const csv = rankingCsvRows([row('110101', 3, 1)], { kind: 'value', year: 2020 }, names, headers, '%', '真实数据 · 2020 年第七次全国人口普查 / Real data · 2020 census');
    expect(csv[1]!.at(-1)).toBe('真实数据 · 2020 年第七次全国人口普查 / Real data · 2020 census');
  });

  it('writes both ends and the change for a change ranking, empty for missing', () => {
    const csv = rankingCsvRows([row('110101', null, null, 2, null)], { kind: 'change', fromYear: 2016, toYear: 2020 }, names, headers, '%', false);
    expect(csv[0]!.slice(5, 8)).toEqual(['X 2016', 'X 2020', 'D 2016–2020']);
    expect(csv[1]!.slice(5, 8)).toEqual([2, null, null]);
  });
});

describe('rankingFileName', () => {
  it('names the indicator, the years and the date', () => {
    expect(rankingFileName('tap_water', { kind: 'change', fromYear: 2016, toYear: 2020 }, new Date('2025-03-01T00:00:00Z'))).toBe('ranking_tap_water_2016-2020_2025-03-01.csv');
  });
});

describe('row names at each level', () => {
  it('names a county, a prefecture and a province with their parents', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildCountyIndexView } = await import('../../../../src/model/geo/county-index-view');
    const { rowNames } = await import('../../../../src/panels/ranking/ranking-model');
    const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8'));
    const geo = buildCountyIndexView(index);
    const county = index.counties[0];
    const pref = geo.prefecture.get(county.prefecture)!;
    const prov = geo.province.get(county.province)!;
    expect(rowNames(geo, 'county', county.adcode)).toEqual({ name: county.name, prefecture: pref.name, province: prov.name, provinceShort: prov.short });
    expect(rowNames(geo, 'prefecture', pref.adcode)).toEqual({ name: pref.name, prefecture: pref.name, province: prov.name, provinceShort: prov.short });
    expect(rowNames(geo, 'province', prov.adcode)).toEqual({ name: prov.name, prefecture: '', province: prov.name, provinceShort: '' });
    expect(rowNames(null, 'province', '990000').name).toBe('990000');
  });
});
