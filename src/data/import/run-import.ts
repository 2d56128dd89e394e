/**
 * The import pipeline end to end, as one call that never throws: sniff the format, read (streaming delimited
 * text chunk by chunk), find each table, match rows, validate and build the dataset. The worker, the CLI and the
 * tests all run this same function over a ByteSource.
 */
import { ImportAccumulator, type ValidationIssue } from './import-accumulator';
import { emptyImportResult } from './empty-result';
import { buildDataset, type BuiltDataset } from './build-dataset';
import { detectEncoding, type TextEncodingName } from './detect-encoding';
import { importError, malformedError } from './import-error';
import type { ImportLookup } from './import-lookup';
import type { ColumnMapping, ImportError, ImportFormat, MalformedSpan, ImportOverrides, ImportProgress, RawRow, RowReport, TableLayout } from './import-types';
import { createRowMatcher } from './match-row';
import { createDelimitedParser, detectDelimiter, detectNewline } from './read-delimited';
import { readJsonRows } from './read-json';
import { checkSpreadsheetParts, readSpreadsheet, spreadsheetTooLarge, SPREADSHEET_MAX_BYTES } from './read-spreadsheet';
import { datasetIdFor } from './slug-id';
import { sniffFormat } from './sniff-format';
import { TableProcessor, type TableContext } from './table-processor';
import { LABOUR_LONG_MAX_ROWS, labourLongRowsOf, pickLabourLongColumns, type CollectedRow, type ImportTarget, type LabourLongTable } from './labour-long-rows';
import { industryColumnHeaders, industryLongRowsOf, pickIndustryLongColumns, type IndustryLongTable } from './industry-long-rows';

/** Bytes of a file, streamed: a browser File, a Node file, or bytes in memory all fit this. */
export interface ByteSource {
  name: string;
  size: number;
  stream(): AsyncIterable<Uint8Array>;
}

/** Options of one import run. */
export interface RunImportOptions {
  lookup: ImportLookup;
  overrides?: ImportOverrides;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Clock for provenance (tests pass a fixed one). */
  now?: () => Date;
  /** Dataset ids already in use; the new id avoids them. */
  takenIds?: string[];
  /** Keep at most this many row reports (all rows are still counted). Default: all. */
  rowReportLimit?: number;
  /** Boundary vintage of the lookup, recorded in the manifest. Default "2016". */
  geoVintage?: string;
  /** Years the data may plausibly cover; others are flagged. Default [2000, 2035]. */
  yearRange?: [number, number];
  /** What the file is for: an indicator dataset (default), or a labour or industry long table for the matching tab. */
  target?: ImportTarget;
}

/** Counts over every reported row. */
export interface ImportSummary {
  rows: number;
  matched: number;
  ambiguous: number;
  unmatched: number;
  skipped: number;
  approximate: number;
  /** Distinct counties that received data. */
  counties: number;
  indicators: number;
  attributes: number;
  years: number[];
  issues: Record<ValidationIssue['kind'], number>;
}

/** One table's layout and mapping (what the panel shows for correction). */
export interface TableInfo {
  sheet: string | null;
  layout: TableLayout | null;
  mapping: ColumnMapping | null;
  error: ImportError | null;
  dataRows: number;
}

/** Everything an import run produced; `dataset` is null when `error` is set. */
export interface ImportResult {
  ok: boolean;
  error: ImportError | null;
  file: { name: string; size: number; format: ImportFormat | null; encoding: TextEncodingName | null; delimiter: string | null };
  tables: TableInfo[];
  rows: RowReport[];
  rowsOmitted: number;
  /** Hidden and very hidden sheets of a workbook, not imported (choose one by name through overrides.sheet). */
  hiddenSheets: { name: string; visibility: 'hidden' | 'very_hidden' }[];
  /** Lines that could not be read as rows (from a structural fault to the end); non-empty only when the run failed. */
  malformed: MalformedSpan[];
  summary: ImportSummary;
  issues: ValidationIssue[];
  dataset: BuiltDataset | null;
  /** The long table read for target `labour-long` (then `dataset` stays null). */
  labourTable: LabourLongTable | null;
  /** The county endowment table read for target `industry-long` (then `dataset` stays null). */
  industryTable: IndustryLongTable | null;
  elapsedMs: number;
}

const HEAD_BYTES = 64 * 1024;
const JSON_MAX_BYTES = 200 * 1024 * 1024;

