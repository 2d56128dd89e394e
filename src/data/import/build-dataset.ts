/**
 * The last stage: collected values become a dataset in the shared format (src/model/indicators/dataset.ts): a manifest
 * with provenance plus one column file per indicator and one for static attributes. Committing it (store,
 * IndexedDB) is the caller's job, after the user confirms.
 */
import {
  DATASET_SCHEMA_VERSION,
  type Aggregation,
  type AttributeColumnFile,
  type AttributeMeta,
  type DatasetManifest,
  type IndicatorColumnFile,
  type IndicatorMeta,
  type IndicatorUnit,
  type LocalText,
} from '../../model/indicators/dataset';
import { findIndicatorDefinition } from '../../model/indicators/registry';
import type { ImportAccumulator } from './import-accumulator';
import { importError } from './import-error';
import type { ImportError } from './import-types';
import { asciiSlug, indicatorIdFor, uniqueId } from './slug-id';

/** A dataset ready to commit: its manifest and column files by relative path. */
export interface BuiltDataset {
  manifest: DatasetManifest;
  files: Record<string, IndicatorColumnFile | AttributeColumnFile>;
}

/** What the dataset needs to know about the import. */
export interface BuildOptions {
  datasetId: string;
  fileName: string;
  /** ISO time of the import. */
  createdAt: string;
  geoVintage: string;
  /** Mapping applied (column roles, overrides), stored in provenance so the import can be repeated. */
  mapping: unknown;
  note?: string;
}

const UNIT_LABELS: Record<IndicatorUnit, LocalText> = {
  percent: { zh: '%', en: '%' },
  persons: { zh: '人', en: 'persons' },
  yuan_per_year: { zh: '元/年', en: 'yuan/yr' },
  minutes: { zh: '分钟', en: 'min' },
  wan_yuan: { zh: '万元', en: '10k yuan' },
  yi_yuan: { zh: '亿元', en: '100M yuan' },
  count: { zh: '个', en: 'count' },
  ratio: { zh: '', en: '' },
  km: { zh: '公里', en: 'km' },
  year: { zh: '年', en: 'year' },
  other: { zh: '', en: '' },
};

function aggregationFor(unit: IndicatorUnit): Aggregation {
  return unit === 'persons' || unit === 'count' || unit === 'wan_yuan' || unit === 'yi_yuan' ? { method: 'sum' } : { method: 'mean' };
}

function domainOf(values: Iterable<number>): [number, number] | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** Builds the dataset from what the accumulator collected; an ImportError when nothing was collected. */
export function buildDataset(acc: ImportAccumulator, options: BuildOptions): BuiltDataset | ImportError {
  const counties = new Set<string>();
  for (const ind of acc.indicators.values()) for (const m of ind.byYear.values()) for (const a of m.keys()) counties.add(a);
  for (const cat of acc.categories.values()) for (const a of cat.values.keys()) counties.add(a);
  if (counties.size === 0) return importError('no_match');
  const countyIds = [...counties].sort();
  const source: LocalText = { zh: `导入：${options.fileName}`, en: `Imported: ${options.fileName}` };
  const files: BuiltDataset['files'] = {};
  const indicators: IndicatorMeta[] = [];
  const attributes: AttributeMeta[] = [];
  const attributeFile: AttributeColumnFile = { schema: DATASET_SCHEMA_VERSION, attributes: [] };
  const taken = new Set<string>();
  const allYears = new Set<number>();

  for (const ind of acc.indicators.values()) {
    const years = [...ind.byYear.keys()].filter((y): y is number => y !== null).sort((a, b) => a - b);
    const known = findIndicatorDefinition(indicatorIdFor(ind.name));
    const id = uniqueId(indicatorIdFor(ind.name), taken);
    const label: LocalText = { zh: ind.name, en: known?.name.en ?? ind.name };
    const column = (m: Map<string, number> | undefined) => countyIds.map((a) => m?.get(a) ?? null);
    if (years.length === 0) {
      const values = column(ind.byYear.get(null));
      attributes.push({ id, name: label, kind: 'number', file: 'attributes.json' });
      attributeFile.attributes.push({ id, values });
      continue;
    }
    for (const y of years) allYears.add(y);
    const file = `indicators/${id}.json`;
    const unit: IndicatorUnit = ind.unit;
    const all: number[] = [];
    for (const y of years) for (const v of ind.byYear.get(y)?.values() ?? []) all.push(v);
    const meta: IndicatorMeta = {
      id,
      name: label,
      definition: {
        zh: `导入文件 ${options.fileName} 的列「${ind.header}」${ind.fractionShare ? '（0–1 比例已换算为百分数）' : ''}`,
        en: `Column "${ind.header}" of ${options.fileName}${ind.fractionShare ? ' (0–1 shares converted to percent)' : ''}`,
      },
      unit,
      unitLabel: UNIT_LABELS[unit],
      theme: known?.theme ?? 'other',
      polarity: known?.polarity ?? 'neutral',
      years,
      level: 'county',
      aggregation: aggregationFor(unit),
      source,
      vintage: years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]),
      file,
    };
    const domain = unit === 'percent' ? ([0, 100] as [number, number]) : domainOf(all);
    if (domain) meta.domain = domain;
    indicators.push(meta);
    files[file] = {
      schema: DATASET_SCHEMA_VERSION,
      indicators: [{ id, years, values: years.map((y) => column(ind.byYear.get(y))) }],
    };
  }
  for (const cat of acc.categories.values()) {
    const id = uniqueId(asciiSlug(cat.name) !== '' && !/[\u4e00-\u9fff]/.test(cat.name) ? asciiSlug(cat.name) : indicatorIdFor(cat.name), taken);
    const distinct = [...new Set(cat.values.values())].sort();
    attributes.push({
      id,
      name: { zh: cat.name, en: cat.name },
      kind: 'category',
      categories: distinct.map((v) => ({ value: v, label: { zh: v, en: v } })),
      file: 'attributes.json',
    });
    attributeFile.attributes.push({ id, values: countyIds.map((a) => cat.values.get(a) ?? null) });
  }
  if (attributeFile.attributes.length > 0) files['attributes.json'] = attributeFile;
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION,
    id: options.datasetId,
    name: { zh: options.fileName, en: options.fileName },
    sample: false,
    provenance: {
      source: `Imported file ${options.fileName}`,
      createdAt: options.createdAt,
      fileName: options.fileName,
      mapping: options.mapping,
      ...(options.note ? { note: options.note } : {}),
    },
    geoVintage: options.geoVintage,
    counties: countyIds,
    years: [...allYears].sort((a, b) => a - b),
    indicators,
    attributes,
  };
  return { manifest, files };
}
