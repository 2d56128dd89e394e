/**
 * Datasets: the one on-disk and in-memory shape shared by the shipped sample, imported files and saved work.
 * A dataset is a manifest plus column files keyed by county id (the boundary adcode), loaded when first needed.
 */

import * as v from 'valibot';
import { adcodeSchema, localTextSchema, yearSchema } from '../common-schemas';

/** Bumped whenever the manifest or column-file shape changes; loaders migrate older versions. */
export const DATASET_SCHEMA_VERSION = 1;

/** Bilingual text: zh-CN is the default language, en the second. */
export type LocalText = v.InferOutput<typeof localTextSchema>;

/** Where a dataset came from, so every figure on screen can be traced. Unknown fields are kept as they are. */
export const provenanceSchema = v.looseObject({
  /** Human-readable source, e.g. "Seeded synthetic sample (scripts/sample)" or an office's file name. */
  source: v.string(),
  /** Licence or usage note, if known. */
  license: v.optional(v.string()),
  /** ISO time the dataset was created or imported. */
  createdAt: v.string(),
  /** Original file name for imports. */
  fileName: v.optional(v.string()),
  /** Generator and seed for synthetic data. */
  generator: v.optional(v.object({ script: v.string(), seed: v.number() })),
  /** Import mapping that was applied (column roles, match options), kept so an import can be repeated. */
  mapping: v.optional(v.unknown()),
  /** Free note shown in the dataset panel. */
  note: v.optional(v.string()),
  /** Short source line for badges and exports, e.g. {zh:'2020 年第七次全国人口普查', en:'2020 census'}. */
  label: v.optional(localTextSchema),
});
export type DatasetProvenance = v.InferOutput<typeof provenanceSchema>;

/** How an indicator aggregates from counties to prefectures and provinces. */
export const aggregationSchema = v.variant('method', [
  // weight = id of an indicator or attribute in the same dataset
  v.object({ method: v.literal('weighted_mean'), weight: v.string() }),
  v.object({ method: v.picklist(['mean', 'median', 'sum', 'min', 'max']) }),
]);
export type Aggregation = v.InferOutput<typeof aggregationSchema>;

/** Is a higher value good, bad or neither; decides the direction of colour schemes. */
export const polaritySchema = v.picklist(['higher_better', 'lower_better', 'neutral']);
export type Polarity = v.InferOutput<typeof polaritySchema>;

/** Indicator themes, used to group the picker. */
export const indicatorThemeSchema = v.picklist([
  'poverty', 'income', 'transport', 'water', 'network', 'education', 'health', 'ecology', 'partnership', 'population', 'other',
]);
export type IndicatorTheme = v.InferOutput<typeof indicatorThemeSchema>;

/** Units (the one list: datasets and partnership measures share it); `percent` values are stored in the unit shown. */
export const indicatorUnitSchema = v.picklist([
  'percent', 'persons', 'yuan_per_year', 'minutes', 'wan_yuan', 'yi_yuan', 'count', 'ratio', 'km', 'year', 'other',
]);
export type IndicatorUnit = v.InferOutput<typeof indicatorUnitSchema>;

/** Every unit, in the order pickers list them. */
export const INDICATOR_UNITS: readonly IndicatorUnit[] = indicatorUnitSchema.options;

/** A reference to an official threshold (a Rule, see rule.ts) that applies to an indicator. */
export const thresholdRefSchema = v.object({
  /** Rule id in the rules registry, e.g. "county_exit_incidence". */
  ruleId: v.string(),
});
export type ThresholdRef = v.InferOutput<typeof thresholdRefSchema>;

/** One class of a categorical indicator. */
export const indicatorCategorySchema = v.object({ value: v.number(), label: localTextSchema });
export type IndicatorCategory = v.InferOutput<typeof indicatorCategorySchema>;

