import { utils, write, type CellObject } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../../src/data/import/read-spreadsheet';

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
    const sheets = readSpreadsheet(workbook());
    if (!Array.isArray(sheets)) throw new Error(sheets.message.en);
    expect(sheets.map((s) => s.name)).toEqual(['数据', '说明']);
    const rows = sheets[0]?.rows ?? [];
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[4]?.cells).toEqual(['130631', '望都县', '12.3%', '#DIV/0!']);
    expect(rows[4]?.sheet).toBe('数据');
  });

  it('fills merged cells with their top-left value', () => {
    const sheets = readSpreadsheet(workbook());
    if (!Array.isArray(sheets)) throw new Error(sheets.message.en);
    const rows = sheets[0]?.rows ?? [];
    expect(rows[2]?.cells).toEqual(['代码', '县名', '贫困发生率', '贫困发生率']);
    expect(rows[3]?.cells[0]).toBe('代码');
  });

  it('reads only the sheet asked for', () => {
    const sheets = readSpreadsheet(workbook(), '说明');
    expect(Array.isArray(sheets) && sheets.map((s) => s.name)).toEqual(['说明']);
  });

  it('reports a damaged workbook instead of throwing', () => {
    const bytes = workbook().slice(0, 200);
    expect(readSpreadsheet(bytes)).toMatchObject({ code: 'bad_spreadsheet' });
  });
});
