/**
 * Finding the table in the first rows of a sheet: title rows above it, the header row (or two, when the top row
 * holds merged group names over years or sub-names), and, for every later row, whether it is data, a repeated
 * header or a total row (合计, 总计, 全省…).
 */
import { importError } from './import-error';
import type { ImportError, RawRow, TableLayout } from './import-types';
import { cleanCell, isPlausibleAdcode, normaliseCode, parseValue, parseYear, splitHeaderYear } from './parse-value';

/** How one cell reads, for telling headers from data. */
export type CellKind = 'empty' | 'code' | 'year' | 'number' | 'missing' | 'text';

/** Classifies a cell for header detection. */
export function cellKind(cell: string): CellKind {
  const text = cleanCell(cell);
  if (text === '') return 'empty';
  const code = normaliseCode(text);
  if (code !== null && isPlausibleAdcode(code)) return 'code';
  if (parseYear(text) !== null) return 'year';
  const parsed = parseValue(text);
  if (parsed.kind === 'number') return 'number';
  if (parsed.kind === 'missing') return 'missing';
  return 'text';
}

/** True when every cell is blank. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cleanCell(cell) !== '') return false;
  return true;
}

const TOTAL_EXACT = /^(?:全(?:国|省|市|区|州|盟|县|地区|自治区|自治州)(?:合计|总计|小计)?|total|sum|subtotal|grandtotal|all)$/i;
const TOTAL_PREFIX = /^(?:合计|总计|共计|小计|累计|总数|总体)/;
const TOTAL_FIRST = new Set([...'全合总共小累市县省本其', ...'tTsSaAgG']);
const AGGREGATE_EXACT = /^(?:市辖区|市本级|县本级|省本级|本级|省直辖|省直管|其他|其它)$/;

/** True for the text of a total or aggregate cell: 合计, 总计, 全省, 全国, 市辖区… (but not 全州县 or 全椒县). */
export function isTotalText(cell: string): boolean {
  // Cheap first-character test: this runs on several cells of every row.
  if (!TOTAL_FIRST.has(cleanCell(cell).charAt(0))) return false;
  const text = cleanCell(cell).replace(/\s+/g, '');
  return TOTAL_EXACT.test(text) || TOTAL_PREFIX.test(text) || AGGREGATE_EXACT.test(text);
}

function kinds(row: RawRow): CellKind[] {
  return row.cells.map(cellKind);
}

function nonEmptyCount(k: readonly CellKind[]): number {
  let n = 0;
  for (const x of k) if (x !== 'empty') n += 1;
  return n;
}

/** The width most data rows share (non-empty cells), ignoring one-cell title and note rows. */
function typicalWidth(rows: readonly RawRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const n = nonEmptyCount(kinds(row));
    if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  return width;
}

function looksLikeHeader(k: readonly CellKind[], minCells: number): boolean {
  const filled = nonEmptyCount(k);
  if (filled < minCells) return false;
  let text = 0;
  let yearish = 0;
  for (const x of k) {
    if (x === 'code') return false;
    if (x === 'text') text += 1;
    else if (x === 'year') yearish += 1;
  }
  return text >= 1 && (text + yearish) / filled >= 0.6;
}

/** True when the row below the header is a second header row (sub-names or years under merged group names). */
function isSecondHeader(top: RawRow, below: RawRow | undefined, after: RawRow | undefined): boolean {
  if (!below || !after) return false;
  const k = kinds(below);
  if (nonEmptyCount(k) === 0) return false;
  if (k.some((x) => x === 'code' || x === 'number' || x === 'missing')) return false;
  // The row after must read as data, or we cannot tell a second header from a first data row.
  const afterKinds = kinds(after);
  if (!afterKinds.some((x) => x === 'code' || x === 'number' || x === 'missing')) return false;
  const topKinds = kinds(top);
  const width = Math.max(top.cells.length, below.cells.length);
  let gapsFilled = 0;
  let repeats = 0;
  for (let c = 0; c < width; c += 1) {
    const t = cleanCell(top.cells[c] ?? '');
    const b = cleanCell(below.cells[c] ?? '');
    if (t === '' && b !== '') gapsFilled += 1;
    if (c > 0 && t !== '' && t === cleanCell(top.cells[c - 1] ?? '') && b !== '') repeats += 1;
  }
  const yearsBelowOnly = k.some((x) => x === 'year') && !topKinds.some((x) => x === 'year');
  return gapsFilled > 0 || repeats > 0 || yearsBelowOnly;
}

