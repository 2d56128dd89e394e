/**
 * The empty result every import starts from, and failures outside the pipeline (worker crash, cancel) report in.
 * Kept apart from run-import.ts so the main-thread client can use it without pulling in the pipeline.
 */
import type { ImportResult, ImportSummary } from './run-import';

/** A result with nothing read yet (not ok, no error): the start of every run and of failures outside it. */
export function emptyImportResult(file: { name: string; size: number }): ImportResult {
  const summary: ImportSummary = {
    rows: 0, matched: 0, ambiguous: 0, unmatched: 0, skipped: 0, approximate: 0,
    counties: 0, indicators: 0, attributes: 0, years: [], issues: { duplicate: 0, out_of_range: 0, not_a_number: 0, bad_year: 0, year_outside: 0 },
  };
  return {
    ok: false, error: null,
    file: { name: file.name, size: file.size, format: null, encoding: null, delimiter: null },
    tables: [], rows: [], rowsOmitted: 0, malformed: [], hiddenSheets: [], summary, issues: [], dataset: null, labourTable: null, industryTable: null, elapsedMs: 0,
  };
}

