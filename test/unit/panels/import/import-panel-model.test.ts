import { describe, expect, it } from 'vitest';
import type { ColumnMapping, RowReport } from '../../../../src/data/import/import-types';
import type { TableInfo } from '../../../../src/data/import/run-import';
import { failedImportResult } from '../../../../src/data/import-client';
import {
  buildOverrides,
  editedColumns,
  headerRowIndex,
  issueItems,
  needsYear,
  pageOfRows,
  progressFraction,
  summaryItems,
} from '../../../../src/panels/import/import-panel-model';

const mapping: ColumnMapping = {
  sheet: null,
  layout: 'static',
  columns: [
    { index: 0, header: '县名', role: 'county' },
    { index: 1, header: '自来水普及率', role: 'value', indicator: '自来水普及率', unit: 'ratio', fractionShare: true },
  ],
};
const table = (m: ColumnMapping | null, titleLines: number[] = [1]): TableInfo => ({
  sheet: null,
  layout: m ? { sheet: null, titleLines, headerLines: [2], columns: m.columns.map((c) => c.header), columnParts: [], titleYear: null } : null,
  mapping: m,
  error: null,
  dataRows: 3,
});

describe('column edits', () => {
  it('apply over the guesses and are marked', () => {
    const cols = editedColumns(mapping, { 1: { scale: 100, unit: 'percent' } });
    expect(cols[1]).toMatchObject({ role: 'value', scale: 100, unit: 'percent', edited: true });
    expect(cols[0]?.edited).toBe(false);
  });

  it('merge into earlier overrides with the year, header row and sheet', () => {
    const first = buildOverrides({}, { 0: { role: 'county' } }, { year: 2020, headerRow: 1 });
    expect(first).toEqual({ columns: { 0: { role: 'county' } }, year: 2020, headerRow: 1 });
    const second = buildOverrides(first, { 0: { role: 'ignore' }, 1: { year: 2019 } }, { year: null, sheet: 'Sheet2' });
    expect(second).toEqual({ columns: { 0: { role: 'ignore' }, 1: { year: 2019 } }, headerRow: 1, sheet: 'Sheet2' });
    expect(buildOverrides({}, {}, {})).toEqual({});
  });

  it('keeps earlier county choices when a new one is made', () => {
    const first = buildOverrides({}, {}, { chosen: { matchKey: '|新华区||', adcode: '130902' } });
    const second = buildOverrides(first, {}, { chosen: { matchKey: '|朝阳区|北京|', adcode: '110105' } });
    expect(second.chosen).toEqual({ '|新华区||': '130902', '|朝阳区|北京|': '110105' });
  });
});

describe('table facts', () => {
  it('asks for a year only when value columns have none and there is no year column', () => {
    expect(needsYear(table(mapping))).toBe(true);
    const wide: ColumnMapping = { ...mapping, layout: 'wide', columns: [mapping.columns[0]!, { ...mapping.columns[1]!, year: 2016 }] };
    expect(needsYear(table(wide))).toBe(false);
    const long: ColumnMapping = { ...mapping, layout: 'long', columns: [...mapping.columns, { index: 2, header: '年份', role: 'year' }] };
    expect(needsYear(table(long))).toBe(false);
    expect(needsYear(table(null))).toBe(false);
  });

  it('gives the header row as the number of title rows above it', () => {
    expect(headerRowIndex(table(mapping, [1, 2]))).toBe(2);
    expect(headerRowIndex(table(null))).toBeNull();
  });
});

describe('report', () => {
  const rows: RowReport[] = Array.from({ length: 250 }, (_, i) => ({
    line: i + 1,
    sheet: null,
    status: i % 10 === 0 ? 'ambiguous' : 'matched',
    adcode: null,
    candidates: [],
    reasons: [],
    ...(i % 50 === 1 ? { approximate: true } : {}),
  }));

  it('pages and filters rows, clamping the page', () => {
    expect(pageOfRows(rows, 'all', 0, 100)).toMatchObject({ page: 0, pages: 3, total: 250 });
    expect(pageOfRows(rows, 'all', 2, 100).rows).toHaveLength(50);
    expect(pageOfRows(rows, 'ambiguous', 9, 100)).toMatchObject({ page: 0, pages: 1, total: 25 });
    expect(pageOfRows(rows, 'approximate', 0, 100).rows.map((r) => r.line)).toEqual([2, 52, 102, 152, 202]);
    expect(pageOfRows([], 'all', 0, 100)).toMatchObject({ rows: [], page: 0, pages: 1 });
  });

  it('lists summary counts in order and only the validation issues found', () => {
    const r = failedImportResult({ name: 'x.csv', size: 1 }, 'internal');
    r.summary = { ...r.summary, matched: 5, approximate: 1, ambiguous: 2, unmatched: 3, skipped: 4, issues: { ...r.summary.issues, duplicate: 2 } };
    expect(summaryItems(r).map((s) => [s.key, s.n])).toEqual([['matched', 5], ['approximate', 1], ['ambiguous', 2], ['unmatched', 3], ['skipped', 4]]);
    expect(issueItems(r)).toEqual([{ kind: 'duplicate', n: 2 }]);
  });

  it('turns progress into a fraction', () => {
    expect(progressFraction(null)).toBeNull();
    expect(progressFraction({ phase: 'read', bytesRead: 5, totalBytes: 10, rows: 0 })).toBe(0.5);
    expect(progressFraction({ phase: 'read', bytesRead: 5, totalBytes: 0, rows: 0 })).toBeNull();
  });
});
