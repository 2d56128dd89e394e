import { utils, write, type CellObject } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { checkZipSizes, readSpreadsheet } from '../../../../src/data/import/read-spreadsheet';
import { readZipDirectory } from '../../../../src/data/import/zip-directory';

/** Builds an .xlsx in memory: a title, a blank row, a merged two-row header, percent, error and float-code cells. */
function workbook(): Uint8Array {
  const pct: CellObject = { t: 'n', v: 0.123, z: '0.0%' };
  const err: CellObject = { t: 'e', v: 7 };
  const ws = utils.aoa_to_sheet([
    ['2016年各县数据'],
    [],
    ['代码', '县名', '贫困发生率', null],
    [null, null, '2015年', '2016年'],
    [130631, '望都县', pct, err],
  ]);
  ws['!merges'] = [
    { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
  ];
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '数据');
  utils.book_append_sheet(wb, utils.aoa_to_sheet([['说明']]), '说明');
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readSpreadsheet', () => {
  it('reads every sheet with Excel row numbers and text cells', () => {
    const content = readSpreadsheet(workbook());
    if ('code' in content) throw new Error(content.message.en);
    const sheets = content.sheets;
    expect(sheets.map((s) => s.name)).toEqual(['数据', '说明']);
    const rows = sheets[0]?.rows ?? [];
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[4]?.cells).toEqual(['130631', '望都县', '12.3%', '#DIV/0!']);
    expect(rows[4]?.sheet).toBe('数据');
  });

  it('fills merged cells with their top-left value', () => {
    const content = readSpreadsheet(workbook());
    if ('code' in content) throw new Error(content.message.en);
    const sheets = content.sheets;
    const rows = sheets[0]?.rows ?? [];
    expect(rows[2]?.cells).toEqual(['代码', '县名', '贫困发生率', '贫困发生率']);
    expect(rows[3]?.cells[0]).toBe('代码');
  });

  it('reads only the sheet asked for', () => {
    const content = readSpreadsheet(workbook(), '说明');
    expect('sheets' in content && content.sheets.map((s) => s.name)).toEqual(['说明']);
  });

  it('reports a damaged workbook instead of throwing', () => {
    const bytes = workbook().slice(0, 200);
    expect(readSpreadsheet(bytes)).toMatchObject({ code: 'bad_spreadsheet' });
  });

  it('leaves hidden and very hidden sheets out and names them, unless one is asked for by name', () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['代码', '值'], [130631, 1]]), '数据');
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['代码', '值'], [130631, 2]]), '旧数据');
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['x']]), '宏');
    wb.Workbook = { Sheets: [{ name: '数据', Hidden: 0 }, { name: '旧数据', Hidden: 1 }, { name: '宏', Hidden: 2 }] };
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const content = readSpreadsheet(bytes);
    if ('code' in content) throw new Error(content.message.en);
    expect(content.sheets.map((s) => s.name)).toEqual(['数据']);
    expect(content.hiddenSheets).toEqual([{ name: '旧数据', visibility: 'hidden' }, { name: '宏', visibility: 'very_hidden' }]);
    const chosen = readSpreadsheet(bytes, '旧数据');
    expect('sheets' in chosen && chosen.sheets[0]?.rows[1]?.cells).toEqual(['130631', '2']);
  });

  it('reads the declared sizes from the ZIP directory without inflating', () => {
    const entries = readZipDirectory(workbook());
    expect(entries?.some((e) => e.name === 'xl/worksheets/sheet1.xml' && e.uncompressedBytes > 0)).toBe(true);
    expect(checkZipSizes(workbook())).toBeNull();
    expect(readZipDirectory(new Uint8Array(100))).toBeNull();
  });

  it('refuses a workbook whose merged areas together cover too many cells', () => {
    const ws = utils.aoa_to_sheet(Array.from({ length: 200 }, () => Array.from({ length: 200 }, () => 1)));
    ws['!merges'] = Array.from({ length: 60 }, () => ({ s: { r: 0, c: 0 }, e: { r: 199, c: 99 } }));
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 'S');
    const result = readSpreadsheet(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(result).toMatchObject({ code: 'too_large' });
    expect('message' in result && result.message.en).toMatch(/merged areas cover 1,200,000 cells/);
  });
});
