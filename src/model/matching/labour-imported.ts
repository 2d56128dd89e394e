/**
 * The user's imported labour tables (long tables read by the import pipeline, src/data/import/labour-long-rows.ts)
 * laid over the sample labour data, in the order imported: each replaces the supply or the local vacancies of the
 * counties and skills it names. A table none of whose rows fit is refused with a clear reason, and the data it
 * would have changed is left as it was. The label names the user's files; eastern and capital demand, and the
 * counties and skills no table names, stay sample, which the panel says next to that label.
 */
import * as v from 'valibot';
import type { LocalText } from '../indicators/dataset';
import { parseWithSchema } from '../../lib/parse-with-schema';
import type { LabourData } from './matching-data';
import { applyLabourLongTable, type LabourLongMeasure, type LabourLongRow } from './labour-long-table';
import { layLongTables, skippedText, userDataLabel, type LaidLongTables, type LongTableCheck } from './long-table-layering';

/** One imported table as the matching worker keeps it. */
export interface ImportedLabourTable {
  measure: LabourLongMeasure;
  fileName: string;
  rows: readonly LabourLongRow[];
}

/** Schema of the tables as kept in this browser (src/data/labour-table-store-idb.ts). */
export const importedLabourTablesSchema = v.array(v.object({
  measure: v.picklist(['supply', 'local-vacancies']),
  fileName: v.string(),
  rows: v.array(v.object({ county: v.nullable(v.string()), skill: v.string(), group: v.string(), value: v.nullable(v.number()) })),
}));

/** Parses stored tables; throws a SchemaError naming `file` and the bad path. */
export function parseImportedLabourTables(json: unknown, file = 'saved labour tables'): ImportedLabourTable[] {
  return parseWithSchema(importedLabourTablesSchema, json, file);
}

/** What one table changed, and why the other rows were not used. */
export type LabourTableCheck = LongTableCheck<LabourLongMeasure>;

/** The labour data with the tables in, or the reason the last table was refused. */
export type LaidLabourData = LaidLongTables<LabourData, LabourLongMeasure>;

const MEASURE_TEXT: Record<LabourLongMeasure, LocalText> = {
  supply: { zh: '劳务供给', en: 'labour supply' },
  'local-vacancies': { zh: '本地岗位', en: 'local vacancies' },
};

/** "120 行不是西部县、3 行技能无法识别" for a check's skipped rows (any matching long table's). */
export { skippedText };

/** The label of data with user tables in it. */
export function importedLabel(tables: readonly ImportedLabourTable[]): LocalText {
  return userDataLabel(tables, (m) => MEASURE_TEXT[m]);
}

/** Lays `tables` over `base` in order; refuses at the first table that changes nothing. */
export function layImportedLabourTables(base: LabourData, tables: readonly ImportedLabourTable[]): LaidLabourData {
  return layLongTables(base, tables, applyLabourLongTable, (m) => MEASURE_TEXT[m]);
}
