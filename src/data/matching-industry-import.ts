/**
 * Committing an imported county endowment table to the industry matching, the labour tables' way
 * (matching-labour-import.ts): it joins the tables in use (a file imported again replaces its earlier self), the
 * worker checks the whole set fits industry.json, and only then is it saved and put into use.
 */
import type { ImportedIndustryTable, IndustryTableCheck } from '../model/matching/industry-imported';
import type { IndustryLongTable } from './import/industry-long-rows';
import type { CheckIndustryAnswer } from './matching-messages';
import { commitTable, type TableImportDeps, type TableImportOutcome } from './matching-labour-import';

/** What committing an industry table needs. */
export type IndustryImportDeps = TableImportDeps<ImportedIndustryTable, IndustryTableCheck, CheckIndustryAnswer>;

/** The outcome of committing an industry table. */
export type IndustryImportOutcome = TableImportOutcome<IndustryTableCheck>;

/** The table as the worker keeps it (line numbers are the import report's business). */
export function importedIndustryTableOf(table: IndustryLongTable): ImportedIndustryTable {
  return { measure: table.measure, fileName: table.fileName, rows: table.rows.map(({ county, key, value, none }) => (none ? { county, key, value, none } : { county, key, value })) };
}

/** Checks and, if it fits, puts the industry `table` into use. */
export function commitIndustryTable(table: IndustryLongTable, deps: IndustryImportDeps): Promise<IndustryImportOutcome> {
  return commitTable(importedIndustryTableOf(table), deps);
}
