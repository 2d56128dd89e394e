/**
 * Laying the user's long tables over a matching data file, shared by the labour tables (labour-imported.ts) and
 * the industry tables (industry-imported.ts): the tables apply in the order imported, each one's outcome is
 * counted (rows used, counties, rows skipped by reason), and the first table none of whose rows fit refuses the
 * whole set with its reasons, so the data in use is never replaced by a file that changes nothing.
 */
import type { LocalText } from '../indicators/dataset';
import type { LabourLongSkip } from './labour-long-table';
import type { IndustryLongSkip } from './industry-long-table';

/** Why a row of any matching long table was not used. */
export type LongTableSkip = LabourLongSkip | IndustryLongSkip;

/** What one table changed, and why the other rows were not used. */
export interface LongTableCheck<M extends string> {
  fileName: string;
  measure: M;
  rows: number;
  applied: number;
  /** Counties whose figures came from the table. */
  counties: number;
  skipped: Partial<Record<LongTableSkip, number>>;
}

/** The data with the tables in, or the reason the last table was refused. */
export type LaidLongTables<D, M extends string> =
  | { ok: true; data: D; checks: LongTableCheck<M>[] }
  | { ok: false; error: LocalText; checks: LongTableCheck<M>[] };

/** One table as kept: what it holds, its file and its rows (each with the county it matched). */
export interface LongTable<M extends string, R extends { county: string | null }> {
  measure: M;
  fileName: string;
  rows: readonly R[];
}

/** Lays one table's rows over the data: the new data, rows used, and the rows skipped with their reason. */
export type ApplyLongTable<D, M extends string, R> = (data: D, rows: readonly R[], measure: M, label: LocalText) => { data: D; applied: number; skipped: { row: number; reason: LongTableSkip }[] };

const SKIP_TEXT: Record<LongTableSkip, LocalText> = {
  'county-unmatched': { zh: '县未能识别', en: 'county not recognised' },
  'county-not-western': { zh: '不是西部县', en: 'not a western county' },
  'skill-unknown': { zh: '技能无法识别', en: 'skill not recognised' },
  'group-unknown': { zh: '供给组无法识别', en: 'supply group not recognised' },
  'sector-unknown': { zh: '行业无法识别', en: 'sector not recognised' },
  'measure-unknown': { zh: '指标无法识别（应为园区面积或高速分钟）', en: 'measure not recognised (park land or expressway minutes expected)' },
  'value-missing': { zh: '数值缺失或为负', en: 'number missing or negative' },
  'value-out-of-range': { zh: '数值超出合理范围', en: 'number outside the plausible range' },
  duplicate: { zh: '重复', en: 'duplicate' },
};

/** "120 行不是西部县、3 行技能无法识别" for a check's skipped rows. */
export function skippedText(skipped: Partial<Record<LongTableSkip, number>>): LocalText {
  const parts = (Object.entries(skipped) as [LongTableSkip, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return {
    zh: parts.map(([k, n]) => `${n} 行${SKIP_TEXT[k].zh}`).join('、'),
    en: parts.map(([k, n]) => `${n} row${n === 1 ? '' : 's'} ${SKIP_TEXT[k].en}`).join(', '),
  };
}

/** "用户数据：劳务供给（a.csv）、…" for tables whose measures `measureText` names. */
export function userDataLabel<M extends string>(tables: readonly { measure: M; fileName: string }[], measureText: (m: M) => LocalText): LocalText {
  return {
    zh: `用户数据：${tables.map((t) => `${measureText(t.measure).zh}（${t.fileName}）`).join('、')}`,
    en: `User data: ${tables.map((t) => `${measureText(t.measure).en} (${t.fileName})`).join(', ')}`,
  };
}

/** Lays `tables` over `base` in order with `apply`; refuses at the first table that changes nothing. */
export function layLongTables<D, M extends string, R extends { county: string | null }>(
  base: D,
  tables: readonly LongTable<M, R>[],
  apply: ApplyLongTable<D, M, R>,
  measureText: (m: M) => LocalText,
): LaidLongTables<D, M> {
  let data = base;
  const checks: LongTableCheck<M>[] = [];
  const label = userDataLabel(tables, measureText);
  for (const table of tables) {
    const result = apply(data, table.rows, table.measure, label);
    const skipped: LongTableCheck<M>['skipped'] = {};
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
          zh: `“${table.fileName}”中没有可用于${measureText(table.measure).zh}的行（共 ${table.rows.length} 行${why.zh ? `：${why.zh}` : ''}）。原有数据未改变。`,
          en: `No row of "${table.fileName}" fits the ${measureText(table.measure).en} (${table.rows.length} rows${why.en ? `: ${why.en}` : ''}). The data in use is unchanged.`,
        },
      };
    }
    data = result.data;
  }
  return { ok: true, data, checks };
}
