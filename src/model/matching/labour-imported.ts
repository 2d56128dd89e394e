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
import { applyLabourLongTable, type LabourLongMeasure, type LabourLongRow, type LabourLongSkip } from './labour-long-table';

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
export interface LabourTableCheck {
  fileName: string;
  measure: LabourLongMeasure;
  rows: number;
  applied: number;
  /** Counties whose figures came from the table. */
  counties: number;
  skipped: Partial<Record<LabourLongSkip, number>>;
}

/** The labour data with the tables in, or the reason the last table was refused. */
export type LaidLabourData =
  | { ok: true; data: LabourData; checks: LabourTableCheck[] }
  | { ok: false; error: LocalText; checks: LabourTableCheck[] };

const SKIP_TEXT: Record<LabourLongSkip, LocalText> = {
  'county-unmatched': { zh: '县未能识别', en: 'county not recognised' },
  'county-not-western': { zh: '不是西部县', en: 'not a western county' },
  'skill-unknown': { zh: '技能无法识别', en: 'skill not recognised' },
  'group-unknown': { zh: '供给组无法识别', en: 'supply group not recognised' },
  'value-missing': { zh: '人数缺失或为负', en: 'number missing or negative' },
  duplicate: { zh: '重复', en: 'duplicate' },
};

const MEASURE_TEXT: Record<LabourLongMeasure, LocalText> = {
  supply: { zh: '劳务供给', en: 'labour supply' },
  'local-vacancies': { zh: '本地岗位', en: 'local vacancies' },
};

/** "120 行不是西部县、3 行技能无法识别" for a check's skipped rows. */
export function skippedText(skipped: LabourTableCheck['skipped']): LocalText {
  const parts = (Object.entries(skipped) as [LabourLongSkip, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return {
    zh: parts.map(([k, n]) => `${n} 行${SKIP_TEXT[k].zh}`).join('、'),
    en: parts.map(([k, n]) => `${n} row${n === 1 ? '' : 's'} ${SKIP_TEXT[k].en}`).join(', '),
  };
}

/** The label of data with user tables in it. */
export function importedLabel(tables: readonly ImportedLabourTable[]): LocalText {
  return {
    zh: `用户数据：${tables.map((t) => `${MEASURE_TEXT[t.measure].zh}（${t.fileName}）`).join('、')}`,
    en: `User data: ${tables.map((t) => `${MEASURE_TEXT[t.measure].en} (${t.fileName})`).join(', ')}`,
  };
}

/** Lays `tables` over `base` in order; refuses at the first table that changes nothing. */
export function layImportedLabourTables(base: LabourData, tables: readonly ImportedLabourTable[]): LaidLabourData {
  let data = base;
  const checks: LabourTableCheck[] = [];
  const label = importedLabel(tables);
  for (const table of tables) {
    const result = applyLabourLongTable(data, table.rows, table.measure, label);
    const skipped: LabourTableCheck['skipped'] = {};
    for (const s of result.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
    const skippedRows = new Set(result.skipped.map((s) => s.row));
    const own = new Set(table.rows.filter((r, i) => !skippedRows.has(i) && r.county !== null).map((r) => r.county as string));
    checks.push({ fileName: table.fileName, measure: table.measure, rows: table.rows.length, applied: result.applied, counties: own.size, skipped });
    if (result.applied === 0) {
      const why = skippedText(skipped);
      return {
        ok: false,
        checks,
        error: {
          zh: `“${table.fileName}”中没有可用于${MEASURE_TEXT[table.measure].zh}的行（共 ${table.rows.length} 行${why.zh ? `：${why.zh}` : ''}）。原有数据未改变。`,
          en: `No row of "${table.fileName}" fits the ${MEASURE_TEXT[table.measure].en} (${table.rows.length} rows${why.en ? `: ${why.en}` : ''}). The data in use is unchanged.`,
        },
      };
    }
    data = result.data;
  }
  return { ok: true, data, checks };
}
