/**
 * Bounds on what one import may hold, so a hostile or broken file is answered quickly with a clear message
 * instead of running the worker out of memory. Real county tables are far inside every one of them.
 */

/** Most columns of one table. A wide table of 50 indicators × 20 years has 1,000; 9,799 "indicators" is no table. */
export const MAX_COLUMNS = 2_000;

/** Longest cell text, in characters: Excel's own cell limit (32,767). */
export const MAX_FIELD_CHARS = 32_767;

/**
 * Longest row of delimited text still waiting for its line break, in characters. A quote that never closes, or a
 * 50 MB line, would otherwise be re-parsed with every chunk (quadratic) and held whole in memory.
 */
export const MAX_PENDING_ROW_CHARS = 1 << 20;

/** Largest spreadsheet file read (bytes); bigger workbooks should be saved as CSV, which streams. */
export const SPREADSHEET_MAX_BYTES = 60 * 1024 * 1024;

/** Most cells of one workbook (declared or inflated). */
export const SPREADSHEET_MAX_CELLS = 8_000_000;

/** Most bytes the parts of an XLSX may inflate to (the ZIP directory says before anything is inflated). */
export const SPREADSHEET_MAX_INFLATED_BYTES = 400 * 1024 * 1024;

/** Most cells covered by all merged areas of a workbook together (each merged cell is filled). */
export const SPREADSHEET_MAX_MERGE_CELLS = 1_000_000;

/** Most merged areas of one workbook. */
export const SPREADSHEET_MAX_MERGES = 100_000;

/** Row reports the CLI keeps by default (all rows are still counted); `--all-rows` keeps every one. */
export const CLI_ROW_REPORT_LIMIT = 10_000;
