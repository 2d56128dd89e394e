/**
 * Delimited text (CSV, TSV, semicolon…): delimiter and newline detection on a sample, and an incremental parser
 * that takes decoded text chunk by chunk (so a 200 MB file streams) and keeps each row's physical line number,
 * counting the line breaks inside quoted cells. Parsing itself is papaparse's.
 */
import Papa from 'papaparse';
import type { RawRow } from './import-types';

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
    const rows = parseChunk(sample, delimiter, newline, true).data.slice(0, 200);
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

/** An incremental delimited-text parser: push decoded text, get complete rows with their physical lines. */
export interface DelimitedParser {
  push(text: string): RawRow[];
  /** Flushes the last row (a file need not end with a line break). */
  end(): RawRow[];
}

/** Creates an incremental parser for one file. */
export function createDelimitedParser(delimiter: string, newline: Newline): DelimitedParser {
  let partial = '';
  let nextLine = 1;
  const toRows = (data: string[][], quoted: boolean): RawRow[] => {
    const rows: RawRow[] = new Array<RawRow>(data.length);
    for (let i = 0; i < data.length; i += 1) {
      const cells = data[i] ?? [];
      rows[i] = { line: nextLine, sheet: null, cells };
      let breaks = 1;
      if (quoted) for (const cell of cells) if (cell.length > 0) breaks += countLineBreaks(cell);
      nextLine += breaks;
    }
    return rows;
  };
  return {
    push(text: string): RawRow[] {
      const input = partial + text;
      const result = parseChunk(input, delimiter, newline, true);
      partial = input.slice(result.meta.cursor);
      return toRows(result.data, input.includes('"'));
    },
    end(): RawRow[] {
      if (partial === '') return [];
      const input = partial;
      partial = '';
      return toRows(parseChunk(input, delimiter, newline, false).data, input.includes('"'));
    },
  };
}
