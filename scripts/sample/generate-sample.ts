/**
 * Builds the sample dataset in memory: manifest + one column file per indicator + the attribute file, as
 * strings keyed by path relative to the dataset folder. Pure and deterministic: same index and seed → same bytes.
 */
import type { County, CountyIndexJson } from '../../src/model/geo/county';
import {
  attributeColumnFileSchema,
  DATASET_SCHEMA_VERSION,
  manifestSchema,
  type AttributeColumnFile,
  type AttributeMeta,
  type DatasetManifest,
  type IndicatorColumnFile,
} from '../../src/model/indicators/dataset';
import { parseWithSchema } from '../../src/lib/parse-with-schema';
import { INDICATOR_REGISTRY, SAMPLE_SOURCE, SAMPLE_YEARS, toIndicatorMeta } from '../../src/model/indicators/registry';
import { streamFor } from './prng';
import { computeLatents, type CountyLatent, type RealDesignation } from './sample-latent';
import {
  coverageSeries, expresswaySeries, incidenceSeries, incomeSeries, monitoredSeries, ruralPopulationSeries, seriesRng,
} from './sample-series';

/** Seed of the shipped sample. */
export const DEFAULT_SAMPLE_SEED = 20131;

/** Fixed creation time so that the output is byte-reproducible (the generator's seed is the real identity). */
export const SAMPLE_CREATED_AT = '2025-01-01T00:00:00.000Z';

/** Share of cells left missing at random in the non-poverty indicators, so the no-data path is exercised. */
const MISSING_SHARE = 0.003;

/** Options of generateSample. */
export interface GenerateSampleOptions {
  index: CountyIndexJson;
  seed?: number;
  /** The real designation (adcode → exit year), read from the committed facts dataset (see readRealDesignation). */
  designation: RealDesignation;
}

/** The generated files (path relative to public/data/sample/ → content) and the manifest object. */
export interface GeneratedSample {
  manifest: DatasetManifest;
  files: Map<string, string>;
  latents: CountyLatent[];
}

type SeriesFn = (latent: CountyLatent, years: readonly number[], seed: number) => number[];

function series(id: string): SeriesFn {
  switch (id) {
    case 'poverty_incidence': return (l, ys, s) => incidenceSeries(l, ys, seriesRng(s, l.adcode, id));
    case 'rural_income': return (l, ys, s) => incomeSeries(l, ys, seriesRng(s, l.adcode, id));
    case 'expressway_minutes': return (l, ys, s) => expresswaySeries(l, ys, seriesRng(s, l.adcode, id));
    case 'monitored_households': return (l, ys, s) => monitoredSeries(l, ys, seriesRng(s, l.adcode, id));
    case 'rural_population': return (l, ys) => ruralPopulationSeries(l, ys);
    case 'poor_population': return (l, ys, s) => {
      const inc = incidenceSeries(l, ys, seriesRng(s, l.adcode, 'poverty_incidence'));
      const pop = ruralPopulationSeries(l, ys);
      return inc.map((v, k) => Math.round((v / 100) * pop[k]!));
    };
    default: return (l, ys, s) => coverageSeries(id, l, ys, seriesRng(s, l.adcode, id));
  }
}

const POVERTY_IDS = new Set(['poverty_incidence', 'poor_population', 'rural_population']);

function columnFile(id: string, years: readonly number[], latents: CountyLatent[], seed: number): IndicatorColumnFile {
  const fn = series(id);
  const values: (number | null)[][] = years.map(() => new Array<number | null>(latents.length).fill(null));
  latents.forEach((l, i) => {
    if (l.region === null) return; // outside the 31 provinces: no sample values
    const xs = fn(l, years, seed);
    const holes = streamFor(seed, `${l.adcode}:${id}:missing`);
    xs.forEach((x, k) => {
      const missing = !POVERTY_IDS.has(id) && holes() < MISSING_SHARE;
      values[k]![i] = Number.isNaN(x) || missing ? null : x;
    });
  });
  return { schema: DATASET_SCHEMA_VERSION, indicators: [{ id, years: [...years], values }] };
}

