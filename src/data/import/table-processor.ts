/**
 * One table (a CSV file or one sheet) flowing through the stages: buffer the first rows, find the table and the
 * column roles, then for every row classify → match → parse values → collect, reporting each non-blank row once.
 */
import { detectColumnRoles } from './column-roles';
import { findTable, isBlankRow, isRepeatedHeader, isTotalText } from './find-table';
import type { ImportAccumulator } from './import-accumulator';
import type { ImportLookup } from './import-lookup';
import type { ColumnMapping, ColumnSpec, ImportError, ImportOverrides, RawRow, RowReport, TableLayout } from './import-types';
import { applyChoice, rowMatchKey, type RowKey, type RowMatch } from './match-row';
import { cleanCell, parseValue, parseYear } from './parse-value';
import { reason, type MatchReason } from '../../model/geo/match-reason';
import type { CollectedRow } from './labour-long-rows';

/** Rows read before the table and its column roles are decided. */
export const SAMPLE_ROWS = 300;

/** What a table needs from the import run around it. */
export interface TableContext {
  lookup: ImportLookup;
  match: (key: RowKey) => RowMatch;
  acc: ImportAccumulator;
  report: (row: RowReport) => void;
  /** False once the row-report limit is reached; rows are then only tallied. */
  wantsRows: () => boolean;
  tally: (status: RowReport['status'], approximate: boolean) => void;
  overrides: ImportOverrides;
  defaultYear: number | null;
  /**
   * Set for a long-table import (labour-long-rows.ts): every data row goes here with the county it matched (or
   * null) instead of into the accumulator, since a long table has many rows per county by design.
   */
  collectRow?: (table: TableProcessor, row: CollectedRow) => void;
}

interface Roles {
  code: number | null;
  name: number | null;
  province: number | null;
  prefecture: number | null;
  year: number | null;
  values: ColumnSpec[];
  /** Numeric columns kept as static attributes whatever the row's year. */
  attributes: ColumnSpec[];
  categories: ColumnSpec[];
}

function rolesOf(mapping: ColumnMapping): Roles {
  const find = (role: ColumnSpec['role']) => mapping.columns.find((c) => c.role === role)?.index ?? null;
  return {
    code: find('adcode'),
    name: find('county'),
    province: find('province'),
    prefecture: find('prefecture'),
    year: find('year'),
    values: mapping.columns.filter((c) => c.role === 'value'),
    attributes: mapping.columns.filter((c) => c.role === 'attribute'),
    categories: mapping.columns.filter((c) => c.role === 'category'),
  };
}

function isTotal(text: string): boolean {
  return text !== '' && isTotalText(text);
}

function skipped(row: RawRow, why: MatchReason): RowReport {
  return { line: row.line, sheet: row.sheet, status: 'skipped', adcode: null, candidates: [], reasons: [why] };
}

/** Processes one table; push rows in order, then call end(). */
export class TableProcessor {
  layout: TableLayout | null = null;
  mapping: ColumnMapping | null = null;
  error: ImportError | null = null;
  /** Data rows seen after the header. */
  dataRows = 0;
  private buffer: RawRow[] = [];
  private roles: Roles | null = null;

  constructor(private readonly ctx: TableContext) {}

  /** Takes the next rows; returns false once the table has failed (the caller may stop reading). */
  push(rows: readonly RawRow[]): boolean {
    for (const row of rows) {
      if (row.line === 0 && this.layout === null && this.buffer.length === 0) {
        this.buffer.push(row); // synthetic JSON header: never blank, never reported
        continue;
      }
      if (isBlankRow(row.cells)) continue;
      if (this.roles) this.processRow(row);
      else if (this.error) this.ctx.report(skipped(row, { code: 'table_error', text: this.error.message }));
      else {
        this.buffer.push(row);
        if (this.buffer.length >= SAMPLE_ROWS) this.detect();
      }
    }
    return this.error === null;
  }

  /** Flushes the rows still buffered (short tables). */
  end(): void {
    if (!this.roles && !this.error && this.buffer.length > 0) this.detect();
  }

  private detect(): void {
    const rows = this.buffer;
    this.buffer = [];
    const found = findTable(rows, this.ctx.overrides.headerRow);
    if ('code' in found) return this.fail(found, rows);
    const { layout, dataStart } = found;
    const data = rows.slice(dataStart);
    const mapping = detectColumnRoles(
      layout,
      data.map((r) => r.cells),
      this.ctx.lookup,
      this.ctx.overrides,
      this.ctx.defaultYear ?? layout.titleYear,
    );
    this.layout = layout;
    if ('code' in mapping) return this.fail(mapping, rows);
    this.mapping = mapping;
    this.dropImplausibleYears(mapping, layout);
    this.roles = rolesOf(mapping);
    for (const r of rows.slice(0, dataStart)) {
      if (r.line === 0) continue;
      const header = layout.headerLines.includes(r.line);
      this.ctx.report(skipped(r, reason(header ? 'header_row' : 'title_row')));
    }
    for (const r of data) this.processRow(r);
  }

