import { describe, expect, it } from 'vitest';
import { escapeCsvCell, SAMPLE_DATA_LABEL, toCsv, UTF8_BOM, withSampleColumn } from '../../../src/lib/csv-export';

describe('escapeCsvCell', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])('prefixes an apostrophe to a formula-like text %j', (cell) => {
    expect(escapeCsvCell(cell).replace(/^"/, '').startsWith(`'${cell[0]}`)).toBe(true);
  });

  it.each(['\u200b=SUM(A1)', '\ufeff=1+1', '\u200e\u200f+1', '\u2060@cmd', '\u00a0-2+3', '\u3000=HYPERLINK("x")', '\u00ad\u200d=1'])(
    'neutralises a formula hidden behind invisible characters %j',
    (cell) => {
      expect(escapeCsvCell(cell).replace(/^"/, '').startsWith(`'${cell[0]}`)).toBe(true);
    },
  );

  it('leaves text that merely contains an equals sign or starts with an invisible character alone', () => {
    expect(escapeCsvCell('a=b')).toBe('a=b');
    expect(escapeCsvCell('\u200b望都县')).toBe('\u200b望都县');
  });

  it('writes negative numbers as numbers, not escaped text', () => {
    expect(escapeCsvCell(-2.5)).toBe('-2.5');
  });

  it('quotes a cell with a comma, quote or line break and doubles quotes', () => {
    expect(escapeCsvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
  });

  it('quotes an escaped formula that also holds a comma', () => {
    expect(escapeCsvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('writes null, undefined and NaN as empty cells', () => {
    expect([null, undefined, Number.NaN].map(escapeCsvCell)).toEqual(['', '', '']);
  });

  it('leaves Chinese text untouched', () => {
    expect(escapeCsvCell('贵州省')).toBe('贵州省');
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM so Excel reads Chinese text', () => {
    expect(toCsv([['县']]).startsWith(UTF8_BOM)).toBe(true);
  });

  it('encodes the BOM as EF BB BF bytes', () => {
    expect([...new TextEncoder().encode(toCsv([['a']])).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('joins cells with commas and rows with CRLF, ending with CRLF', () => {
    expect(toCsv([['a', 1], ['b', 2]], { bom: false })).toBe('a,1\r\nb,2\r\n');
  });
});

describe('withSampleColumn', () => {
  it('adds the sample label to every data row of sample data', () => {
    const rows = withSampleColumn([['adcode'], ['110101']], true);
    expect(rows[1]).toEqual(['110101', SAMPLE_DATA_LABEL]);
    expect(rows[0]).toHaveLength(2);
  });

  it('leaves real data unchanged', () => {
    expect(withSampleColumn([['adcode'], ['110101']], false)).toEqual([['adcode'], ['110101']]);
  });
});
