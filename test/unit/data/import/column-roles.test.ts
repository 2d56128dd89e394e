import { describe, expect, it } from 'vitest';
import { detectColumnRoles } from '../../../../src/data/import/column-roles';
import { guessUnit } from '../../../../src/data/import/guess-unit';
import type { ColumnMapping, TableLayout } from '../../../../src/data/import/import-types';
import { parseValue } from '../../../../src/data/import/parse-value';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();

function layout(columns: string[], parts?: string[][]): TableLayout {
  return { sheet: null, titleLines: [], headerLines: [1], columns, columnParts: parts ?? columns.map((c) => [c]), titleYear: null };
}

function mapping(result: ReturnType<typeof detectColumnRoles>): ColumnMapping {
  if ('code' in result) throw new Error(result.message.en);
  return result;
}

const roles = (m: ColumnMapping) => m.columns.map((c) => c.role);

describe('detectColumnRoles', () => {
  it('finds code, names, province, prefecture, category and values', () => {
    const m = mapping(
      detectColumnRoles(
        layout(['行政区划代码', '县域名称', '所属地域', '所属省份', '所属城市', '摘帽时间']),
        [
          ['130631.0', '望都县', '东部', '河北省', '保定市', '2016.0'],
          ['130924.0', '海兴县', '东部', '河北省', '沧州市', '2017.0'],
          ['532601.0', '文山市', '西部', '云南省', '文山州', '2018.0'],
        ],
        lookup,
      ),
    );
    expect(roles(m)).toEqual(['adcode', 'county', 'category', 'province', 'prefecture', 'attribute']);
    expect(m.layout).toBe('static');
    expect(m.columns[5]).toMatchObject({ unit: 'year', indicator: '摘帽时间' });
  });

  it('keeps an exit year an attribute even when the file gives a year, and reads a 1/0 designation as a category', () => {
    const m = mapping(
      detectColumnRoles(
        layout(['县名', '摘帽年份', '是否重点县', '人口']),
        [
          ['望都县', '2016', '1', '25'],
          ['海兴县', '2017', '0', '22'],
          ['文山市', '2018', '1', '48'],
        ],
        lookup,
        {},
        2020,
      ),
    );
    expect(roles(m)).toEqual(['county', 'attribute', 'category', 'value']);
    expect(m.columns[1]?.year).toBeUndefined();
    expect(m.columns[3]?.year).toBe(2020);
  });

  it('leaves numbers that only look like years a value series when the header names no time', () => {
    const m = mapping(detectColumnRoles(layout(['县名', '海拔']), [['望都县', '2016'], ['海兴县', '1990'], ['文山市', '2003']], lookup));
    expect(roles(m)).toEqual(['county', 'value']);
  });

  it('recognises a long layout by its year column', () => {
    const m = mapping(
      detectColumnRoles(layout(['年份', '县', '贫困发生率']), [
        ['2016', '望都县', '3.1'],
        ['2017', '望都县', '1.2'],
      ], lookup),
    );
    expect(m.layout).toBe('long');
    expect(roles(m)).toEqual(['year', 'county', 'value']);
  });

  it('recognises a wide layout and splits indicator and year from a two-row header', () => {
    const m = mapping(
      detectColumnRoles(
        layout(['县名', '人均收入 2015年', '人均收入 2016年'], [['县名'], ['人均收入', '2015年'], ['人均收入', '2016年']]),
        [['望都县', '1,234', '1,456']],
        lookup,
      ),
    );
    expect(m.layout).toBe('wide');
    expect(m.columns.slice(1).map((c) => [c.indicator, c.year])).toEqual([
      ['人均收入', 2015],
      ['人均收入', 2016],
    ]);
  });

  it('offers 0–1 share columns as percentages', () => {
    const m = mapping(detectColumnRoles(layout(['CODE', 'HOUS_SAMP_WATR', 'HOUS_ROOM']), [['130631', '0.9679', '1.94'], ['130924', '0.5', '2.2']], lookup));
    expect(m.columns[1]).toMatchObject({ role: 'value', unit: 'percent', fractionShare: true, scale: 100 });
    expect(m.columns[2]).toMatchObject({ role: 'value' });
    expect(m.columns[2]?.fractionShare).toBeUndefined();
  });

  it('takes a year for year-less columns from the caller', () => {
    const m = mapping(detectColumnRoles(layout(['代码', '值']), [['130631', '1']], lookup, {}, 2020));
    expect(m.layout).toBe('wide');
    expect(m.columns[1]?.year).toBe(2020);
  });

  it('applies the user’s corrections', () => {
    const m = mapping(
      detectColumnRoles(layout(['代码', '值', '备注']), [['130631', '0.5', 'x']], lookup, {
        columns: { 1: { scale: 1, fractionShare: false, unit: 'ratio' }, 2: { role: 'ignore' } },
        year: 2019,
      }),
    );
    expect(m.columns[1]).toMatchObject({ unit: 'ratio', scale: 1, fractionShare: false, year: 2019 });
    expect(m.columns[2]?.role).toBe('ignore');
  });

  it('reports a table without a county column', () => {
    expect(detectColumnRoles(layout(['名称', '值']), [['苹果', '1'], ['香蕉', '2']], lookup)).toMatchObject({ code: 'no_county_column' });
  });
});

describe('guessUnit', () => {
  const values = (...cells: string[]) => cells.map(parseValue);
  it('reads units from headers and values', () => {
    expect(guessUnit('贫困发生率', values('12.3', '1'))).toEqual({ unit: 'percent', fractionShare: false });
    expect(guessUnit('x', values('12.3%', '1%'))).toEqual({ unit: 'percent', fractionShare: false });
    expect(guessUnit('普及率', values('0.12', '0.5'))).toEqual({ unit: 'percent', fractionShare: true });
    expect(guessUnit('人均GDP(万元)', values('0.28', '0.5'))).toEqual({ unit: 'wan_yuan', fractionShare: false });
    expect(guessUnit('户籍人口', values('1000'))).toEqual({ unit: 'persons', fractionShare: false });
    expect(guessUnit('农村居民人均可支配收入', values('12000'))).toEqual({ unit: 'yuan_per_year', fractionShare: false });
  });
});
