/**
 * Spreadsheets (XLSX, XLS, HTML tables saved as .xls) through @e965/xlsx, a maintained build of SheetJS
 * (xlsx@0.18.5 on npm has known vulnerabilities with crafted files). Cells become text as the pipeline expects:
 * numbers at full precision, percent-formatted numbers as "12.3%", errors as "#DIV/0!". Merged cells are filled
 * with their top-left value so merged headers and merged province columns read like plain tables.
 */
import { read, SSF, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { importError } from './import-error';
import type { ImportError, RawRow } from './import-types';

/** Largest spreadsheet file read (bytes); bigger workbooks should be saved as CSV, which streams. */
export const SPREADSHEET_MAX_BYTES = 60 * 1024 * 1024;
/** Largest number of cells in one workbook. */
export const SPREADSHEET_MAX_CELLS = 8_000_000;
/** Merged areas bigger than this are not filled (a whole-column merge would blow up memory). */
const MERGE_FILL_MAX_CELLS = 20_000;

/** One sheet's rows, each carrying the row number Excel shows. */
export interface SheetRows {
  name: string;
  rows: RawRow[];
}

/** The error for a workbook over the size limit. */
export function spreadsheetTooLarge(): ImportError {
  return tooLarge(`${Math.round(SPREADSHEET_MAX_BYTES / 1048576)} MB`);
}

function tooLarge(sizeText: string): ImportError {
  return importError('too_large', {
    zh: `电子表格超过上限（${sizeText}）。请另存为 CSV 后再导入，CSV 可以流式读取。`,
    en: `The spreadsheet is over the limit (${sizeText}). Save it as CSV and import that: CSV files stream.`,
  });
}

/** Excel's error codes (cell.v of an error cell) as the text Excel shows. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

/** Formats a numeric cell; percent formats keep their meaning ("0.123" shown as 12.3% → "12.3%"), dates read as shown. */
function numberText(cell: CellObject): string {
  const v = typeof cell.v === 'number' ? cell.v : Number(cell.v);
  const format = typeof cell.z === 'string' ? cell.z : '';
  if (format.includes('%')) return `${Number((v * 100).toPrecision(12))}%`;
  if (format && /[ymdhs]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    try {
      return String((SSF as { format: (f: string, v: number) => string }).format(format, v));
    } catch {
      return String(v);
    }
  }
  return String(v);
}

/** Text of one cell as the pipeline reads it. */
export function cellText(cell: CellObject | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'n':
      return numberText(cell);
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return typeof cell.w === 'string' ? cell.w : (ERRORS[Number(cell.v)] ?? '#ERROR');
    case 'd':
      return typeof cell.w === 'string' ? cell.w : cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : '';
    default:
      return '';
  }
}

function sheetRows(name: string, sheet: WorkSheet): RawRow[] {
  const ref = sheet['!ref'];
  if (!ref) return [];
  const range = utils.decode_range(ref);
  const data = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? [];
  const width = range.e.c - range.s.c + 1;
  const grid: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r += 1) {
    const source = data[r] ?? [];
    const cells = new Array<string>(width);
    for (let c = 0; c < width; c += 1) cells[c] = cellText(source[range.s.c + c]);
    grid.push(cells);
  }
  for (const merge of sheet['!merges'] ?? []) {
    const area = (merge.e.r - merge.s.r + 1) * (merge.e.c - merge.s.c + 1);
    if (area > MERGE_FILL_MAX_CELLS) continue;
    const value = grid[merge.s.r - range.s.r]?.[merge.s.c - range.s.c] ?? '';
    for (let r = merge.s.r; r <= merge.e.r; r += 1) {
      const row = grid[r - range.s.r];
      if (!row) continue;
      for (let c = merge.s.c; c <= merge.e.c; c += 1) if (c - range.s.c < width) row[c - range.s.c] = value;
    }
  }
  return grid.map((cells, i) => ({ line: range.s.r + i + 1, sheet: name, cells }));
}

/** Reads every sheet (or only `onlySheet`) of a workbook; an ImportError for damaged or oversized files. */
export function readSpreadsheet(bytes: Uint8Array, onlySheet?: string): SheetRows[] | ImportError {
  if (bytes.length > SPREADSHEET_MAX_BYTES) return spreadsheetTooLarge();
  let workbook;
  try {
    workbook = read(bytes, {
      type: 'array',
      dense: true,
      // Number formats (for percentages and dates) but no formatted text: half the reading time.
      cellNF: true,
      cellText: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      ...(onlySheet ? { sheets: onlySheet } : {}),
    });
  } catch {
    return importError('bad_spreadsheet');
  }
  let cells = 0;
  for (const name of workbook.SheetNames) {
    const ref = workbook.Sheets[name]?.['!ref'];
    if (!ref) continue;
    const range = utils.decode_range(ref);
    cells += (range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1);
  }
  if (cells > SPREADSHEET_MAX_CELLS) return tooLarge(`${SPREADSHEET_MAX_CELLS.toLocaleString('en')} cells`);
  const sheets: SheetRows[] = [];
  for (const name of workbook.SheetNames) {
    if (onlySheet && name !== onlySheet) continue;
    const sheet = workbook.Sheets[name];
    if (sheet) sheets.push({ name, rows: sheetRows(name, sheet) });
  }
  if (sheets.length === 0) return importError('bad_spreadsheet');
  return sheets;
}
