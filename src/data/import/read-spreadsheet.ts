/**
 * Spreadsheets (XLSX, XLS, HTML tables saved as .xls) through @e965/xlsx, a maintained build of SheetJS
 * (xlsx@0.18.5 on npm has known vulnerabilities with crafted files). Cells become text as the pipeline expects:
 * numbers at full precision, percent-formatted numbers as "12.3%", errors as "#DIV/0!". Merged cells are filled
 * with their top-left value so merged headers and merged province columns read like plain tables.
 */
import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { importError } from './import-error';
import {
  MAX_COLUMNS,
  SPREADSHEET_MAX_BYTES,
  SPREADSHEET_MAX_CELLS,
  SPREADSHEET_MAX_INFLATED_BYTES,
  SPREADSHEET_MAX_MERGE_CELLS,
  SPREADSHEET_MAX_MERGES,
} from './import-limits';
import type { ImportError, RawRow } from './import-types';
import { countInEntry, readZipDirectory } from './zip-directory';

export { SPREADSHEET_MAX_BYTES, SPREADSHEET_MAX_CELLS };

/** Merged areas bigger than this are not filled (a whole-column merge would blow up memory). */
const MERGE_FILL_MAX_CELLS = 20_000;
/** Fewest bytes of sheet XML one filled cell takes (`<c><v>1</v></c>` is 15): bounds the cells before parsing. */
const MIN_XML_BYTES_PER_CELL = 12;
/** Most rows read of one sheet (SheetJS `sheetRows`); a sheet that reaches it is too large. */
const SPREADSHEET_MAX_ROWS = 500_000;

/** One sheet's rows, each carrying the row number Excel shows. */
export interface SheetRows {
  name: string;
  rows: RawRow[];
}

/** What a workbook gave: the sheets read, and the hidden sheets left out (named in the report). */
export interface SpreadsheetContent {
  sheets: SheetRows[];
  hiddenSheets: { name: string; visibility: 'hidden' | 'very_hidden' }[];
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

const mb = (bytes: number) => `${Math.round(bytes / 1048576).toLocaleString('en')} MB`;
const count = (n: number) => n.toLocaleString('en');

/**
 * Checks an XLSX's ZIP directory before anything is inflated: the declared sizes of all parts together, and of
 * each sheet (a sheet's XML bounds its cell count). A bomb is refused here in milliseconds.
 */
export function checkZipSizes(bytes: Uint8Array): ImportError | null {
  const entries = readZipDirectory(bytes);
  if (!entries) return importError('bad_spreadsheet');
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedBytes;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) && entry.uncompressedBytes / MIN_XML_BYTES_PER_CELL > SPREADSHEET_MAX_CELLS) {
      return tooLarge(`${entry.name.replace(/^.*\//, '')} ${mb(entry.uncompressedBytes)} → > ${count(SPREADSHEET_MAX_CELLS)} cells`);
    }
  }
  if (total > SPREADSHEET_MAX_INFLATED_BYTES) return tooLarge(`${mb(total)} uncompressed > ${mb(SPREADSHEET_MAX_INFLATED_BYTES)}`);
  return null;
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

/**
 * The checks that need the XLSX parts inflated, streamed and stopped early: the number of merged areas of each
 * sheet (2 M overlapping merges in 181 KB would keep the parser busy for seconds). Run before readSpreadsheet.
 */
export async function checkSpreadsheetParts(bytes: Uint8Array): Promise<ImportError | null> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  const sizes = checkZipSizes(bytes);
  if (sizes) return sizes;
  for (const entry of readZipDirectory(bytes) ?? []) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) continue;
    // "mergeCell " and "mergeCell/" but not the "mergeCells" container: every area is written `<mergeCell ref=…/>`.
    const merges = await countInEntry(bytes, entry, 'mergeCell ', SPREADSHEET_MAX_MERGES);
    if (merges !== null && merges > SPREADSHEET_MAX_MERGES) return tooLarge(`> ${count(SPREADSHEET_MAX_MERGES)} merged areas`);
  }
  return null;
}

type DenseData = (CellObject | undefined)[][];

/** The area that really holds cells (a declared `A1:XFD1048576` on a small sheet is not trusted). */
function usedRange(sheet: WorkSheet): { s: { r: number; c: number }; e: { r: number; c: number } } | null {
  const ref = sheet['!ref'];
  if (!ref) return null;
  const range = utils.decode_range(ref);
  const data = (sheet as { '!data'?: DenseData })['!data'] ?? [];
  let lastCol = -1;
  for (const row of data) if (row && row.length - 1 > lastCol) lastCol = row.length - 1;
  range.e.r = Math.min(range.e.r, data.length - 1);
  range.e.c = Math.min(range.e.c, lastCol);
  return range.e.r < range.s.r || range.e.c < range.s.c ? null : range;
}