/** One indicator's registry entry: everything needed to show, classify and aggregate it. */
export const indicatorMetaSchema = v.object({
  /** Stable id within its dataset, e.g. "tap_water" (qualified id: "sample:tap_water"). */
  id: v.string(),
  name: localTextSchema,
  /** One-line definition. */
  definition: localTextSchema,
  unit: indicatorUnitSchema,
  /** Unit label as shown, e.g. {zh:'%', en:'%'} or {zh:'元/年', en:'yuan/yr'}. */
  unitLabel: localTextSchema,
  theme: indicatorThemeSchema,
  polarity: polaritySchema,
  /** Years with data, ascending. */
  years: v.array(yearSchema),
  /** Finest level the values exist at; always 'county' for now. */
  level: v.optional(v.literal('county'), 'county'),
  aggregation: aggregationSchema,
  /** Source and vintage of the values. */
  source: localTextSchema,
  vintage: v.string(),
  /** Plausible value range, used by validation and by equal-interval defaults. */
  domain: v.optional(v.tuple([v.number(), v.number()])),
  thresholds: v.optional(v.array(thresholdRefSchema)),
  /**
   * A categorical indicator: its values are codes (e.g. exit year 2016…2020, 0 = not designated), each shown as one
   * class with this label, in this order; the map draws one colour per category and the legend lists the labels.
   */
  categories: v.optional(v.array(indicatorCategorySchema)),
  /** Relative path (from the manifest) of the column file holding this indicator. */
  file: v.string(),
});
export type IndicatorMeta = v.InferOutput<typeof indicatorMetaSchema>;

/** A static (year-independent) attribute per county, numeric or categorical. */
export const attributeMetaSchema = v.object({
  id: v.string(),
  name: localTextSchema,
  kind: v.picklist(['number', 'category']),
  /** For categories: allowed values with labels, e.g. region east/central/west. */
  categories: v.optional(v.array(v.object({ value: v.string(), label: localTextSchema }))),
  file: v.string(),
});
export type AttributeMeta = v.InferOutput<typeof attributeMetaSchema>;

/**
 * What kind of figures a dataset holds, shown by one badge wherever they appear: a seeded synthetic sample
 * (示例数据), real statistics (真实数据, e.g. the 2020 census), or public facts (the 832 poverty counties and exit years).
 */
export const datasetKindSchema = v.picklist(['sample', 'real', 'facts']);
export type DatasetKind = v.InferOutput<typeof datasetKindSchema>;

/** The kind of a dataset; manifests without `kind` are samples when flagged so, otherwise the user's own data (null). */
export function datasetKind(manifest: Pick<DatasetManifest, 'sample' | 'kind'>): DatasetKind | null {
  return manifest.kind ?? (manifest.sample ? 'sample' : null);
}

/** Other content of a dataset by kind; each entry names its file. Loaded by the feature that needs it. */
export const datasetExtraSchema = v.object({
  kind: v.picklist(['links', 'records', 'sector_panel', 'rules']),
  id: v.string(),
  file: v.string(),
});

/**
 * The manifest of a dataset (public/data/<id>/manifest.json for shipped ones, IndexedDB for imports). New optional
 * fields go into `manifestEntries` (the object's entries stay open for extension: `v.object({...manifestEntries, x})`).
 */
export const manifestEntries = {
  schema: v.literal(DATASET_SCHEMA_VERSION),
  /** Short id used to qualify indicators ("sample", "myfile"); [a-z0-9_-]+. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]+$/, 'expected [a-z0-9_-]+')),
  name: localTextSchema,
  /** True for synthetic data; the UI labels it 示例数据 / Sample data everywhere it is shown. */
  sample: v.boolean(),
  /** Sample, real statistics or public facts (absent on imports: the user's own data). Never 'real'/'facts' with sample = true. */
  kind: v.optional(datasetKindSchema),
  provenance: provenanceSchema,
  /** Boundary vintage the county ids refer to. */
  geoVintage: v.string(),
  /** County ids (boundary adcodes) in column order: every column array is indexed by this list. */
  counties: v.array(adcodeSchema),
  /** All years any indicator covers, ascending. */
  years: v.array(yearSchema),
  indicators: v.array(indicatorMetaSchema),
  attributes: v.optional(v.array(attributeMetaSchema), []),
  extras: v.optional(v.array(datasetExtraSchema)),
};
export const manifestSchema = v.pipe(
  v.object(manifestEntries),
  v.forward(
    v.check((m) => !(m.sample && m.kind && m.kind !== 'sample'), (issue) => `a ${issue.input.kind} dataset cannot be flagged sample`),
    ['kind'],
  ),
);
export type DatasetManifest = v.InferOutput<typeof manifestSchema>;

