/**
 * The app's wiring of imported labour tables: committing one through the matching worker's check into the
 * matching client and store (src/data/matching-labour-import.ts), and going back to the sample data.
 */
import { checkLabourTables, setLabourTables } from '../data/matching-client';
import { commitLabourTable, type LabourImportOutcome } from '../data/matching-labour-import';
import type { LabourLongTable } from '../data/import/labour-long-rows';
import { useMatchingStore } from '../store/matching-store';

/** Checks `table` in the worker and, if it fits, solves the matching plans with it from now on. */
export function commitAppLabourTable(table: LabourLongTable): Promise<LabourImportOutcome> {
  return commitLabourTable(table, {
    current: () => useMatchingStore.getState().labour.tables,
    check: checkLabourTables,
    use: (tables, checks) => {
      setLabourTables(tables);
      useMatchingStore.getState().setLabourTables(tables, checks);
    },
  });
}

/** Drops every imported labour table: the plans are solved with the sample data again. */
export function clearAppLabourTables(): void {
  setLabourTables([]);
  useMatchingStore.getState().setLabourTables([], []);
}
