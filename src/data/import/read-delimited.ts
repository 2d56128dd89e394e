/**
 * Delimited text (CSV, TSV, semicolon…): delimiter and newline detection on a sample, and an incremental parser
 * that takes decoded text chunk by chunk (so a 200 MB file streams) and keeps each row's physical line number,
 * counting the line breaks inside quoted cells. Parsing itself is papaparse's.
 */
import Papa from 'papaparse';
import { MAX_COLUMNS, MAX_FIELD_CHARS, MAX_PENDING_ROW_CHARS } from './import-limits';
import type { MalformedSpan, RawRow } from './import-types';

/** Delimiters tried, in order of preference on ties. */
const CANDIDATES = [',', '\t', ';', '|'] as const;

/** Line break style of a file. */
export type Newline = '\r\n' | '\n' | '\r';

/** Detects the line break from the first one in the text (CRLF, LF or a lone CR). */
export function detectNewline(text: string): Newline {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (lf < 0 && cr < 0) return '\n';
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

interface PapaResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

function parseChunk(input: string, delimiter: string, newline: Newline, ignoreLastRow: boolean): PapaResult {
  const parser = new Papa.Parser({ delimiter, newline });
  return parser.parse(input, 0, ignoreLastRow) as PapaResult;
}

/**
 * Picks the delimiter that splits most sample rows into the same number (> 1) of fields; null when none does
 * (a file whose delimiter is not one of , TAB ; |).
 */
export function detectDelimiter(sample: string, preferTab = false): string | null {
  const newline = detectNewline(sample);
  const order = preferTab ? ['\t', ',', ';', '|'] : [...CANDIDATES];
  let best: { delimiter: string; score: number } | null = null;
  for (const delimiter of order) {
    let rows = parseChunk(sample, delimiter, newline, true).data.slice(0, 200);
    // A first line longer than the sample (thousands of columns) has no line break yet: judge its fields.
    if (rows.length === 0) rows = parseChunk(sample, delimiter, newline, false).data.slice(0, 1);
    const counts = new Map<number, number>();
    for (const row of rows) {
      if (row.length === 1 && (row[0] ?? '').trim() === '') continue;
      counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    let modal = 1;
    let modalRows = 0;
    for (const [width, n] of counts) {
      if (n > modalRows || (n === modalRows && width > modal)) {
        modal = width;
        modalRows = n;
      }
    }
    if (modal < 2) continue;
    const score = modalRows * Math.log2(modal + 1);
    if (!best || score > best.score) best = { delimiter, score };
  }
  return best?.delimiter ?? null;
}

function countLineBreaks(cell: string): number {
  let n = 0;
  for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n += 1;
  for (let i = cell.indexOf('\r'); i >= 0; i = cell.indexOf('\r', i + 1)) if (cell[i + 1] !== '\n') n += 1;
  return n;
}

function countBreaks(text: string, newline: Newline): number {
  const mark = newline === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n += 1;
  return n;
}

/**
 * An incremental delimited-text parser: push decoded text, get complete rows with their physical lines.
 *
 * The first structural fault — a quote that never closes or closes badly, a row over MAX_COLUMNS fields, a field
 * over MAX_FIELD_CHARS, a row still unterminated after MAX_PENDING_ROW_CHARS — ends the table: no row from it on
 * is returned, the rest of the text is only counted for line breaks, and `malformed` names the span from the
 * faulty row's first line to the file's last line. Every line is thus either returned in a row or inside it.
 */
export interface DelimitedParser {
  push(text: string): RawRow[];
  /** Flushes the last row (a file need not end with a line break). */
  end(): RawRow[];
  /** The malformed span, once a fault was found (its `toLine` is final after end()). */
  readonly malformed: MalformedSpan | null;
}

/** Creates an incremental parser for one file. */
export function createDelimitedParser(delimiter: string, newline: Newline): DelimitedParser {
  let partial = '';
  let nextLine = 1;
  let malformed: MalformedSpan | null = null;
  /** Line breaks seen after the fault, and whether the text seen so far ends with one. */
  let breaksAfter = 0;
  let endsWithBreak = false;

  const breakAt = (line: number, reason: MalformedSpan['reason'], text: string): void => {
    malformed = { fromLine: line, toLine: line, reason };
    breaksAfter = countBreaks(text, newline);
    endsWithBreak = text.endsWith(newline === '\r\n' ? '\n' : newline);
  };
  const faultOf = (cells: readonly string[]): MalformedSpan['reason'] | null => {
    if (cells.length > MAX_COLUMNS) return 'too_many_columns';
    for (const cell of cells) if (cell.length > MAX_FIELD_CHARS) return 'field_too_long';
    return null;
  };
  /** Turns parsed rows into RawRows until the first fault; `input` is the text they came from. */
  const toRows = (parsed: PapaResult, input: string, quoted: boolean, final: boolean): RawRow[] => {
    // While streaming, a quote still open at the end of the text belongs to the row held back for the next chunk.
    const result = final ? parsed : { ...parsed, errors: parsed.errors.filter((e) => (e.row ?? 0) < parsed.data.length) };
    const errorRow = result.errors.reduce((m, e) => Math.min(m, e.row ?? 0), Number.POSITIVE_INFINITY);
    const quoteFault = result.errors.some((e) => e.code === 'MissingQuotes') ? 'unclosed_quote' : 'bad_quotes';
    const rows: RawRow[] = [];
    let consumed = 0; // characters of input before the current row, to find where a fault starts
    for (let i = 0; i < result.data.length; i += 1) {
      const cells = result.data[i] ?? [];
      const fault = i >= errorRow ? quoteFault : faultOf(cells);
      if (fault) {
        breakAt(nextLine, fault, input.slice(consumed));
        return rows;
      }
      rows.push({ line: nextLine, sheet: null, cells });
      let breaks = 1;
      if (quoted) for (const cell of cells) if (cell.length > 0) breaks += countLineBreaks(cell);
      nextLine += breaks;
      consumed = lineOffset(input, consumed, breaks);
    }
    if (result.errors.length > 0) breakAt(nextLine, quoteFault, input.slice(consumed));
    return rows;
  };
  /** Offset just after the `breaks`-th line break from `from` (approximate for rows whose quotes hold breaks, exact otherwise). */
  const lineOffset = (input: string, from: number, breaks: number): number => {
    const mark = newline === '\r' ? '\r' : '\n';
    let at = from;
    for (let k = 0; k < breaks; k += 1) {
      const next = input.indexOf(mark, at);
      if (next < 0) return input.length;
      at = next + 1;
    }
    return at;
  };

  return {
    get malformed() {
      return malformed;
    },
    push(text: string): RawRow[] {
      if (malformed) {
        breaksAfter += countBreaks(text, newline);
        if (text.length > 0) endsWithBreak = text.endsWith(newline === '\r\n' ? '\n' : newline);
        return [];
      }
      const input = partial + text;
      const result = parseChunk(input, delimiter, newline, true);
      partial = input.slice(result.meta.cursor);
      const rows = toRows(result, input, input.includes('"'), false);
      if (!malformed && partial.length > MAX_PENDING_ROW_CHARS) {
        breakAt(nextLine, partial.includes('"') ? 'unclosed_quote' : 'row_too_long', partial);
        partial = '';
      }
      return rows;
    },
    end(): RawRow[] {
      let rows: RawRow[] = [];
      if (!malformed && partial !== '') {
        const input = partial;
        rows = toRows(parseChunk(input, delimiter, newline, false), input, input.includes('"'), true);
      }
      partial = '';
      const span = malformed as MalformedSpan | null;
      if (span) span.toLine = span.fromLine + Math.max(0, breaksAfter - (endsWithBreak ? 1 : 0));
      return rows;
    },
  };
}
