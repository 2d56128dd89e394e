/**
 * Pure logic of the import panel: the user's column edits merged into ImportOverrides, what the report shows
 * (summary counts, validation counts, a page of rows), and the progress fraction. No React, tested in Node.
 */
import type { ColumnMapping, ColumnRole, ColumnSpec, ImportOverrides, ImportProgress, RowReport, RowStatus } from '../../data/import/import-types';
import type { ImportResult, TableInfo } from '../../data/import/run-import';
import { INDICATOR_UNITS, type IndicatorUnit } from '../../model/indicators/dataset';

/** Roles offered in the column selects, in display order. */
export const ROLE_OPTIONS: readonly ColumnRole[] = ['adcode', 'county', 'prefecture', 'province', 'year', 'value', 'attribute', 'category', 'ignore'];

/** Units offered for value columns (ids of the dataset model). */
export const UNIT_OPTIONS: readonly IndicatorUnit[] = INDICATOR_UNITS;

/** One column as the editor shows it: the pipeline's guess with the user's edits applied. */
export type EditedColumn = ColumnSpec & { edited: boolean };

/** A user's edit of one column (only the fields they changed). */
export type ColumnEdit = NonNullable<ImportOverrides['columns']>[number];

/** The columns of a mapping with edits applied over the guesses. */
export function editedColumns(mapping: ColumnMapping, edits: Readonly<Record<number, ColumnEdit>>): EditedColumn[] {
  return mapping.columns.map((c) => {
    const edit = edits[c.index];
    return edit ? { ...c, ...edit, edited: true } : { ...c, edited: false };
  });
}

/** Overrides for the next run: previous overrides, the column edits, the year and header row when given. */
export function buildOverrides(
  base: ImportOverrides,
  edits: Readonly<Record<number, ColumnEdit>>,
  extra: { year?: number | null; headerRow?: number | null; sheet?: string | null; chosen?: { matchKey: string; adcode: string } },
): ImportOverrides {
  const out: ImportOverrides = { ...base };
  const columns = { ...(base.columns ?? {}) };
  for (const [key, edit] of Object.entries(edits)) columns[Number(key)] = { ...(columns[Number(key)] ?? {}), ...edit };
  if (Object.keys(columns).length > 0) out.columns = columns;
  if (extra.year !== undefined) {
    if (extra.year === null) delete out.year;
    else out.year = extra.year;
  }
  if (extra.headerRow !== undefined && extra.headerRow !== null) out.headerRow = extra.headerRow;
  if (extra.sheet) out.sheet = extra.sheet;
  if (extra.chosen) out.chosen = { ...(base.chosen ?? {}), [extra.chosen.matchKey]: extra.chosen.adcode };
  return out;
}

/** True when the table's value columns have no year (no year column, no years in headers): the year field is offered. */
export function needsYear(table: TableInfo): boolean {
  const m = table.mapping;
  if (!m) return false;
  if (m.columns.some((c) => c.role === 'year')) return false;
  const values = m.columns.filter((c) => c.role === 'value');
  return values.length > 0 && values.every((c) => c.year === undefined);
}

/** Non-blank rows above the header (title and note rows): the zero-based header-row index the pipeline used. */
export function headerRowIndex(table: TableInfo): number | null {
  return table.layout ? table.layout.titleLines.length : null;
}

/** Summary counts in the order the report shows them. */
export function summaryItems(result: ImportResult): { key: 'matched' | 'approximate' | 'ambiguous' | 'unmatched' | 'skipped'; n: number }[] {
  const s = result.summary;
  return [
    { key: 'matched', n: s.matched },
    { key: 'approximate', n: s.approximate },
    { key: 'ambiguous', n: s.ambiguous },
    { key: 'unmatched', n: s.unmatched },
    { key: 'skipped', n: s.skipped },
  ];
}

/** Validation counts that are not zero. */
export function issueItems(result: ImportResult): { kind: keyof ImportResult['summary']['issues']; n: number }[] {
  return (Object.entries(result.summary.issues) as [keyof ImportResult['summary']['issues'], number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => ({ kind, n }));
}

/** Row filter: a status, approximate landings, or everything. */
export type RowFilter = RowStatus | 'approximate' | 'all';

/** One page of the (filtered) row reports. */
export function pageOfRows(rows: readonly RowReport[], filter: RowFilter, page: number, pageSize: number): { rows: RowReport[]; page: number; pages: number; total: number } {
  const filtered = filter === 'all' ? rows : rows.filter((r) => (filter === 'approximate' ? r.approximate === true : r.status === filter));
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: filtered.slice(p * pageSize, (p + 1) * pageSize), page: p, pages, total: filtered.length };
}

/** Progress as a 0..1 fraction (bytes read), or null when the size is unknown. */
export function progressFraction(progress: ImportProgress | null): number | null {
  if (!progress || progress.totalBytes <= 0) return null;
  return Math.min(1, progress.bytesRead / progress.totalBytes);
}

/** Bytes as a short human size ("12.3 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The file types the picker offers. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.json,text/csv,text/tab-separated-values,application/json';
