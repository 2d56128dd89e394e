/**
 * The app's wiring of imported labour and industry tables: reading the ones saved in this browser before the
 * first solve, committing a new one through the matching worker's check into IndexedDB, the matching client and
 * the store (src/data/matching-labour-import.ts, matching-industry-import.ts), and going back to the sample data
 * (both kinds at once).
 */
import { checkIndustryTables, checkLabourTables, setIndustryTables, setLabourTables } from '../data/matching-client';
import { commitLabourTable, type LabourImportOutcome } from '../data/matching-labour-import';
import { commitIndustryTable, type IndustryImportOutcome } from '../data/matching-industry-import';
import type { LabourLongTable } from '../data/import/labour-long-rows';
import type { IndustryLongTable } from '../data/import/industry-long-rows';
import { createIdbIndustryTableStore, createIdbLabourTableStore, type IndustryTableStore, type LabourTableStore } from '../data/labour-table-store-idb';
import type { ImportedLabourTable, LabourTableCheck } from '../model/matching/labour-imported';
import type { ImportedIndustryTable, IndustryTableCheck } from '../model/matching/industry-imported';
import { localText } from '../i18n/translate';
import type { WorkerOutcome } from '../lib/worker-client';
import type { LocalText } from '../model/indicators/dataset';
import { useAppStore } from '../store/app-store';
import { useMatchingStore } from '../store/matching-store';

let store: LabourTableStore = createIdbLabourTableStore();
let industryStore: IndustryTableStore = createIdbIndustryTableStore();
let loading: Promise<void> | null = null;

/** Replaces the table store (tests). */
export function setLabourTableStore(next: LabourTableStore): void {
  store = next;
  loading = null;
}

/** Replaces the industry table store (tests). */
export function setIndustryTableStore(next: IndustryTableStore): void {
  industryStore = next;
  loading = null;
}

function putIndustryInUse(tables: ImportedIndustryTable[], checks: IndustryTableCheck[]): void {
  setIndustryTables(tables);
  useMatchingStore.getState().setIndustryTables(tables, checks);
}

/**
 * Reads the saved industry tables and hands them to the matching client before any worker starts (so the worker
 * that checks the labour tables has them too: one solver load); returns them, [] after a reported failure.
 */
async function loadIndustryTables(notice: (zh: string, en: string) => void): Promise<ImportedIndustryTable[]> {
  try {
    const tables = await industryStore.load();
    setIndustryTables(tables);
    return tables;
  } catch (error) {
    notice(`保存的产业表格无法读取，改用示例数据：${message(error)}`, `The saved industry tables could not be read; using the sample data: ${message(error)}`);
    putIndustryInUse([], []);
    return [];
  }
}

/** Checks the saved industry tables in the worker and puts them into use, or reports why not and uses the sample. */
async function checkSavedIndustryTables(tables: ImportedIndustryTable[], notice: (zh: string, en: string) => void): Promise<void> {
  if (tables.length === 0) return;
  const outcome = await checkIndustryTables(tables);
  if (outcome.ok && outcome.value.ok) {
    useMatchingStore.getState().setIndustryTables(tables, outcome.value.checks);
    return;
  }
  const why = outcome.ok ? (outcome.value.error ?? { zh: '', en: '' }) : { zh: outcome.error.message, en: outcome.error.message };
  notice(`保存的产业表格未能使用，改用示例数据：${why.zh}`, `The saved industry tables could not be used; using the sample data: ${why.en}`);
  putIndustryInUse([], []);
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
    const industry = await loadIndustryTables(notice);
    let tables: ImportedLabourTable[];
    try {
      tables = await store.load();
    } catch (error) {
      notice(`保存的劳务表格无法读取，改用示例数据：${message(error)}`, `The saved labour tables could not be read; using the sample data: ${message(error)}`);
      await checkSavedIndustryTables(industry, notice);
      putInUse([], []);
      return;
    }
    // The worker that checks them starts with both kinds already in, so a reload loads the solver once, not twice.
    setLabourTables(tables);
    // The industry tables are checked first: the labour tables' `ready` is what lets the plans be solved.
    await checkSavedIndustryTables(industry, notice);
    // No labour tables: the client already has none, so the worker that checked the industry tables stays.
    if (tables.length === 0) return useMatchingStore.getState().setLabourTables([], []);
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

/** Checks the industry `table` in the worker and, if it fits, keeps it and solves the industry plans with it from now on. */
export function commitAppIndustryTable(table: IndustryLongTable): Promise<IndustryImportOutcome> {
  return commitIndustryTable(table, {
    current: () => useMatchingStore.getState().industry.tables,
    check: checkIndustryTables,
    save: (tables) => industryStore.save(tables),
    use: putIndustryInUse,
  });
}

/**
 * Puts a project file's tables into use: each kind the file has replaces that kind in use once the worker found
 * the whole set fits (then it is kept in this browser too); a kind that does not fit is left as it was, and why is
 * returned. The saved tables are read first, so a later read cannot put the old ones back over these.
 */
export async function replaceAppMatchingTables(tables: { labour: ImportedLabourTable[]; industry: ImportedIndustryTable[] }): Promise<string[]> {
  await ensureLabourTables();
  // One kind: checked by the worker, then kept and put into use; or the reason it was not.
  const replaceKind = async <T, C>(
    kind: string,
    incoming: T[],
    check: (t: T[]) => Promise<WorkerOutcome<{ ok: boolean; checks: C[]; error: LocalText | null }>>,
    save: (t: T[]) => Promise<void>,
    putKindInUse: (t: T[], checks: C[]) => void,
  ): Promise<string[]> => {
    if (incoming.length === 0) return [];
    const outcome = await check(incoming);
    if (!outcome.ok || !outcome.value.ok) return [`matching-tables: ${kind} tables not used: ${outcome.ok ? (outcome.value.error?.en ?? 'refused') : outcome.error.message}`];
    await save(incoming);
    putKindInUse(incoming, outcome.value.checks);
    return [];
  };
  const industry = await replaceKind('industry', tables.industry, checkIndustryTables, (t) => industryStore.save(t), putIndustryInUse);
  const labour = await replaceKind('labour', tables.labour, checkLabourTables, (t) => store.save(t), putInUse);
  return [...industry, ...labour];
}

/** Drops every imported labour and industry table: the plans are solved with the sample data again (also after a reload). */
export async function clearAppLabourTables(): Promise<void> {
  putIndustryInUse([], []);
  putInUse([], []);
  try {
    await Promise.all([store.save([]), industryStore.save([])]);
  } catch (error) {
    const { noticeActions, view } = useAppStore.getState();
    noticeActions.push('warning', localText(view.lang, {
      zh: `已改回示例数据，但浏览器中保存的劳务或产业表格未能清除（${message(error)}），刷新后会再次使用。`,
      en: `Back to the sample data, but the labour or industry tables saved in this browser could not be cleared (${message(error)}); they will be used again after a reload.`,
    }));
  }
}
