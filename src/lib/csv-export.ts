/**
 * A generic CSV writer for everything the app exports (ranking table, datasets, import reports). Output opens
 * correctly in Excel: UTF-8 with a byte-order mark (otherwise Excel reads Chinese as the ANSI code page), CRLF
 * line ends, RFC 4180 quoting, and text cells that would start a formula (= + - @, tab, CR, also after invisible characters) prefixed with an
 * apostrophe so Excel shows them as text and never evaluates them (CSV injection).
 */

/** One cell: text is escaped, numbers are written as numbers, null/undefined/NaN as an empty cell. */
export type CsvCell = string | number | null | undefined;

/** The UTF-8 byte-order mark as a string; `toCsv` starts with it by default. */
export const UTF8_BOM = '\uFEFF';

/** The label every export of sample data carries. */
export const SAMPLE_DATA_LABEL = '示例数据 / Sample data';

/** The header of the column that carries the sample label. */
export const SAMPLE_DATA_COLUMN = '数据说明 / Note';

/** Options of `toCsv`. */
export interface CsvOptions {
  /** Prefix the UTF-8 BOM (default true). */
  bom?: boolean;
  /** Line separator (default CRLF, which Excel and RFC 4180 expect). */
  eol?: string;
}

// Characters that make Excel (and LibreOffice, Google Sheets) treat a cell as a formula or a DDE command, also
// when invisible characters come first: spreadsheets may drop a leading zero-width space, BOM, soft hyphen,
// bidi mark or other format/space character and then read "=…" as a formula. Those cells are neutralised too.
// U+034F (combining grapheme joiner) is an alternative of its own: inside a class it would combine with its neighbour.
const FORMULA_START = /^(?:[\p{Cf}\p{Zs}\u00ad\u115f\u1160\u180e\u3164\uffa0]|\u034f)*[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/;

/** Escapes one cell: neutralises formulas, then quotes when the cell holds a comma, quote or line break. */
export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  if (NEEDS_QUOTES.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Writes rows (the first is usually the header) as one CSV text. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const body = rows.map((row) => row.map(escapeCsvCell).join(',')).join(eol);
  return (options.bom === false ? '' : UTF8_BOM) + body + eol;
}

/**
 * Appends the data-note column (header + label on every row): the sample label for sample data (true), or the
 * given provenance label (real data, facts); unchanged for the user's own data (false or '').
 */
export function withSampleColumn(rows: readonly (readonly CsvCell[])[], sample: boolean | string): CsvCell[][] {
  if (!sample) return rows.map((r) => [...r]);
  const label = sample === true ? SAMPLE_DATA_LABEL : sample;
  return rows.map((r, i) => [...r, i === 0 ? SAMPLE_DATA_COLUMN : label]);
}
