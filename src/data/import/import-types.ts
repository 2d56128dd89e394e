/**
 * Types shared by the import stages: raw rows, the table layout, column roles, row reports and errors.
 * Every stage takes and returns plain, serialisable data so it runs the same in a worker, in Node and in tests.
 */
import type { IndicatorUnit, LocalText } from '../../model/indicators/dataset';
import type { MatchReason } from '../../model/geo/match-reason';

/** File formats the reader understands. */
export type ImportFormat = 'csv' | 'tsv' | 'xlsx' | 'xls' | 'json';

/** One physical row as read: `line` is the CSV/TSV line it starts on, the Excel row number, or the JSON record number. */
export interface RawRow {
  line: number;
  /** Sheet name for spreadsheets, null otherwise. */
  sheet: string | null;
  cells: string[];
}

/**
 * Lines of a file that could not be read as rows: from the first structural fault to the end of the file. A file
 * with a malformed span is never reported as imported.
 */
export interface MalformedSpan {
  fromLine: number;
  toLine: number;
  reason: 'unclosed_quote' | 'bad_quotes' | 'too_many_columns' | 'field_too_long' | 'row_too_long';
  /** Sheet of a spreadsheet, absent for text files. */
  sheet?: string;
}

/** Codes of every error the pipeline reports instead of throwing. */
export type ImportErrorCode =
  | 'empty_file'
  | 'binary_file'
  | 'unsupported_format'
  | 'too_large'
  | 'bad_encoding'
  | 'bad_json'
  | 'malformed_file'
  | 'bad_spreadsheet'
  | 'wrong_delimiter'
  | 'no_table'
  | 'no_county_column'
  | 'no_value_column'
  | 'bad_mapping'
  | 'no_match'
  | 'cancelled'
  | 'internal';

/** A clear, bilingual error object; nothing throws past the pipeline boundary. */
export interface ImportError {
  code: ImportErrorCode;
  message: LocalText;
}

/**
 * Role of one column, as guessed or as corrected by the user. 'attribute' is a number that belongs to the county,
 * not to a year (an exit year, an altitude): it is kept as a static attribute and never given a year.
 */
export type ColumnRole =
  | 'adcode'
  | 'county'
  | 'prefecture'
  | 'province'
  | 'year'
  | 'value'
  | 'attribute'
  | 'category'
  | 'ignore';

/** Where the table sits in its rows: which rows are titles, which make the header, and the column names. */
export interface TableLayout {
  sheet: string | null;
  /** Lines (RawRow.line) of rows above the header that are titles or notes. */
  titleLines: number[];
  /** Lines of the header rows (one or two). */
  headerLines: number[];
  /** Column names, one per column; two-row headers are joined with a space ("人均收入 2016年"). */
  columns: string[];
  /** Header parts per column (top first), kept so wide layouts can split indicator and year. */
  columnParts: string[][];
  /** A year found in the title rows (e.g. "2020年各县…"), used for year-less columns. */
  titleYear: number | null;
}

/** Unit guess for a value column; `percent` values are stored as shown (12.3 = 12.3%). */
export type ValueUnitGuess = IndicatorUnit;

/** The role and reading of one column. */
export interface ColumnSpec {
  index: number;
  header: string;
  role: ColumnRole;
  /** For value columns: the indicator the column feeds (columns of one wide indicator share it). */
  indicator?: string;
  /** For value columns in wide layouts: the year the column holds. */
  year?: number;
  unit?: ValueUnitGuess;
  /** Multiply parsed values by this (100 turns a 0–1 share into a percentage). */
  scale?: number;
  /** True when the column was recognised as 0–1 fractions (offered as percentages). */
  fractionShare?: boolean;
}

/** Column roles for one table: every guess can be overridden through ImportOverrides. */
export interface ColumnMapping {
  sheet: string | null;
  layout: 'long' | 'wide' | 'static';
  columns: ColumnSpec[];
}

/** A user's corrections: per column index, any field of ColumnSpec; plus a year for year-less values. */
export interface ImportOverrides {
  /** Sheet to read (spreadsheets); default: every sheet that holds a county column. */
  sheet?: string;
  columns?: Record<number, Partial<Omit<ColumnSpec, 'index' | 'header'>>>;
  /** Year given to value columns that have none (no year column, no year in header). */
  year?: number;
  /** Zero-based index of the (first) header row among the non-blank rows, if the guess was wrong. */
  headerRow?: number;
  /**
   * Counties the user chose for ambiguous or unmatched rows, by the rows' match key (RowReport.matchKey): every row
   * of that county (all its years) lands there.
   */
  chosen?: Record<string, string>;
}

/** Status of one input row in the report. */
export type RowStatus = 'matched' | 'ambiguous' | 'unmatched' | 'skipped';

/** A candidate county offered when a row is ambiguous or unmatched. */
export interface RowCandidate {
  adcode: string;
  name: string;
  prefectureName?: string;
  provinceName?: string;
}

/** Where a row landed, as the matcher decides it. */
export interface RowMatch {
  status: RowStatus;
  /** County id the row landed on (the first of a merged group), or null. */
  adcode: string | null;
  /** Every county id the row landed on when its code stands for a merged group. */
  group?: string[];
  /** True when the landing is approximate (split or merged units). */
  approximate?: boolean;
  candidates: RowCandidate[];
  /** Why, as codes with parameters, outcome first (render with formatMatchReasons in the interface language). */
  reasons: MatchReason[];
}

/** One input row's fate: the CLI's --json rows and the import panel's table. */
export interface RowReport extends RowMatch {
  line: number;
  sheet: string | null;
  /** Validation flags: 'duplicate', 'out_of_range', 'bad_year', 'year_outside'. */
  flags?: string[];
  /** The name and code the row carried, as text (never interpreted as markup). */
  name?: string;
  code?: string;
  /** For ambiguous and unmatched rows: the key under which a county chosen for it goes in ImportOverrides.chosen. */
  matchKey?: string;
}

/** Progress of a running import. */
export interface ImportProgress {
  phase: 'read' | 'detect' | 'match' | 'build';
  bytesRead: number;
  totalBytes: number;
  rows: number;
}
