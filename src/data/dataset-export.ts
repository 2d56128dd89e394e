/**
 * Re-export of an imported dataset as CSV (UTF-8 with BOM, formula-safe, via csv-export.ts): provenance lines,
 * then one row per county with its boundary id, today's code and names, and one column per indicator-year and
 * attribute. Values come from the raw column files, so they are exactly what was imported (no Float32 rounding).
 */
import type { CountyIndexJson } from '../model/geo/county';
import { toCsv, type CsvCell } from '../lib/csv-export';
import type { DatasetManifest, LocalText } from '../model/indicators/dataset';
import type { Lang } from '../model/view/view-state';

/** What an export needs besides the dataset. */
export interface DatasetExportContext {
  index: CountyIndexJson;
  /** Today's code of a boundary county (model/geo/current-adcode.ts); identity when the change list is unavailable. */
  currentCodeOf: (adcode: string) => string;
  lang: Lang;
  exportedAt: Date;
}

const HEAD = {
  'zh-CN': ['区划代码（2016边界）', '现行代码', '县', '地级', '省'],
  en: ['adcode (2016 boundary)', 'current code', 'county', 'prefecture', 'province'],
} as const;

const LABELS = {
  'zh-CN': { dataset: '数据集', source: '来源', file: '文件', created: '导入时间', exported: '导出时间', vintage: '边界版本', units: '单位' },
  en: { dataset: 'Dataset', source: 'Source', file: 'File', created: 'Imported', exported: 'Exported', vintage: 'Boundary vintage', units: 'Units' },
} as const;

function pick(text: LocalText, lang: Lang): string {
  return lang === 'en' ? text.en || text.zh : text.zh || text.en;
}

function cells(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function cell(v: unknown): CsvCell {
  return typeof v === 'number' || typeof v === 'string' ? v : null;
}

/** Builds the CSV rows (provenance lines, a blank line, the header, one row per county). */
export function datasetCsvRows(manifest: DatasetManifest, files: Readonly<Record<string, unknown>>, ctx: DatasetExportContext): CsvCell[][] {
  const lang = ctx.lang;
  const l = LABELS[lang];
  const p = manifest.provenance;
  const rows: CsvCell[][] = [
    [`${l.dataset}: ${pick(manifest.name, lang)}`],
    [`${l.source}: ${p.source}${p.fileName ? ` · ${l.file}: ${p.fileName}` : ''}`],
    [`${l.created}: ${p.createdAt} · ${l.exported}: ${ctx.exportedAt.toISOString()} · ${l.vintage}: ${manifest.geoVintage}`],
  ];
  const units = manifest.indicators.filter((m) => pick(m.unitLabel, lang) !== '').map((m) => `${pick(m.name, lang)} ${pick(m.unitLabel, lang)}`);
  if (units.length > 0) rows.push([`${l.units}: ${units.join('; ')}`]);
  rows.push([]);

  const header: CsvCell[] = [...HEAD[lang]];
  const columns: ((county: number) => CsvCell)[] = [];
  for (const meta of manifest.indicators) {
    const file = files[meta.file] as { indicators?: unknown } | undefined;
    const entry = cells(file?.indicators).find((x) => (x as { id?: unknown }).id === meta.id) as
      | { years?: unknown; values?: unknown }
      | undefined;
    const years = cells(entry?.years);
    const values = cells(entry?.values);
    years.forEach((year, yi) => {
      header.push(`${pick(meta.name, lang)} ${String(year)}`);
      const column = cells(values[yi]);
      columns.push((i) => cell(column[i]));
    });
  }
  const attributeFile = files['attributes.json'] as { attributes?: unknown } | undefined;
  for (const meta of manifest.attributes) {
    const entry = cells(attributeFile?.attributes).find((x) => (x as { id?: unknown }).id === meta.id) as { values?: unknown } | undefined;
    const column = cells(entry?.values);
    header.push(pick(meta.name, lang));
    columns.push((i) => cell(column[i]));
  }
  // Provenance lines padded to the table's width: a delimiter detector (ours included) then sees a consistent
  // column count, so the export re-imports as it is.
  for (const row of rows) while (row.length < header.length) row.push(null);
  rows.push(header);

  const counties = new Map(ctx.index.counties.map((c) => [c.adcode, c]));
  const prefectures = new Map(ctx.index.prefectures.map((p) => [p.adcode, p.name]));
  const provinces = new Map(ctx.index.provinces.map((p) => [p.adcode, p.name]));
  manifest.counties.forEach((adcode, i) => {
    const c = counties.get(adcode);
    rows.push([
      adcode,
      ctx.currentCodeOf(adcode),
      c?.name ?? '',
      c ? (prefectures.get(c.prefecture) ?? '') : '',
      c ? (provinces.get(c.province) ?? '') : '',
      ...columns.map((f) => f(i)),
    ]);
  });
  return rows;
}

/** The dataset as CSV text (UTF-8 BOM, CRLF) ready for `downloadText`. */
export function datasetToCsv(manifest: DatasetManifest, files: Readonly<Record<string, unknown>>, ctx: DatasetExportContext): string {
  return toCsv(datasetCsvRows(manifest, files, ctx), { bom: true });
}

/** A safe download name for a dataset export: its id and the date. */
export function datasetExportFileName(manifest: DatasetManifest, date: Date): string {
  return `${manifest.id}_${date.toISOString().slice(0, 10)}.csv`;
}
