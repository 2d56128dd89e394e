import { describe, expect, it } from 'vitest';
import type { PartnershipArc } from '../../../../src/model/partnership/arcs';
import {
  countyPairCsvRows,
  countyPairRows,
  DEFAULT_COUNTY_PAIR_SORT,
  nextSort,
  sortCountyPairs,
  unionBox,
} from '../../../../src/panels/partnership/county-pair-model';

const arc = (east: string, west: string, level: PartnershipArc['level'] = 'county'): PartnershipArc => ({
  id: `2016-330100-422800:${east}-${west}`,
  level,
  pairId: '2016-330100-422800',
  eastPartner: '330100',
  eastAdcode: east,
  westAdcode: west,
  eastProvince: '330000',
  westProvince: '420000',
  eastPoint: [120, 30],
  westPoint: [109, 30],
  countySet: 0,
  countyRow: 0,
});
const names: Record<string, string> = { '330106': '西湖区', '330108': '滨江区', '330110': '余杭区', '422801': '恩施市', '422802': '利川市', '422822': '建始县' };
const values: Record<string, number | null> = { '330106-422801': 120, '330108-422802': null, '330110-422822': 480 };
const rows = countyPairRows(
  [arc('330106', '422801'), arc('330108', '422802'), arc('330110', '422822'), arc('330100', '422800', 'prefecture')],
  (a) => values[`${a.eastAdcode}-${a.westAdcode}`] ?? null,
  (a) => names[a] ?? a,
  () => '杭州 → 恩施州',
);

describe('county pair list', () => {
  it('lists only county arcs, with both names, the pairing and the figure', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ key: '330106-422801', eastName: '西湖区', westName: '恩施市', pairLabel: '杭州 → 恩施州', value: 120 });
  });

  it('sorts by figure with missing figures last either way', () => {
    expect(sortCountyPairs(rows, DEFAULT_COUNTY_PAIR_SORT).map((r) => r.value)).toEqual([480, 120, null]);
    expect(sortCountyPairs(rows, { key: 'value', desc: false }).map((r) => r.value)).toEqual([120, 480, null]);
  });

  it('sorts by a name column and flips on a second click', () => {
    const byWest = nextSort(DEFAULT_COUNTY_PAIR_SORT, 'west');
    expect(byWest).toEqual({ key: 'west', desc: false });
    const asc = sortCountyPairs(rows, byWest).map((r) => r.westName);
    expect(sortCountyPairs(rows, nextSort(byWest, 'west')).map((r) => r.westName)).toEqual([...asc].reverse());
    expect(rows.map((r) => r.key)).toEqual(['330106-422801', '330108-422802', '330110-422822']); // input untouched
  });

  it('exports the rows as sorted, labelled as sample data', () => {
    const headers = { eastAdcode: '东部县代码', east: '东部县', westAdcode: '西部县代码', west: '西部县', pair: '所属结对', value: '财政援助', unit: '单位' };
    const csv = countyPairCsvRows(sortCountyPairs(rows, DEFAULT_COUNTY_PAIR_SORT), headers, 2019, '万元', true);
    expect(csv[0]!.slice(0, 7)).toEqual(['东部县代码', '东部县', '西部县代码', '西部县', '所属结对', '财政援助 2019', '单位']);
    expect(csv[1]!.slice(0, 7)).toEqual(['330110', '余杭区', '422822', '建始县', '杭州 → 恩施州', 480, '万元']);
    expect(csv[1]!.at(-1)).toContain('示例数据');
    expect(csv).toHaveLength(4);
  });

  it('fits a box around both ends', () => {
    expect(unionBox([119.9, 30.1, 120.2, 30.4], [109.2, 30.1, 109.6, 30.5])).toEqual([109.2, 30.1, 120.2, 30.5]);
    expect(unionBox(undefined, [1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    expect(unionBox(undefined, undefined)).toBeNull();
  });
});