  /**
   * Wide layouts take their years from the headers: a column headed 1900 or 2099 is not data of those years
   * (10,000 columns of 1900–2099 would otherwise become thousands of indicators). Such columns are flagged
   * `year_outside` and ignored, unless the user set that column's year or role by hand.
   */
  private dropImplausibleYears(mapping: ColumnMapping, layout: TableLayout): void {
    if (mapping.layout !== 'wide') return;
    const chosen = this.ctx.overrides.columns ?? {};
    for (const spec of mapping.columns) {
      if (spec.role !== 'value' || spec.year === undefined || this.ctx.acc.yearInRange(spec.year)) continue;
      const own = chosen[spec.index];
      if (own?.year !== undefined || own?.role !== undefined) continue;
      this.ctx.acc.report({
        kind: 'year_outside',
        line: layout.headerLines[layout.headerLines.length - 1] ?? 0,
        sheet: layout.sheet,
        column: spec.header,
        detail: `column year ${spec.year} is outside the plausible range; the column is ignored`,
      });
      spec.role = 'ignore';
    }
  }

  private fail(error: ImportError, rows: readonly RawRow[]): void {
    this.error = error;
    for (const r of rows) if (r.line !== 0) this.ctx.report(skipped(r, { code: 'table_error', text: error.message }));
  }

  private processRow(row: RawRow): void {
    const roles = this.roles as Roles;
    const layout = this.layout as TableLayout;
    const cells = row.cells;
    const cell = (i: number | null) => (i === null ? '' : cleanCell(cells[i] ?? ''));
    if (isRepeatedHeader(cells, layout)) return this.ctx.report(skipped(row, reason('repeated_header_row')));
    this.dataRows += 1;
    const code = cell(roles.code);
    const name = cell(roles.name);
    const province = cell(roles.province);
    const prefecture = cell(roles.prefecture);
    if (isTotal(name) || isTotal(prefecture) || isTotal(province) || isTotal(code)) return this.ctx.report(skipped(row, reason('total_row')));
    let filled = 0;
    for (const c of cells) {
      if (c !== '' && c.trim() !== '') filled += 1;
      if (filled >= 2) break;
    }
    if (filled < 2) return this.ctx.report(skipped(row, reason('note_row')));

    const key: RowKey = {};
    if (code !== '') key.code = code;
    if (name !== '') key.name = name;
    if (province !== '') key.province = province;
    if (prefecture !== '') key.prefecture = prefecture;
    const flags: string[] = [];
    let year: number | null = null;
    if (roles.year !== null) {
      year = parseYear(cell(roles.year));
      if (year === null) {
        flags.push('bad_year');
        this.ctx.acc.report({ kind: 'bad_year', line: row.line, sheet: row.sheet, detail: `year "${cell(roles.year)}" is not a year` });
      } else key.year = year;
    } else if (this.ctx.defaultYear !== null) key.year = this.ctx.defaultYear;
    const matchKey = rowMatchKey(key);
    const m = applyChoice(this.ctx.lookup, this.ctx.match(key), this.ctx.overrides.chosen?.[matchKey]);
    if (this.ctx.collectRow) this.ctx.collectRow(this, { line: row.line, sheet: row.sheet, county: m.status === 'matched' ? m.adcode : null, cells });
    else if (m.status === 'matched' && m.adcode !== null && (roles.year === null || year !== null)) {
      this.collect(row, roles, m.group ?? [m.adcode], year, flags);
    }
    // Past the report limit only the counts are kept: no per-row object for million-row files.
    if (!this.ctx.wantsRows()) return this.ctx.tally(m.status, m.approximate === true);
    const report: RowReport = {
      line: row.line,
      sheet: row.sheet,
      status: m.status,
      adcode: m.adcode,
      candidates: m.candidates,
      reasons: m.reasons,
    };
    if (m.group) report.group = m.group;
    if (m.approximate) report.approximate = true;
    if (name !== '') report.name = name;
    if (code !== '') report.code = code;
    if (m.status === 'ambiguous' || m.status === 'unmatched') report.matchKey = matchKey;
    if (flags.length > 0) report.flags = flags;
    this.ctx.report(report);
  }

  private collect(row: RawRow, roles: Roles, adcodes: string[], year: number | null, flags: string[]): void {
    const acc = this.ctx.acc;
    const first = acc.claim(row.sheet, adcodes[0] as string, year, row.line);
    if (first !== null) {
      flags.push('duplicate');
      acc.report({ kind: 'duplicate', line: row.line, sheet: row.sheet, detail: `same county as line ${first}; the first row is kept` });
      return;
    }
    if (year !== null && !acc.yearInRange(year)) {
      flags.push('year_outside');
      acc.report({ kind: 'year_outside', line: row.line, sheet: row.sheet, detail: `year ${year} is outside the data's range` });
    }
    for (const spec of [...roles.values, ...roles.attributes]) {
      const raw = row.cells[spec.index] ?? '';
      const parsed = parseValue(raw);
      if (parsed.kind === 'missing') continue;
      if (parsed.kind === 'text') {
        if (!flags.includes('not_a_number')) flags.push('not_a_number');
        acc.report({ kind: 'not_a_number', line: row.line, sheet: row.sheet, column: spec.header, detail: `"${parsed.text}" is not a number` });
        continue;
      }
      const y = spec.role === 'attribute' ? null : roles.year !== null ? year : (spec.year ?? null);
      if (!acc.addValue(spec, y, adcodes, parsed.value, parsed.percent)) {
        if (!flags.includes('out_of_range')) flags.push('out_of_range');
        acc.report({ kind: 'out_of_range', line: row.line, sheet: row.sheet, column: spec.header, detail: `${raw} is outside the plausible range for ${spec.unit ?? 'its unit'}` });
      }
    }
    for (const spec of roles.categories) {
      const text = cleanCell(row.cells[spec.index] ?? '');
      if (text !== '') acc.addCategory(spec, adcodes, text);
    }
  }
}
