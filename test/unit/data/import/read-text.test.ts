import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, isValidUtf8 } from '../../../../src/data/import/detect-encoding';
import { createDelimitedParser, detectDelimiter, detectNewline } from '../../../../src/data/import/read-delimited';
import { readJsonRows } from '../../../../src/data/import/read-json';
import { looksBinary, sniffFormat } from '../../../../src/data/import/sniff-format';

const CSV_ZH = '行政区划代码,县域名称,所属省份,贫困发生率\n130631,望都县,河北省,12.3%\n130924,海兴县,河北省,—\n';

describe('detectEncoding', () => {
  it('reads a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV_ZH)]);
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'utf-8', bomLength: 3, method: 'bom' });
  });

  it('takes valid UTF-8 without a mark as UTF-8, even cut mid-character', () => {
    const bytes = new TextEncoder().encode(CSV_ZH);
    expect(detectEncoding(bytes).encoding).toBe('utf-8');
    expect(isValidUtf8(bytes.subarray(0, 20))).toBe(true); // 20 bytes ends inside 县
  });

  it('detects GBK bytes and decodes them with gb18030', () => {
    const bytes = new Uint8Array(iconv.encode(CSV_ZH, 'gbk'));
    const guess = detectEncoding(bytes);
    expect(guess).toMatchObject({ encoding: 'gb18030', method: 'chardet' });
    expect(new TextDecoder(guess.encoding).decode(bytes)).toBe(CSV_ZH);
  });

  it('detects Big5 when the bytes are clearly Big5', () => {
    const bytes = new Uint8Array(iconv.encode('行政區劃代碼,縣域名稱,所屬省份\n130631,望都縣,河北省\n130924,海興縣,河北省\n', 'big5'));
    expect(detectEncoding(bytes).encoding).toBe('big5');
  });
});

describe('sniffFormat', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  it('knows spreadsheets by their magic numbers, whatever the name', () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'data.csv', 6)).toBe('xlsx');
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x', 8)).toBe('xls');
  });
  it('reports empty and binary files', () => {
    expect(sniffFormat(new Uint8Array(0), 'a.csv', 0)).toMatchObject({ code: 'empty_file' });
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'a.csv', 6)).toMatchObject({ code: 'binary_file' });
    expect(sniffFormat(new Uint8Array([1, 2, 3, 0, 5, 6]), 'a.csv', 6)).toMatchObject({ code: 'binary_file' });
    expect(looksBinary(text('a,b\n1,2\n'))).toBe(false);
  });
  it('tells JSON, TSV and CSV apart', () => {
    expect(sniffFormat(text(' [{"a":1}]'), 'x.txt', 10)).toBe('json');
    expect(sniffFormat(text('a\tb'), 'x.tsv', 3)).toBe('tsv');
    expect(sniffFormat(text('a,b'), 'x.csv', 3)).toBe('csv');
    expect(sniffFormat(text('<table><tr><td>1</td></tr></table>'), 'x.xls', 30)).toBe('xls');
  });
});

describe('delimited text', () => {
  it('detects the delimiter and the newline', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('标题\na,b\n1,2\n3,4\n')).toBe(',');
    expect(detectDelimiter('a b c\n1 2 3\n')).toBeNull();
    expect(detectNewline('a\r\nb')).toBe('\r\n');
    expect(detectNewline('a\nb')).toBe('\n');
    expect(detectNewline('a\rb')).toBe('\r');
  });

  const text = 'code,name\r\n130631,"望都\r\n县"\r\n\r\n130924,"海""兴"\r\n130927,南皮县';
  const expected = [
    { line: 1, cells: ['code', 'name'] },
    { line: 2, cells: ['130631', '望都\r\n县'] },
    { line: 4, cells: [''] },
    { line: 5, cells: ['130924', '海"兴'] },
    { line: 6, cells: ['130927', '南皮县'] },
  ];

  it('keeps physical line numbers across quoted line breaks', () => {
    const p = createDelimitedParser(',', '\r\n');
    const rows = [...p.push(text), ...p.end()];
    expect(rows.map((r) => ({ line: r.line, cells: r.cells }))).toEqual(expected);
  });

  it('gives the same rows however the text is chunked', () => {
    for (const size of [1, 2, 3, 7]) {
      const p = createDelimitedParser(',', '\r\n');
      const rows = [];
      for (let i = 0; i < text.length; i += size) rows.push(...p.push(text.slice(i, i + size)));
      rows.push(...p.end());
      expect(rows.map((r) => ({ line: r.line, cells: r.cells }))).toEqual(expected);
    }
  });
});

describe('readJsonRows', () => {
  it('reads records with a synthetic header row 0', () => {
    const rows = readJsonRows('[{"代码":"130631","值":1.5},{"代码":130924,"值":null,"备注":"x"}]');
    expect(rows).toEqual([
      { line: 0, sheet: null, cells: ['代码', '值', '备注'] },
      { line: 1, sheet: null, cells: ['130631', '1.5', ''] },
      { line: 2, sheet: null, cells: ['130924', '', 'x'] },
    ]);
  });
  it('reads arrays of rows and wrapped arrays; rejects the rest', () => {
    expect(readJsonRows('{"data":[["a","b"],[1,2]]}')).toHaveLength(2);
    expect(readJsonRows('{"a":1}')).toMatchObject({ code: 'bad_json' });
    expect(readJsonRows('{oops')).toMatchObject({ code: 'bad_json' });
  });
});