function sheetRows(name: string, sheet: WorkSheet): RawRow[] {
  const range = usedRange(sheet);
  if (!range) return [];
  const data = (sheet as { '!data'?: DenseData })['!data'] ?? [];
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
      for (let c = merge.s.c; c <= merge.e.c; c += 1) if (c - range.s.c < width && c >= range.s.c) row[c - range.s.c] = value;
    }
  }
  return grid.map((cells, i) => ({ line: range.s.r + i + 1, sheet: name, cells }));
}

/** Cells, columns and merged area of the sheets read, against the caps; null when within them. */
function checkSheets(workbook: WorkBook, names: readonly string[]): ImportError | null {
  let cells = 0;
  let merges = 0;
  let mergeCells = 0;
  for (const name of names) {
    const sheet = workbook.Sheets[name];
    const range = sheet ? usedRange(sheet) : null;
    if (!sheet || !range) continue;
    const rows = range.e.r - range.s.r + 1;
    const width = range.e.c - range.s.c + 1;
    if (rows >= SPREADSHEET_MAX_ROWS) return tooLarge(`≥ ${count(SPREADSHEET_MAX_ROWS)} rows`);
    if (width > MAX_COLUMNS) return tooLarge(`${count(width)} columns > ${count(MAX_COLUMNS)}`);
    cells += rows * width;
    for (const m of sheet['!merges'] ?? []) {
      merges += 1;
      // Only the part inside the used range is filled.
      const h = Math.min(m.e.r, range.e.r) - Math.max(m.s.r, range.s.r) + 1;
      const w = Math.min(m.e.c, range.e.c) - Math.max(m.s.c, range.s.c) + 1;
      const area = h * w;
      if (h > 0 && w > 0 && area <= MERGE_FILL_MAX_CELLS) mergeCells += area;
    }
  }
  if (cells > SPREADSHEET_MAX_CELLS) return tooLarge(`${count(cells)} cells > ${count(SPREADSHEET_MAX_CELLS)}`);
  if (merges > SPREADSHEET_MAX_MERGES) return tooLarge(`${count(merges)} merged areas > ${count(SPREADSHEET_MAX_MERGES)}`);
  if (mergeCells > SPREADSHEET_MAX_MERGE_CELLS) return tooLarge(`merged areas cover ${count(mergeCells)} cells > ${count(SPREADSHEET_MAX_MERGE_CELLS)}`);
  return null;
}

const READ_OPTIONS = {
  type: 'array',
  dense: true,
  // The dimension a file declares is not trusted: the used range is what the cells span.
  nodim: true,
  sheetRows: SPREADSHEET_MAX_ROWS,
  // Number formats (for percentages and dates) but no formatted text: half the reading time.
  cellNF: true,
  cellText: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
} as const;

/**
 * Reads the visible sheets (or only `onlySheet`, hidden or not: the user chose it) of a workbook; hidden and
 * very hidden sheets are left out and named. An ImportError for damaged or oversized files, decided from the ZIP
 * directory before inflating and from the real cells (not the declared dimension) before filling merges.
 */
export function readSpreadsheet(bytes: Uint8Array, onlySheet?: string): SpreadsheetContent | ImportError {
  if (bytes.length > SPREADSHEET_MAX_BYTES) return spreadsheetTooLarge();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    const sizes = checkZipSizes(bytes);
    if (sizes) return sizes;
  }
  let workbook: WorkBook;
  try {
    workbook = read(bytes, { ...READ_OPTIONS, ...(onlySheet !== undefined ? { sheets: onlySheet } : {}) });
  } catch {
    return importError('bad_spreadsheet');
  }
  const visibility = new Map((workbook.Workbook?.Sheets ?? []).map((s) => [s.name, s.Hidden ?? 0]));
  const hiddenSheets: SpreadsheetContent['hiddenSheets'] = [];
  const wanted: string[] = [];
  for (const name of workbook.SheetNames) {
    if (onlySheet !== undefined) {
      if (name === onlySheet) wanted.push(name);
      continue;
    }
    const hidden = visibility.get(name) ?? 0;
    if (hidden === 0) wanted.push(name);
    else hiddenSheets.push({ name, visibility: hidden === 2 ? 'very_hidden' : 'hidden' });
  }
  if (wanted.length === 0) return importError('bad_spreadsheet', hiddenSheets.length > 0 ? { zh: '（只有隐藏的工作表）', en: '(only hidden sheets)' } : undefined);
  const over = checkSheets(workbook, wanted);
  if (over) return over;
  const sheets: SheetRows[] = [];
  for (const name of wanted) {
    const sheet = workbook.Sheets[name];
    if (sheet) sheets.push({ name, rows: sheetRows(name, sheet) });
  }
  if (sheets.length === 0) return importError('bad_spreadsheet');
  return { sheets, hiddenSheets };
}
