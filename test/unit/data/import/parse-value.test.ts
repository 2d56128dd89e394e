import { describe, expect, it } from 'vitest';
import { isMissingToken, normaliseCode, parseValue, parseYear, splitHeaderYear, toHalfWidth } from '../../../../src/data/import/parse-value';

const num = (value: number, percent = false) => ({ kind: 'number', value, percent });

describe('parseValue', () => {
  it.each([
    ['12.3', num(12.3)],
    ['12.3%', num(12.3, true)],
    [' 12.3 % ', num(12.3, true)],
    ['１２．３', num(12.3)],
    ['１２．３％', num(12.3, true)],
    ['1,234', num(1234)],
    ['1,234,567.5', num(1234567.5)],
    ['-5', num(-5)],
    ['.5', num(0.5)],
    ['1e3', num(1000)],
    ['5‰', num(0.5, true)],
    ['130631.0', num(130631)],
  ])('reads %j as a number', (cell, expected) => {
    expect(parseValue(cell)).toEqual(expected);
  });

  it.each(['', ' ', '—', '——', '-', '--', '…', '……', '...', 'NA', 'n/a', '#DIV/0!', '#N/A', '#VALUE!', '无', '　'])(
    'reads %j as missing',
    (cell) => {
      expect(parseValue(cell)).toEqual({ kind: 'missing' });
      expect(isMissingToken(cell)).toBe(true);
    },
  );

  it.each(['12.3万', '1,2', '1,23,4', '12..3', 'abc', '约12', '(12)', '12-13'])('never turns %j into a number', (cell) => {
    expect(parseValue(cell).kind).toBe('text');
  });
});

describe('normaliseCode', () => {
  it.each([
    ['130631', '130631'],
    ['130631.0', '130631'],
    ['130631.00', '130631'],
    [' 130631 ', '130631'],
    ['１３０６３１', '130631'],
    ['130631000000', '130631'],
    ['1.30631E+05', '130631'],
  ])('normalises %j', (cell, code) => {
    expect(normaliseCode(cell)).toBe(code);
  });

  it.each(['13063', '1306310', '130631.5', 'NA', '', '130631123456'])('rejects %j', (cell) => {
    expect(normaliseCode(cell)).toBeNull();
  });
});

describe('years', () => {
  it('reads year cells', () => {
    expect(parseYear('2016')).toBe(2016);
    expect(parseYear('2016.0')).toBe(2016);
    expect(parseYear('2016年')).toBe(2016);
    expect(parseYear('2016年度')).toBe(2016);
    expect(parseYear('16')).toBeNull();
    expect(parseYear('1234')).toBeNull();
  });

  it('splits a year out of a header', () => {
    expect(splitHeaderYear('2016年')).toEqual({ year: 2016, rest: '' });
    expect(splitHeaderYear('人均收入2016')).toEqual({ year: 2016, rest: '人均收入' });
    expect(splitHeaderYear('2018年 贫困发生率（%）')).toEqual({ year: 2018, rest: '贫困发生率 %' });
    expect(splitHeaderYear('人口数_合计')).toEqual({ year: null, rest: '人口数_合计' });
    expect(splitHeaderYear('代码130631')).toEqual({ year: null, rest: '代码130631' });
  });

  it('folds full-width forms', () => {
    expect(toHalfWidth('ＡＢ１２　，')).toBe('AB12 ,');
  });
});