/** A year in a file name ("census_county_2020_v1.xlsx" → 2020), or null. */
export function yearFromFileName(name: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(name.replace(/^.*[\\/]/, ''));
  return m?.[1] ? Number(m[1]) : null;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function collect(chunks: AsyncIterator<Uint8Array>, first: readonly Uint8Array[]): Promise<Uint8Array> {
  const parts = [...first];
  for (let r = await chunks.next(); !r.done; r = await chunks.next()) parts.push(r.value);
  return concat(parts);
}

function tableInfo(t: TableProcessor): TableInfo {
  return { sheet: t.layout?.sheet ?? t.mapping?.sheet ?? null, layout: t.layout, mapping: t.mapping, error: t.error, dataRows: t.dataRows };
}

/** Runs the whole pipeline; resolves with a result whose `error` explains any failure. */
export async function runImport(source: ByteSource, options: RunImportOptions): Promise<ImportResult> {
  const t0 = Date.now();
  const result = emptyImportResult(source);
  const summary = result.summary;
  const limit = options.rowReportLimit ?? Number.POSITIVE_INFINITY;
  const acc = new ImportAccumulator(options.yearRange ?? [2000, 2035]);
  const overrides = options.overrides ?? {};
  const ctx: TableContext = {
    lookup: options.lookup,
    match: createRowMatcher(options.lookup),
    acc,
    overrides,
    defaultYear: overrides.year ?? yearFromFileName(source.name),
    report: (row) => {
      summary.rows += 1;
      summary[row.status] += 1;
      if (row.approximate) summary.approximate += 1;
      if (result.rows.length < limit) result.rows.push(row);
      else result.rowsOmitted += 1;
    },
    wantsRows: () => result.rows.length < limit,
    tally: (status, approximate) => {
      summary.rows += 1;
      summary[status] += 1;
      if (approximate) summary.approximate += 1;
      result.rowsOmitted += 1;
    },
  };
  const target = options.target ?? { kind: 'dataset' };
  const collected = new Map<TableProcessor, CollectedRow[]>();
  let collectedCount = 0;
  if (target.kind !== 'dataset') {
    ctx.collectRow = (table, row) => {
      collectedCount += 1;
      if (collectedCount > LABOUR_LONG_MAX_ROWS) return;
      const list = collected.get(table) ?? [];
      list.push(row);
      collected.set(table, list);
    };
  }
  const fail = (error: ImportError): ImportResult => {
    result.error = error;
    result.issues = acc.issues;
    summary.issues = { ...acc.issueCounts };
    result.elapsedMs = Date.now() - t0;
    return result;
  };
  try {
    if (options.signal?.aborted) return fail(importError('cancelled'));
    const chunks = source.stream()[Symbol.asyncIterator]();
    const head: Uint8Array[] = [];
    let headBytes = 0;
    while (headBytes < HEAD_BYTES) {
      const r = await chunks.next();
      if (r.done) break;
      head.push(r.value);
      headBytes += r.value.length;
    }
    const headJoined = concat(head);
    const format = sniffFormat(headJoined, source.name, Math.max(source.size, headBytes));
    if (typeof format !== 'string') return fail(format);
    result.file.format = format;
    const progress = (phase: ImportProgress['phase'], bytesRead: number) =>
      options.onProgress?.({ phase, bytesRead, totalBytes: source.size, rows: summary.rows });
    const tables: TableProcessor[] = [];
    const runTable = (rows: readonly RawRow[]) => {
      const t = new TableProcessor(ctx);
      t.push(rows);
      t.end();
      tables.push(t);
    };
    if (format === 'xlsx' || format === 'xls') {
      if (source.size > SPREADSHEET_MAX_BYTES) return fail(spreadsheetTooLarge());
      const bytes = await collect(chunks, head);
      progress('read', bytes.length);
      const parts = await checkSpreadsheetParts(bytes);
      if (parts) return fail(parts);
      if (options.signal?.aborted) return fail(importError('cancelled'));
      const content = readSpreadsheet(bytes, overrides.sheet);
      if ('code' in content) return fail(content);
      result.hiddenSheets = content.hiddenSheets;
      for (const sheet of content.sheets) runTable(sheet.rows);
    } else {
      const enc = detectEncoding(headJoined);
      result.file.encoding = enc.encoding;
      if (format === 'json') {
        if (source.size > JSON_MAX_BYTES) return fail(importError('too_large', { zh: '（JSON 上限 200 MB）', en: '(JSON limit 200 MB)' }));
        const rows = readJsonRows(new TextDecoder(enc.encoding).decode(await collect(chunks, head)));
        if (!Array.isArray(rows)) return fail(rows);
        runTable(rows);
      } else {
        const sample = new TextDecoder(enc.encoding).decode(headJoined, { stream: true });
        const delimiter = detectDelimiter(sample, format === 'tsv');
        if (delimiter === null) return fail(importError('wrong_delimiter'));
        result.file.delimiter = delimiter;
        const parser = createDelimitedParser(delimiter, detectNewline(sample));
        const decoder = new TextDecoder(enc.encoding);
        const table = new TableProcessor(ctx);
        tables.push(table);
        let read = 0;
        let going = true;
        const feed = (bytes: Uint8Array) => {
          read += bytes.length;
          going = table.push(parser.push(decoder.decode(bytes, { stream: true })));
        };
        for (const chunk of head) if (going) feed(chunk);
        while (going) {
          if (options.signal?.aborted) return fail(importError('cancelled'));
          const r = await chunks.next();
          if (r.done) break;
          feed(r.value);
          progress('read', read);
        }
        if (going) table.push([...parser.push(decoder.decode()), ...parser.end()]);
        table.end();
        const span = parser.malformed;
        if (span) {
          result.malformed.push(span);
          result.tables = tables.map(tableInfo);
          return fail(malformedError(span));
        }
      }
    }
    if (options.signal?.aborted) return fail(importError('cancelled'));
    result.tables = tables.map(tableInfo);
    const working = tables.filter((t) => t.mapping !== null);
    if (working.length === 0) {
      const errors = tables.map((t) => t.error).filter((e): e is ImportError => e !== null);
      return fail(errors.find((e) => e.code !== 'no_table') ?? errors[0] ?? importError('no_table'));
    }
    progress('build', source.size);
    if (target.kind !== 'dataset') {
      if (collectedCount > LABOUR_LONG_MAX_ROWS) {
        return fail(importError('too_large', { zh: `（长表上限 ${LABOUR_LONG_MAX_ROWS.toLocaleString('en')} 行）`, en: `(a long table may have up to ${LABOUR_LONG_MAX_ROWS.toLocaleString('en')} rows)` }));
      }
      const counties: (string | null)[] = [];
      if (target.kind === 'labour-long') {
        const rows: LabourLongTable['rows'] = [];
        let columns: LabourLongTable['columns'] | null = null;
        for (const t of working) {
          const own = collected.get(t) ?? [];
          const picked = pickLabourLongColumns(t.mapping!, own, target.measure);
          if ('code' in picked) return fail(picked);
          const header = (i: number) => t.mapping!.columns[i]?.header ?? String(i + 1);
          columns ??= { skill: header(picked.skill), group: picked.group === null ? null : header(picked.group), value: header(picked.value) };
          rows.push(...labourLongRowsOf(own, picked));
        }
        if (!columns || !rows.some((r) => r.county !== null)) return fail(importError('no_match'));
        result.labourTable = { measure: target.measure, fileName: source.name, columns, rows };
        counties.push(...rows.map((r) => r.county));
      } else {
        const rows: IndustryLongTable['rows'] = [];
        let columns: IndustryLongTable['columns'] | null = null;
        for (const t of working) {
          const own = collected.get(t) ?? [];
          const picked = pickIndustryLongColumns(t.mapping!, own, target.measure);
          if ('code' in picked) return fail(picked);
          columns ??= industryColumnHeaders(t.mapping!, picked);
          rows.push(...industryLongRowsOf(t.mapping!, own, picked));
        }
        if (!columns || !rows.some((r) => r.county !== null)) return fail(importError('no_match'));
        result.industryTable = { measure: target.measure, fileName: source.name, columns, rows };
        counties.push(...rows.map((r) => r.county));
      }
      result.ok = true;
      summary.counties = new Set(counties.filter((c) => c !== null)).size;
      result.issues = acc.issues;
      summary.issues = { ...acc.issueCounts };
      result.elapsedMs = Date.now() - t0;
      return result;
    }
    const built = buildDataset(acc, {
      datasetId: datasetIdFor(source.name, options.takenIds),
      fileName: source.name,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      geoVintage: options.geoVintage ?? '2016',
      mapping: { overrides, tables: working.map((t) => t.mapping) },
    });
    if (!('manifest' in built)) return fail(built);
    result.dataset = built;
    result.ok = true;
    summary.counties = built.manifest.counties.length;
    summary.indicators = built.manifest.indicators.length;
    summary.attributes = built.manifest.attributes.length;
    summary.years = built.manifest.years;
    result.issues = acc.issues;
    summary.issues = { ...acc.issueCounts };
    result.elapsedMs = Date.now() - t0;
    return result;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return fail(importError('internal', { zh: text, en: text }));
  }
}

/** A ByteSource over bytes already in memory (tests, drag-and-drop of small files). */
export function bytesSource(name: string, bytes: Uint8Array, chunkBytes = 1 << 20): ByteSource {
  return {
    name,
    size: bytes.length,
    async *stream() {
      for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, Math.min(bytes.length, at + chunkBytes));
    },
  };
}
