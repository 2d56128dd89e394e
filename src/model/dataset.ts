/**
 * Datasets: the one on-disk and in-memory shape shared by the shipped sample, imported files and saved work.
 * A dataset is a manifest plus column files keyed by county id (the boundary adcode), loaded when first needed.
 */

/** Bumped whenever the manifest or column-file shape changes; loaders migrate older versions. */
export const DATASET_SCHEMA_VERSION = 1;

/** Bilingual text: zh-CN is the default language, en the second. */
export interface LocalText {
  zh: string;
  en: string;
}

/** Where a dataset came from, so every figure on screen can be traced. */
export interface DatasetProvenance {
  /** Human-readable source, e.g. "Seeded synthetic sample (scripts/sample)" or an office's file name. */
  source: string;
  /** Licence or usage note, if known. */
  license?: string;
  /** ISO time the dataset was created or imported. */
  createdAt: string;
  /** Original file name for imports. */
  fileName?: string;
  /** Generator and seed for synthetic data. */
  generator?: { script: string; seed: number };
  /** Import mapping that was applied (column roles, match options), kept so an import can be repeated. */
  mapping?: unknown;
  /** Free note shown in the dataset panel. */
  note?: string;
  /** Short source line for badges and exports, e.g. {zh:'2020 年第七次全国人口普查', en:'2020 census'}. */
  label?: LocalText;
}

/** How an indicator aggregates from counties to prefectures and provinces. */
export type Aggregation =
  | { method: 'weighted_mean'; weight: string } // weight = id of an indicator or attribute in the same dataset
  | { method: 'mean' }
  | { method: 'median' }
  | { method: 'sum' }
  | { method: 'min' }
  | { method: 'max' };

/** Is a higher value good, bad or neither; decides the direction of colour schemes. */
export type Polarity = 'higher_better' | 'lower_better' | 'neutral';

/** Indicator themes, used to group the picker. */
export type IndicatorTheme =
  | 'poverty'
  | 'income'
  | 'transport'
  | 'water'
  | 'network'
  | 'education'
  | 'health'
  | 'ecology'
  | 'partnership'
  | 'population'
  | 'other';

/** Units; `percent` values are stored in the unit shown (12.3 means 12.3%). */
export type IndicatorUnit =
  | 'percent'
  | 'persons'
  | 'yuan_per_year'
  | 'minutes'
  | 'wan_yuan'
  | 'yi_yuan'
  | 'count'
  | 'ratio'
  | 'km'
  | 'year'
  | 'other';

/** A reference to an official threshold (a Rule, see rule.ts) that applies to an indicator. */
export interface ThresholdRef {
  /** Rule id in the rules registry, e.g. "county_exit_incidence". */
  ruleId: string;
}

/** One class of a categorical indicator. */
export interface IndicatorCategory {
  value: number;
  label: LocalText;
}

/** One indicator's registry entry: everything needed to show, classify and aggregate it. */
export interface IndicatorMeta {
  /** Stable id within its dataset, e.g. "tap_water" (qualified id: "sample:tap_water"). */
  id: string;
  name: LocalText;
  /** One-line definition. */
  definition: LocalText;
  unit: IndicatorUnit;
  /** Unit label as shown, e.g. {zh:'%', en:'%'} or {zh:'元/年', en:'yuan/yr'}. */
  unitLabel: LocalText;
  theme: IndicatorTheme;
  polarity: Polarity;
  /** Years with data, ascending. */
  years: number[];
  /** Finest level the values exist at; always 'county' for now. */
  level: 'county';
  aggregation: Aggregation;
  /** Source and vintage of the values. */
  source: LocalText;
  vintage: string;
  /** Plausible value range, used by validation and by equal-interval defaults. */
  domain?: [number, number];
  thresholds?: ThresholdRef[];
  /**
   * A categorical indicator: its values are codes (e.g. exit year 2016…2020, 0 = not designated), each shown as one
   * class with this label, in this order; the map draws one colour per category and the legend lists the labels.
   */
  categories?: IndicatorCategory[];
  /** Relative path (from the manifest) of the column file holding this indicator. */
  file: string;
}

/** A static (year-independent) attribute per county, numeric or categorical. */
export interface AttributeMeta {
  id: string;
  name: LocalText;
  kind: 'number' | 'category';
  /** For categories: allowed values with labels, e.g. region east/central/west. */
  categories?: { value: string; label: LocalText }[];
  file: string;
}

/**
 * What kind of figures a dataset holds, shown by one badge wherever they appear: a seeded synthetic sample
 * (示例数据), real statistics (真实数据, e.g. the 2020 census), or public facts (the 832 poverty counties and exit years).
 */
export type DatasetKind = 'sample' | 'real' | 'facts';

/** The kind of a dataset; manifests without `kind` are samples when flagged so, otherwise the user's own data (null). */
export function datasetKind(manifest: Pick<DatasetManifest, 'sample' | 'kind'>): DatasetKind | null {
  return manifest.kind ?? (manifest.sample ? 'sample' : null);
}

/** The manifest of a dataset (public/data/<id>/manifest.json for shipped ones, IndexedDB for imports). */
export interface DatasetManifest {
  schema: typeof DATASET_SCHEMA_VERSION;
  /** Short id used to qualify indicators ("sample", "myfile"); [a-z0-9_-]+. */
  id: string;
  name: LocalText;
  /** True for synthetic data; the UI labels it 示例数据 / Sample data everywhere it is shown. */
  sample: boolean;
  /** Sample, real statistics or public facts (absent on imports: the user's own data). Never 'real'/'facts' with sample = true. */
  kind?: DatasetKind;
  provenance: DatasetProvenance;
  /** Boundary vintage the county ids refer to. */
  geoVintage: string;
  /** County ids (boundary adcodes) in column order: every column array is indexed by this list. */
  counties: string[];
  /** All years any indicator covers, ascending. */
  years: number[];
  indicators: IndicatorMeta[];
  attributes: AttributeMeta[];
  /** Other content by kind; each entry names its file. Loaded by the feature that needs it. */
  extras?: { kind: 'links' | 'records' | 'sector_panel' | 'rules'; id: string; file: string }[];
}

/**
 * A column file for one indicator (or a small group): values[yearIndex][countyIndex], null for missing.
 * Numbers are rounded to the precision the unit needs to keep files small.
 */
export interface IndicatorColumnFile {
  schema: typeof DATASET_SCHEMA_VERSION;
  indicators: {
    id: string;
    years: number[];
    values: (number | null)[][];
  }[];
}

/** A column file for static attributes: values[countyIndex]. */
export interface AttributeColumnFile {
  schema: typeof DATASET_SCHEMA_VERSION;
  attributes: { id: string; values: (number | string | null)[] }[];
}

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
