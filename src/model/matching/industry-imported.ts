/**
 * The user's imported industry tables (western county endowments read by the import pipeline,
 * src/data/import/industry-long-rows.ts) laid over industry.json in the order imported: each replaces the sector
 * fit, park land or expressway minutes of the counties it names (industry-long-table.ts). A table none of whose
 * rows fit is refused with its reasons and the data in use stays (long-table-layering.ts). The eastern
 * enterprises, and the counties, sectors and measures no table names, stay sample; the panel says so.
 */
import * as v from 'valibot';
import type { LocalText } from '../indicators/dataset';
import { parseWithSchema } from '../../lib/parse-with-schema';
import type { IndustryData } from './matching-data';
import { applyIndustryLongTable, type IndustryLongMeasure, type IndustryLongRow } from './industry-long-table';
import { layLongTables, userDataLabel, type LaidLongTables, type LongTableCheck } from './long-table-layering';

/** One imported industry table as the matching worker keeps it. */
export interface ImportedIndustryTable {
  measure: IndustryLongMeasure;
  fileName: string;
  rows: readonly IndustryLongRow[];
}

/** Schema of the tables as kept in this browser (src/data/labour-table-store-idb.ts) and in project files. */
export const importedIndustryTablesSchema = v.array(v.object({
  measure: v.picklist(['endowment', 'county-measures']),
  fileName: v.string(),
  rows: v.array(v.object({ county: v.nullable(v.string()), key: v.string(), value: v.nullable(v.number()), none: v.optional(v.boolean()) })),
}));

/** Parses stored tables; throws a SchemaError naming `file` and the bad path. */
export function parseImportedIndustryTables(json: unknown, file = 'saved industry tables'): ImportedIndustryTable[] {
  return parseWithSchema(importedIndustryTablesSchema, json, file);
}

/** What one industry table changed, and why the other rows were not used. */
export type IndustryTableCheck = LongTableCheck<IndustryLongMeasure>;

/** The industry data with the tables in, or the reason the last table was refused. */
export type LaidIndustryData = LaidLongTables<IndustryData, IndustryLongMeasure>;

const MEASURE_TEXT: Record<IndustryLongMeasure, LocalText> = {
  endowment: { zh: '县域产业禀赋', en: 'county sector fit' },
  'county-measures': { zh: '园区面积与高速通达', en: 'park land and expressway access' },
};

/** The name of what a table of `measure` holds. */
export function industryMeasureText(measure: IndustryLongMeasure): LocalText {
  return MEASURE_TEXT[measure];
}

/** The label of industry data with user tables in it. */
export function importedIndustryLabel(tables: readonly ImportedIndustryTable[]): LocalText {
  return userDataLabel(tables, industryMeasureText);
}

/** Lays `tables` over `base` in order; refuses at the first table that changes nothing. */
export function layImportedIndustryTables(base: IndustryData, tables: readonly ImportedIndustryTable[]): LaidIndustryData {
  return layLongTables(base, tables, applyIndustryLongTable, industryMeasureText);
}
