import { describe, expect, it } from 'vitest';
import { formatFenAsYuan, parseFundTable, parseYuanToFen } from '../../../../src/model/funds/fund-table';

describe('fund long table', () => {
  it('parses yuan to integer fen exactly', () => {
    expect(parseYuanToFen('0.1')).toBe(10);
    expect(parseYuanToFen('1,234.05')).toBe(123405);
    expect(parseYuanToFen('45211377')).toBe(4521137700);
    expect(parseYuanToFen('-5')).toBeNull();
    expect(parseYuanToFen('1.234')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
    expect(formatFenAsYuan(123405)).toBe('1234.05');
  });

  it('accepts Chinese headers and an empty spent cell', () => {
    const t = parseFundTable([['资金来源', '项目', '区划代码', '年份', '金额'], ['central', 'industry', '520121', '2023', '10']], 'x.csv');
    expect(t.rows).toEqual([{ source: 'central', programme: 'industry', county: '520121', year: 2023, amountFen: 1000, spentFen: null }]);
    expect(t.years).toEqual([2023]);
  });

  it('names the row and field of a bad cell, and the missing columns', () => {
    const header = ['source', 'programme', 'county', 'year', 'amount', 'spent'];
    expect(() => parseFundTable([header, ['central', 'industry', '52012', '2023', '1', '']], 'f.csv')).toThrow(/f\.csv: row 2\.county: expected a 6-digit adcode/);
    expect(() => parseFundTable([header, ['central', 'industry', '520121', '2023', '1', ''], ['central', 'industry', '520121', '2023', '1e5', '']], 'f.csv')).toThrow(
      /row 3\.amount: expected the amount in yuan/,
    );
    expect(() => parseFundTable([['source', 'county', 'year']], 'f.csv')).toThrow(/expected columns programme, amount/);
  });
});
