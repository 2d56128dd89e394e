/**
 * Reads the plain comma-separated source tables of ../shared/data (no quoted fields, UTF-8 with or without a BOM)
 * into header-keyed rows. Rows of only empty cells (housing.csv's trailing `,,,,`) are dropped and counted.
 */

/** Header-keyed rows of one table and how many blank rows were dropped. */
export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
  blankRows: number;
}

/** Parses a comma-separated table; a row with a different cell count is an error (the sources have no quoting). */
export function readCsvRows(text: string, where: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim());
  if (header.length < 2) throw new Error(`${where}: no header row`);
  const rows: Record<string, string>[] = [];
  let blankRows = 0;
  lines.forEach((line, i) => {
    if (line === '') return; // the final newline
    const cells = line.split(',');
    if (cells.every((c) => c.trim() === '')) {
      blankRows++;
      return;
    }
    if (cells.length !== header.length) throw new Error(`${where} line ${i + 2}: ${cells.length} cells, expected ${header.length}`);
    rows.push(Object.fromEntries(header.map((h, k) => [h, cells[k]!.trim()])));
  });
  return { header, rows, blankRows };
}

/** A source cell as a number: blank and spreadsheet errors (`#DIV/0!`) are null, anything else non-numeric throws. */
export function cellNumber(cell: string | undefined, where: string): number | null {
  const s = (cell ?? '').trim();
  if (s === '' || /^#[A-Z0-9/]+[!?]?$/.test(s)) return null;
  const x = Number(s);
  if (!Number.isFinite(x)) throw new Error(`${where}: not a number: ${JSON.stringify(s)}`);
  return x;
}
