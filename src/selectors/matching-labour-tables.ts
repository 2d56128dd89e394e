/**
 * The app's wiring of imported labour tables: reading the ones saved in this browser before the first solve,
 * committing a new one through the matching worker's check into IndexedDB, the matching client and the store
 * (src/data/matching-labour-import.ts), and going back to the sample data.
 */
import { checkLabourTables, setLabourTables } from '../data/matching-client';
import { commitLabourTable, type LabourImportOutcome } from '../data/matching-labour-import';
import type { LabourLongTable } from '../data/import/labour-long-rows';
import { createIdbLabourTableStore, type LabourTableStore } from '../data/labour-table-store-idb';
import type { ImportedLabourTable, LabourTableCheck } from '../model/matching/labour-imported';
import { localText } from '../i18n/translate';
import { useAppStore } from '../store/app-store';
import { useMatchingStore } from '../store/matching-store';

let store: LabourTableStore = createIdbLabourTableStore();
let loading: Promise<void> | null = null;

/** Replaces the table store (tests). */
export function setLabourTableStore(next: LabourTableStore): void {
  store = next;
  loading = null;
}

function putInUse(tables: ImportedLabourTable[], checks: LabourTableCheck[]): void {
  setLabourTables(tables);
  useMatchingStore.getState().setLabourTables(tables, checks);
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Reads the saved tables once and puts them into use after the worker checked them; a damaged record or a table
 * that no longer fits is reported, and the plans are solved with the sample data (the record is left as it is).
 */
export function ensureLabourTables(): Promise<void> {
  loading ??= (async () => {
    const notice = (zh: string, en: string) => useAppStore.getState().noticeActions.push('error', localText(useAppStore.getState().view.lang, { zh, en }));
    let tables: ImportedLabourTable[];
    try {
      tables = await store.load();
    } catch (error) {
      notice(`保存的劳务表格无法读取，改用示例数据：${message(error)}`, `The saved labour tables could not be read; using the sample data: ${message(error)}`);
      putInUse([], []);
      return;
    }
    if (tables.length === 0) return putInUse([], []);
    // The worker that checks them starts with them already in, so a reload loads the solver once, not twice.
    setLabourTables(tables);
    const outcome = await checkLabourTables(tables);
    if (outcome.ok && outcome.value.ok) {
      useMatchingStore.getState().setLabourTables(tables, outcome.value.checks);
      return;
    }
    const why = outcome.ok ? (outcome.value.error ?? { zh: '', en: '' }) : { zh: outcome.error.message, en: outcome.error.message };
    notice(`保存的劳务表格未能使用，改用示例数据：${why.zh}`, `The saved labour tables could not be used; using the sample data: ${why.en}`);
    putInUse([], []);
  })();
  return loading;
}

/** Checks `table` in the worker and, if it fits, keeps it and solves the matching plans with it from now on. */
export function commitAppLabourTable(table: LabourLongTable): Promise<LabourImportOutcome> {
  return commitLabourTable(table, {
    current: () => useMatchingStore.getState().labour.tables,
    check: checkLabourTables,
    save: (tables) => store.save(tables),
    use: putInUse,
  });
}

/** Drops every imported labour table: the plans are solved with the sample data again (also after a reload). */
export async function clearAppLabourTables(): Promise<void> {
  putInUse([], []);
  try {
    await store.save([]);
  } catch (error) {
    const { noticeActions, view } = useAppStore.getState();
    noticeActions.push('warning', localText(view.lang, {
      zh: `已改回示例数据，但浏览器中保存的劳务表格未能清除（${message(error)}），刷新后会再次使用。`,
      en: `Back to the sample data, but the labour tables saved in this browser could not be cleared (${message(error)}); they will be used again after a reload.`,
    }));
  }
}
