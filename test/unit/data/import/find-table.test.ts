import { describe, expect, it } from 'vitest';
import { cellKind, findTable, isTotalText } from '../../../../src/data/import/find-table';
import type { RawRow, TableLayout } from '../../../../src/data/import/import-types';

const rows = (lines: string[][]): RawRow[] => lines.map((cells, i) => ({ line: i + 1, sheet: null, cells }));

function layoutOf(result: ReturnType<typeof findTable>): { layout: TableLayout; dataStart: number } {
  if ('code' in result) throw new Error(result.message.en);
  return result;
}

describe('findTable', () => {
  it('skips title rows and finds the header', () => {
    const r = layoutOf(
      findTable(
        rows([
          ['2019年河北省各县主要指标', '', ''],
          ['单位：%', '', ''],
          ['代码', '县名', '贫困发生率'],
          ['130631', '望都县', '1.2'],
          ['130924', '海兴县', '0.8'],
        ]),
      ),
    );
    expect(r.layout.titleLines).toEqual([1, 2]);
    expect(r.layout.headerLines).toEqual([3]);
    expect(r.layout.columns).toEqual(['代码', '县名', '贫困发生率']);
    expect(r.layout.titleYear).toBe(2019);
    expect(r.dataStart).toBe(3);
  });

  it('joins a two-row header whose top row is merged over years', () => {
    const r = layoutOf(
      findTable(
        rows([
          ['代码', '县名', '人均收入', '', '贫困发生率', ''],
          ['', '', '2015年', '2016年', '2015年', '2016年'],
          ['130631', '望都县', '1,234', '1,456', '12.3%', '8%'],
        ]),
      ),
    );
    expect(r.layout.headerLines).toEqual([1, 2]);
    expect(r.layout.columns).toEqual(['代码', '县名', '人均收入 2015年', '人均收入 2016年', '贫困发生率 2015年', '贫困发生率 2016年']);
    expect(r.layout.columnParts[3]).toEqual(['人均收入', '2016年']);
    expect(r.dataStart).toBe(2);
  });

  it('reads a header of years (wide layout) as a header', () => {
    const r = layoutOf(findTable(rows([['县名', '2016', '2017'], ['望都县', '12.5', '10.1']])));
    expect(r.layout.headerLines).toEqual([1]);
  });

  it('fails clearly when there is no table', () => {
    expect(findTable(rows([['just one cell'], ['another']]))).toMatchObject({ code: 'no_table' });
  });

  it('honours a header row chosen by the user', () => {
    const r = layoutOf(findTable(rows([['a', 'b'], ['代码', '值'], ['130631', '1']]), 1));
    expect(r.layout.headerLines).toEqual([2]);
  });
});

describe('total rows and cell kinds', () => {
  it.each(['合计', '总计', '全省', '全 省', '全市', '全国', '全省合计', '合计（个）', '小计', '市辖区', 'Total'])('%s is a total', (t) => {
    expect(isTotalText(t)).toBe(true);
  });
  it.each(['全州县', '全椒县', '望都县', '新华区', '合肥市'])('%s is not a total', (t) => {
    expect(isTotalText(t)).toBe(false);
  });
  it('classifies cells', () => {
    expect(['130631.0', '2016', '12.3%', '—', '望都县', ''].map(cellKind)).toEqual(['code', 'year', 'number', 'missing', 'text', 'empty']);
  });
});