const ATTRIBUTES: AttributeMeta[] = [
  {
    id: 'region', name: { zh: '区域', en: 'Region' }, kind: 'category', file: 'attributes.json',
    categories: [
      { value: 'east', label: { zh: '东部', en: 'East' } },
      { value: 'central', label: { zh: '中部', en: 'Central' } },
      { value: 'west', label: { zh: '西部', en: 'West' } },
    ],
  },
  { id: 'village_count', name: { zh: '建制村数（示例）', en: 'Administrative villages (sample)' }, kind: 'number', file: 'attributes.json' },
];

function attributeFile(latents: CountyLatent[]): AttributeColumnFile {
  return {
    schema: DATASET_SCHEMA_VERSION,
    attributes: [
      { id: 'region', values: latents.map((l) => l.region) },
      { id: 'village_count', values: latents.map((l) => (l.region === null ? null : l.villageCount)) },
    ],
  };
}

/** Generates the whole sample dataset for a boundary index. */
export function generateSample({ index, seed = DEFAULT_SAMPLE_SEED, designation }: GenerateSampleOptions): GeneratedSample {
  const counties: County[] = [...index.counties].sort((a, b) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0));
  const latents = computeLatents(counties, seed, designation);
  const files = new Map<string, string>();
  const indicators = INDICATOR_REGISTRY.map((def) => {
    const file = `columns/${def.id}.json`;
    files.set(file, JSON.stringify(columnFile(def.id, def.years, latents, seed)));
    return toIndicatorMeta(def, { source: SAMPLE_SOURCE, vintage: `sample-${seed}`, file });
  });
  files.set('attributes.json', JSON.stringify(attributeFile(latents)));
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION,
    id: 'sample',
    name: { zh: '示例数据（合成）', en: 'Sample data (synthetic)' },
    sample: true,
    provenance: {
      source: '示例数据 (合成)：由 scripts/sample/build-sample.mjs 按固定种子生成 / Sample data (synthetic): seeded output of scripts/sample/build-sample.mjs',
      license: 'CC0 (synthetic)',
      createdAt: SAMPLE_CREATED_AT,
      generator: { script: 'scripts/sample/build-sample.mjs', seed },
      note:
        '全部数值为合成示例，不是任何真实统计；序列按真实的 832 个国家级贫困县及其摘帽年份（公开事实数据集 poverty_counties）生成，以免与事实相矛盾。示例数据不含错退率、漏评率与群众认可度。 / ' +
        'All values are synthetic, not real statistics. The series follow the real 832 national poverty counties and exit years (the facts dataset poverty_counties) so that they never contradict the facts. The sample has no wrongly-exited, missed-identification or approval rates.',
    },
    geoVintage: index.vintage,
    counties: counties.map((c) => c.adcode),
    years: [...SAMPLE_YEARS],
    indicators,
    attributes: ATTRIBUTES,
    extras: [{ kind: 'rules', id: 'poverty_exit', file: '../rules/poverty-exit.json' }],
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 1));
  return { manifest, files, latents };
}

/** The real designation from the facts dataset's attribute file and manifest (parsed JSON): adcode → exit year. */
export function readRealDesignation(manifestJson: unknown, attributesJson: unknown): Map<string, number> {
  const manifest = parseWithSchema(manifestSchema, manifestJson, 'poverty-counties/manifest.json');
  const file = parseWithSchema(attributeColumnFileSchema(manifest.counties.length), attributesJson, 'poverty-counties/attributes.json');
  if (manifest.kind !== 'facts') throw new Error('not the facts dataset (kind "facts" expected)');
  const designation = file.attributes.find((a) => a.id === 'designation')?.values;
  const exitYear = file.attributes.find((a) => a.id === 'exit_year')?.values;
  if (!designation || !exitYear) throw new Error('the facts dataset has no designation or exit_year attribute');
  const out = new Map<string, number>();
  manifest.counties.forEach((adcode, i) => {
    if (designation[i] !== 'designated') return;
    const y = exitYear[i];
    if (typeof y !== 'number' || y < 2016 || y > 2020) throw new Error(`designated county ${adcode} has no exit year 2016–2020`);
    out.set(adcode, y);
  });
  return out;
}
