/**
 * The import pipeline's third target: western county endowments for the industry matching, instead of an
 * indicator dataset. Rows are matched to counties by the usual matcher (code or name, GBK or UTF-8, CSV or
 * spreadsheet), like the labour long tables (labour-long-rows.ts, whose column picking this shares). Two shapes
 * are read, whichever the file has:
 * - long: a column whose cells name a sector (endowment) or a measure (park land, expressway minutes), and a value
 *   column — one row per county × sector or county × measure;
 * - wide: columns whose headers name sectors or measures ("纺织", "园区面积（公顷）", "高速公路（分钟）"), one row
 *   per county; each such cell becomes one row of the long table.
 * Checking the values and laying them over industry.json is the matching worker's job (industry-long-table.ts).
 */
import { industryKeyOfCell, noneOfCell, type IndustryLongMeasure, type IndustryLongRow } from '../../model/matching/industry-long-table';
import { importError } from './import-error';
import type { ColumnMapping, ImportError } from './import-types';
import { best, freeColumns, shareOf, valueColumnOf, type CollectedRow } from './labour-long-rows';
import { cleanCell, parseValue } from './parse-value';

/** Where a table's keys and values were read from: a key and a value column, or one column per key. */
export type IndustryLongColumns = { shape: 'long'; key: number; value: number } | { shape: 'wide'; keys: number[] };

/** An industry table read from a file: every (county, key) cell as a row, with the line it came from. */
export interface IndustryLongTable {
  measure: IndustryLongMeasure;
  fileName: string;
  /** Headers of the columns read (for the report). */
  columns: { shape: 'long'; key: string; value: string } | { shape: 'wide'; keys: string[] };
  rows: (IndustryLongRow & { line: number })[];
}

const KEY_HINT: Record<IndustryLongMeasure, { zh: string; en: string }> = {
  endowment: { zh: '一列行业（如“纺织”“食品加工”或 textiles），或以行业为表头的列', en: 'a column of sectors (e.g. 纺织, 食品加工 or textiles), or columns headed by sectors' },
  'county-measures': { zh: '一列指标（“园区面积”“高速公路分钟”），或以它们为表头的列', en: 'a column of measures (park land, expressway minutes), or columns headed by them' },
};

/** The key and value columns of a long table, else the columns a wide table's headers name; an ImportError says what is missing. */
export function pickIndustryLongColumns(mapping: ColumnMapping, rows: readonly CollectedRow[], measure: IndustryLongMeasure): IndustryLongColumns | ImportError {
  const free = freeColumns(mapping);
  const names = (cell: string) => industryKeyOfCell(measure, cell) !== null;
  const key = best(free, (c) => shareOf(rows, c, names), 0.5);
  if (key !== null) {
    const value = valueColumnOf(mapping, rows, free.filter((c) => c !== key));
    if (value === null) return importError('no_value_column', { zh: '长表需要一列数值。', en: 'A long table needs a column of numbers.' });
    return { shape: 'long', key, value };
  }
  const keys = free.filter((c) => names(mapping.columns.find((m) => m.index === c)?.header ?? ''));
  if (keys.length > 0) return { shape: 'wide', keys };
  return importError('bad_mapping', {
    zh: `找不到要导入的内容：需要${KEY_HINT[measure].zh}。`,
    en: `Nothing to import found: the table needs ${KEY_HINT[measure].en}.`,
  });
}

/** The table's cells as IndustryLongRows (a value that is not a number becomes null, reported by the layering). */
export function industryLongRowsOf(mapping: ColumnMapping, rows: readonly CollectedRow[], columns: IndustryLongColumns): IndustryLongTable['rows'] {
  const number = (cell: string | undefined): number | null => {
    const parsed = parseValue(cell ?? '');
    return parsed.kind === 'number' ? parsed.value : null;
  };
  // A value cell that says "none" (无高速) is kept as such: for expressway minutes it means no expressway.
  const cellOf = (cell: string | undefined) => {
    const value = number(cell);
    return value === null && noneOfCell(cleanCell(cell ?? '')) ? { value, none: true } : { value };
  };
  if (columns.shape === 'long') {
    return rows.map((r) => ({ line: r.line, county: r.county, key: cleanCell(r.cells[columns.key] ?? ''), ...cellOf(r.cells[columns.value]) }));
  }
  const headers = columns.keys.map((c) => mapping.columns.find((m) => m.index === c)?.header ?? '');
  // An empty cell of a wide table says nothing about that key (the sample stays), so it is not a row.
  return rows.flatMap((r) => columns.keys.flatMap((c, i) => (cleanCell(r.cells[c] ?? '') === '' ? [] : [{ line: r.line, county: r.county, key: headers[i]!, ...cellOf(r.cells[c]) }])));
}

/** The headers of the columns read, for the report. */
export function industryColumnHeaders(mapping: ColumnMapping, columns: IndustryLongColumns): IndustryLongTable['columns'] {
  const header = (i: number) => mapping.columns.find((m) => m.index === i)?.header ?? String(i + 1);
  return columns.shape === 'long' ? { shape: 'long', key: header(columns.key), value: header(columns.value) } : { shape: 'wide', keys: columns.keys.map(header) };
}