/** Combines one or two header rows into column names, filling merged group names rightwards. */
function columnNames(headers: readonly RawRow[], width: number): { columns: string[]; parts: string[][] } {
  const top = headers[0]?.cells ?? [];
  const below = headers[1]?.cells;
  const parts: string[][] = [];
  let group = '';
  for (let c = 0; c < width; c += 1) {
    const t = cleanCell(top[c] ?? '').replace(/\s+/g, ' ');
    const b = below ? cleanCell(below[c] ?? '').replace(/\s+/g, ' ') : '';
    if (t !== '') group = t;
    // A blank top cell over a filled one belongs to the merged group on its left (CSV loses the merge).
    const topPart = t !== '' ? t : below && b !== '' ? group : '';
    const p = [topPart, b].filter((s, i, all) => s !== '' && all.indexOf(s) === i);
    parts.push(p);
  }
  const columns = parts.map((p, c) => (p.length > 0 ? p.join(' ') : `列${c + 1}`));
  return { columns, parts };
}

/**
 * Locates the table among the first non-blank rows of a sheet. `headerRow` (index among those rows) overrides
 * the guess. Returns the layout and the index of the first data row.
 */
export function findTable(
  rows: readonly RawRow[],
  headerRow?: number,
): { layout: TableLayout; dataStart: number } | ImportError {
  const sheet = rows[0]?.sheet ?? null;
  const width = typicalWidth(rows.slice(0, 200));
  if (rows.length === 0 || width < 2) return importError('no_table');
  let h = headerRow ?? -1;
  if (h < 0) {
    const minCells = Math.max(2, Math.ceil(width * 0.5));
    const limit = Math.min(rows.length - 1, 60);
    for (let i = 0; i < limit; i += 1) {
      const row = rows[i];
      if (row && looksLikeHeader(kinds(row), minCells)) {
        h = i;
        break;
      }
    }
  }
  const header = rows[h];
  if (h < 0 || !header || h >= rows.length - 1) return importError('no_table');
  const two = headerRow === undefined && isSecondHeader(header, rows[h + 1], rows[h + 2]);
  const headers = two ? [header, rows[h + 1] as RawRow] : [header];
  let columnCount = 0;
  for (const row of rows.slice(0, 200)) columnCount = Math.max(columnCount, row.cells.length);
  const { columns, parts } = columnNames(headers, columnCount);
  const titles = rows.slice(0, h);
  let titleYear: number | null = null;
  for (const t of titles) {
    for (const cell of t.cells) {
      const found = splitHeaderYear(cell).year;
      if (found !== null) titleYear ??= found;
    }
  }
  return {
    layout: {
      sheet,
      titleLines: titles.map((r) => r.line),
      headerLines: headers.map((r) => r.line),
      columns,
      columnParts: parts,
      titleYear,
    },
    dataStart: h + headers.length,
  };
}

/** True when a data row repeats the header (files concatenated from several exports). */
export function isRepeatedHeader(cells: readonly string[], layout: TableLayout): boolean {
  const first = layout.columnParts[0]?.[layout.columnParts[0].length - 1];
  const second = layout.columnParts[1]?.[layout.columnParts[1].length - 1];
  if (first === undefined || second === undefined) return false;
  return cleanCell(cells[0] ?? '') === first && cleanCell(cells[1] ?? '') === second;
}
