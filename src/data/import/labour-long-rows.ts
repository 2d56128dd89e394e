/**
 * The import pipeline's second target: a long table of labour figures (county × skill [× supply group] → value)
 * for the matching tab, instead of an indicator dataset. Rows are matched to counties by the usual matcher (code
 * or name, GBK or UTF-8, CSV or spreadsheet); this module picks the skill, group and value columns from the cells
 * (ids, Chinese or English names, see src/model/matching/labour-long-table.ts) and turns every data row into a
 * LabourLongRow. Laying the rows over the labour data is the matching worker's job.
 */
import { groupOfCell, skillOfCell, type LabourLongMeasure, type LabourLongRow } from '../../model/matching/labour-long-table';
import type { IndustryLongMeasure } from '../../model/matching/industry-long-table';
import { importError } from './import-error';
import type { ColumnMapping, ImportError } from './import-types';
import { cleanCell, parseValue } from './parse-value';

/**
 * What an import run is for: an indicator dataset (the default), a labour long table for the matching tab, or a
 * western county endowment table for the industry matching (src/data/import/industry-long-rows.ts).
 */
export type ImportTarget = { kind: 'dataset' } | { kind: 'labour-long'; measure: LabourLongMeasure } | { kind: 'industry-long'; measure: IndustryLongMeasure };

/** A data row as the table processor saw it: its line, the county it matched (null if none) and its cells. */
export interface CollectedRow {
  line: number;
  sheet: string | null;
  county: string | null;
  cells: readonly string[];
}

/** The columns a long table was read from (headers, for the report). */
export interface LabourLongColumns {
  skill: number;
  group: number | null;
  value: number;
}

/** A long table read from a file: every data row, with the line it came from. */
export interface LabourLongTable {
  measure: LabourLongMeasure;
  fileName: string;
  columns: { skill: string; group: string | null; value: string };
  rows: (LabourLongRow & { line: number })[];
}

/** Rows a matching long table may have (1,091 western counties × 6 skills × 6 groups is ~40k; room for a national file). */
export const LABOUR_LONG_MAX_ROWS = 400_000;

const PLACE_ROLES = new Set(['adcode', 'county', 'prefecture', 'province', 'year']);

/** The columns of a mapping that are not about the place (or year): where keys and values of a long table are. */
export function freeColumns(mapping: ColumnMapping): number[] {
  return mapping.columns.filter((c) => !PLACE_ROLES.has(c.role)).map((c) => c.index);
}

/** The share of a column's filled cells that pass `test`. */
export function shareOf(rows: readonly CollectedRow[], column: number, test: (cell: string) => boolean): number {
  let filled = 0;
  let hits = 0;
  for (const r of rows) {
    const cell = cleanCell(r.cells[column] ?? '');
    if (cell === '') continue;
    filled += 1;
    if (test(cell)) hits += 1;
  }
  return filled > 0 ? hits / filled : 0;
}

/** The column with the highest score of at least `min` (the first of equals), or null. */
export function best(columns: readonly number[], score: (c: number) => number, min: number): number | null {
  let at: number | null = null;
  let top = min;
  for (const c of columns) {
    const s = score(c);
    if (s >= top && (at === null || s > top)) [at, top] = [c, s];
  }
  return at;
}

/**
 * The skill, group and value columns: skill and group are the columns whose cells most often name a skill or a
 * supply group (at least half of them), the value the first numeric column the roles found (a value or
 * attribute), else the most numeric remaining one. An ImportError says which column is missing.
 */
export function pickLabourLongColumns(mapping: ColumnMapping, rows: readonly CollectedRow[], measure: LabourLongMeasure): LabourLongColumns | ImportError {
  const free = freeColumns(mapping);
  const skill = best(free, (c) => shareOf(rows, c, (v) => skillOfCell(v) !== null), 0.5);
  if (skill === null) {
    return importError('bad_mapping', {
      zh: '找不到技能列：长表需要一列技能（如“建筑”“制造装配”或 construction）。',
      en: 'No skill column found: a long table needs a column of skills (e.g. 建筑, 制造装配 or construction).',
    });
  }
  const rest = free.filter((c) => c !== skill);
  const group = best(rest, (c) => shareOf(rows, c, (v) => groupOfCell(v) !== null), 0.5);
  if (measure === 'supply' && group === null) {
    return importError('bad_mapping', {
      zh: '找不到供给组列：劳务供给长表需要一列培训与流动意愿（如“已培训-愿赴东部”或 trained-far）。',
      en: 'No supply group column found: a labour supply table needs a column of training and willingness to move (e.g. 已培训-愿赴东部 or trained-far).',
    });
  }
  const value = valueColumnOf(mapping, rows, rest.filter((c) => c !== group));
  if (value === null) return importError('no_value_column', { zh: '长表需要一列人数。', en: 'A long table needs a column of numbers of people.' });
  return { skill, group, value };
}

/** The value column among `numeric`: the first the roles found (a value or attribute), else the most numeric one. */
export function valueColumnOf(mapping: ColumnMapping, rows: readonly CollectedRow[], numeric: readonly number[]): number | null {
  const byRole = mapping.columns.find((c) => (c.role === 'value' || c.role === 'attribute') && numeric.includes(c.index))?.index ?? null;
  return byRole ?? best(numeric, (c) => shareOf(rows, c, (v) => parseValue(v).kind === 'number'), 0.5);
}

/** The table's rows as LabourLongRows (a value that is not a number becomes null, reported by the layering). */
export function labourLongRowsOf(rows: readonly CollectedRow[], columns: LabourLongColumns): LabourLongTable['rows'] {
  return rows.map((r) => {
    const parsed = parseValue(r.cells[columns.value] ?? '');
    return {
      line: r.line,
      county: r.county,
      skill: cleanCell(r.cells[columns.skill] ?? ''),
      group: columns.group === null ? '' : cleanCell(r.cells[columns.group] ?? ''),
      value: parsed.kind === 'number' ? parsed.value : null,
    };
  });
}
