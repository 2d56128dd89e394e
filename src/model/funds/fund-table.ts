/**
 * The fund-flow long table: one row per (source, programme, county, year) with the amount allocated and, where
 * known, the amount spent. Money is held as integer fen (1/100 yuan) so sums are exact: every Sankey node balances
 * to the yuan, never off by float drift. Rows arrive as text (CSV cells) and are validated here.
 */
import { SchemaError } from '../../lib/parse-with-schema';

/** One allocation of the long table. */
export interface FundRow {
  source: string;
  programme: string;
  /** Boundary adcode of the county. */
  county: string;
  year: number;
  /** Allocated amount in fen (integer). */
  amountFen: number;
  /** Spent amount in fen (integer); null when the table has no spending column. */
  spentFen: number | null;
}

/** A validated long table. */
export interface FundTable {
  rows: FundRow[];
  /** Years with rows, ascending. */
  years: number[];
}

/** Column names accepted for each field (the sample's English ids, and the headers an office's sheet uses). */
export const FUND_COLUMN_ALIASES: Readonly<Record<keyof Omit<FundRow, 'amountFen' | 'spentFen'> | 'amount' | 'spent', readonly string[]>> = {
  source: ['source', '资金来源', '来源'],
  programme: ['programme', 'program', '项目类别', '项目', '用途'],
  county: ['county', 'adcode', '区划代码', '县'],
  year: ['year', '年份', '年度'],
  amount: ['amount', '下达金额', '金额', '资金规模'],
  spent: ['spent', '支出金额', '已支出', '支出'],
};

const ID_RE = /^[A-Za-z0-9_-]{1,40}$/;
const YUAN_RE = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Parses a yuan amount written as text ("1234", "1,234.50") into integer fen, exactly; null if it is not one. */
export function parseYuanToFen(text: string): number | null {
  const m = YUAN_RE.exec(text.trim().replace(/,/g, ''));
  if (!m) return null;
  const fen = (m[2] ?? '').padEnd(2, '0');
  return Number(m[1]) * 100 + Number(fen);
}

/** Formats integer fen as yuan with two decimals (exact, no float arithmetic). */
export function formatFenAsYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The checks of one row's cells, written out rather than as a valibot object per row: a year of the sample is
 * ~15,000 rows and per-row schemas cost ~40 µs a row (seconds for the whole table); these cost well under 1 µs.
 * Messages follow the schemas' style ("expected …").
 */
const CELL_CHECKS: readonly { field: string; required: boolean; test: (cell: string) => boolean; expected: string }[] = [
  { field: 'source', required: true, test: (c) => ID_RE.test(c), expected: 'expected a source id ([A-Za-z0-9_-], at most 40 characters)' },
  { field: 'programme', required: true, test: (c) => ID_RE.test(c), expected: 'expected a programme id ([A-Za-z0-9_-], at most 40 characters)' },
  { field: 'county', required: true, test: (c) => /^\d{6}$/.test(c), expected: 'expected a 6-digit adcode' },
  { field: 'year', required: true, test: (c) => /^(19|20)\d\d$/.test(c), expected: 'expected a four-digit year' },
  { field: 'amount', required: true, test: (c) => parseYuanToFen(c) !== null, expected: 'expected the amount in yuan (digits, at most two decimals)' },
  { field: 'spent', required: false, test: (c) => c === '' || parseYuanToFen(c) !== null, expected: 'expected the spent amount in yuan or an empty cell' },
];

/** Maps a header row to field names; throws naming the missing columns. */
export function mapFundHeader(header: readonly string[], file: string): Map<number, string> {
  const out = new Map<number, string>();
  header.forEach((raw, i) => {
    const name = raw.trim().replace(/^\uFEFF/, '');
    for (const [field, aliases] of Object.entries(FUND_COLUMN_ALIASES)) if (aliases.includes(name) && ![...out.values()].includes(field)) out.set(i, field);
  });
  const missing = ['source', 'programme', 'county', 'year', 'amount'].filter((f) => ![...out.values()].includes(f));
  if (missing.length) throw new SchemaError(file, 'header', `expected columns ${missing.join(', ')} (got ${header.join(', ')})`);
  return out;
}

/**
 * Validates a long table given as rows of cells (the first row the header). Throws a SchemaError naming the row
 * (1-based, as a spreadsheet shows it) and the field on the first bad cell; a bad table yields nothing.
 */
export function parseFundTable(cells: readonly (readonly string[])[], file: string): FundTable {
  const [header, ...body] = cells;
  if (!header) throw new SchemaError(file, '', 'expected a header row');
  const columns = mapFundHeader(header, file);
  const rows: FundRow[] = [];
  const years = new Set<number>();
  body.forEach((cellsOfRow, r) => {
    if (cellsOfRow.every((c) => c.trim() === '')) return;
    const record: Record<string, string> = {};
    for (const [i, field] of columns) record[field] = (cellsOfRow[i] ?? '').trim();
    for (const check of CELL_CHECKS) {
      const cell = record[check.field];
      if (cell === undefined && !check.required) continue;
      if (!check.test(cell ?? '')) throw new SchemaError(file, `row ${r + 2}.${check.field}`, `${check.expected} (got ${JSON.stringify(cell ?? '')})`);
    }
    const spent = record.spent;
    const o = { source: record.source!, programme: record.programme!, county: record.county!, year: Number(record.year), amountFen: parseYuanToFen(record.amount!)!, spentFen: spent === undefined || spent === '' ? null : parseYuanToFen(spent) };
    rows.push(o);
    years.add(o.year);
  });
  return { rows, years: [...years].sort((a, b) => a - b) };
}

/** Joins tables (e.g. one file per year) into one; rows keep their order. */
export function concatFundTables(tables: readonly FundTable[]): FundTable {
  const rows = tables.flatMap((t) => t.rows);
  return { rows, years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b) };
}
