/**
 * Committing an imported labour long table (or, through the same commitTable, an industry table:
 * matching-industry-import.ts) to the matching tab: the table joins the ones already in use (one per
 * measure and file name; a file imported again replaces its earlier self), the worker checks that the whole set
 * fits the labour data, and only then is it saved in this browser and do the worker and the store switch to it,
 * so the plans are solved again with it. A table that does not fit is refused with the worker's reason and nothing changes.
 */
import type { LocalText } from '../model/indicators/dataset';
import type { ImportedLabourTable, LabourTableCheck } from '../model/matching/labour-imported';
import type { LabourLongTable } from './import/labour-long-rows';
import type { WorkerOutcome } from '../lib/worker-client';
import type { CheckLabourAnswer } from './matching-messages';

/** The worker's answer to a check of a set of tables (labour or industry). */
export interface TableCheckAnswer<C> {
  ok: boolean;
  checks: C[];
  error: LocalText | null;
}

/** What committing a table of type T needs (the matching client and store in the app, fakes in tests). */
export interface TableImportDeps<T, C, A extends TableCheckAnswer<C> = TableCheckAnswer<C>> {
  current: () => T[];
  check: (tables: T[]) => Promise<WorkerOutcome<A>>;
  /** Keeps `tables` in this browser (IndexedDB), so they are still in use after a reload. */
  save: (tables: T[]) => Promise<void>;
  /** Switches the worker and the store to `tables`. */
  use: (tables: T[], checks: C[]) => void;
}

/** The outcome: the check of the new table, or why it was refused. */
export type TableImportOutcome<C> = { ok: true; check: C; saveError: string | null } | { ok: false; error: LocalText };

/** What committing a labour table needs. */
export type LabourImportDeps = TableImportDeps<ImportedLabourTable, LabourTableCheck, CheckLabourAnswer>;

/** The outcome of committing a labour table. */
export type LabourImportOutcome = TableImportOutcome<LabourTableCheck>;

/** The table as the worker keeps it (line numbers are the import report's business). */
export function importedTableOf(table: LabourLongTable): ImportedLabourTable {
  return { measure: table.measure, fileName: table.fileName, rows: table.rows.map(({ county, skill, group, value }) => ({ county, skill, group, value })) };
}

/** The tables in use after adding `table`: earlier tables of the same measure and file name give way to it. */
export function withTable<T extends { measure: string; fileName: string }>(current: readonly T[], table: T): T[] {
  return [...current.filter((t) => !(t.measure === table.measure && t.fileName === table.fileName)), table];
}

/** The labour tables in use after adding `table`. */
export const withLabourTable: (current: readonly ImportedLabourTable[], table: ImportedLabourTable) => ImportedLabourTable[] = withTable;

/** Checks and, if it fits, puts `table` into use beside the tables already in use. */
export async function commitTable<T extends { measure: string; fileName: string }, C, A extends TableCheckAnswer<C>>(table: T, deps: TableImportDeps<T, C, A>): Promise<TableImportOutcome<C>> {
  const next = withTable(deps.current(), table);
  const outcome = await deps.check(next);
  if (!outcome.ok) return { ok: false, error: { zh: `无法检查表格：${outcome.error.message}`, en: `The table could not be checked: ${outcome.error.message}` } };
  const answer = outcome.value;
  const check = answer.checks[answer.checks.length - 1];
  if (!answer.ok || !check) return { ok: false, error: answer.error ?? { zh: '表格不适用。', en: 'The table does not fit.' } };
  // A table that fits is used even if this browser cannot keep it: the user is told it will be gone after a reload.
  let saveError: string | null = null;
  try {
    await deps.save(next);
  } catch (error) {
    saveError = error instanceof Error ? error.message : String(error);
  }
  deps.use(next, answer.checks);
  return { ok: true, check, saveError };
}

/** Checks and, if it fits, puts the labour `table` into use. */
export function commitLabourTable(table: LabourLongTable, deps: LabourImportDeps): Promise<LabourImportOutcome> {
  return commitTable(importedTableOf(table), deps);
}