/** The first cell of a column that is neither a number nor null, or -1. */
function badCell(cells: readonly unknown[]): number {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== null && typeof cells[i] !== 'number') return i;
  return -1;
}

/**
 * One row of a column file: numbers, null for missing. Checked as one custom schema rather than one schema per cell
 * because a row has ~2,850 cells and a file tens of thousands (per-cell schemas cost 7 ms a file, this ~1 ms);
 * the message still names the first bad cell.
 */
export const cellsSchema = v.custom<(number | null)[]>(
  (x) => Array.isArray(x) && badCell(x) < 0,
  (issue) => {
    if (!Array.isArray(issue.input)) return `expected an array of numbers or nulls, got ${issue.received}`;
    const i = badCell(issue.input);
    return `expected numbers or nulls, got ${JSON.stringify(issue.input[i]) ?? String(issue.input[i])} at [${i}]`;
  },
);

/**
 * A column file for one indicator (or a small group): values[yearIndex][countyIndex], null for missing.
 * Numbers are rounded to the precision the unit needs to keep files small. `countyCount` comes from the manifest.
 */
export function indicatorColumnFileSchema(countyCount: number) {
  const row = v.pipe(cellsSchema, v.length(countyCount, (issue) => `expected ${countyCount} counties, got ${issue.received}`));
  const indicator = v.pipe(
    v.object({ id: v.string(), years: v.array(yearSchema), values: v.array(row) }),
    v.forward(
      v.check((i) => i.values.length === i.years.length, (issue) => `expected ${issue.input.years.length} years, got ${issue.input.values.length}`),
      ['values'],
    ),
  );
  return v.object({ schema: v.literal(DATASET_SCHEMA_VERSION), indicators: v.array(indicator) });
}
export type IndicatorColumnFile = v.InferOutput<ReturnType<typeof indicatorColumnFileSchema>>;

/** A column file for static attributes: values[countyIndex]. */
export function attributeColumnFileSchema(countyCount: number) {
  const values = v.pipe(v.array(v.nullish(v.union([v.number(), v.string()]))), v.length(countyCount, `expected ${countyCount} counties`));
  return v.object({ schema: v.literal(DATASET_SCHEMA_VERSION), attributes: v.array(v.object({ id: v.string(), values })) });
}
export type AttributeColumnFile = v.InferOutput<ReturnType<typeof attributeColumnFileSchema>>;

/** In-memory indicator values: one Float32Array per year indexed by county, NaN = missing. */
export interface IndicatorValues {
  id: string;
  years: number[];
  byYear: Map<number, Float32Array>;
}

/** Qualified indicator id "dataset:indicator", unique across loaded datasets. */
export type QualifiedIndicatorId = `${string}:${string}`;

/** Builds a qualified indicator id. */
export function qualifyIndicator(datasetId: string, indicatorId: string): QualifiedIndicatorId {
  return `${datasetId}:${indicatorId}`;
}

/** Splits a qualified id; ids without a dataset part belong to the sample dataset. */
export function splitIndicatorId(qualified: string): { datasetId: string; indicatorId: string } {
  const at = qualified.indexOf(':');
  if (at < 0) return { datasetId: 'sample', indicatorId: qualified };
  return { datasetId: qualified.slice(0, at), indicatorId: qualified.slice(at + 1) };
}
