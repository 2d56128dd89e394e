/**
 * Builds the two shipped real datasets in memory, as files keyed by path under public/data/:
 *   poverty-counties/  facts: designation, exit year, region of the 832 national poverty counties
 *   census2020/        real: 15 county indicators of the 2020 census
 * Each folder gets its manifest, column files and a README with sources, licences, corrections and the match
 * report. Pure and deterministic: the same source texts and boundary index give the same bytes.
 */
import type { CountyIndexJson } from '../../src/model/geo/county';
import type { CountyLookup } from '../../src/model/geo/county-lookup';
import {
  DATASET_SCHEMA_VERSION, type AttributeColumnFile, type AttributeMeta, type DatasetManifest, type IndicatorColumnFile, type IndicatorMeta, type LocalText,
} from '../../src/model/indicators/dataset';
import { regionOfAdcode } from '../../src/model/geo/region';
import { buildPovertyFacts, exitYearByAdcode, type PovertyFacts } from './poverty-facts';
import { buildCensus, censusAggregation, CENSUS_INDICATORS, summariseCensusMatch, type CensusBuild, type CensusFile, type CensusMatchSummary } from './census-2020';
import { censusReadme, factsReadme } from './real-readmes';

/** Folder (under public/data/) and id of each dataset. */
export const FACTS_DATASET = { id: 'poverty_counties', folder: 'poverty-counties' } as const;
export const CENSUS_DATASET = { id: 'census2020', folder: 'census2020' } as const;

/** Fixed creation time so output is byte-reproducible; the sources' own dates are in the provenance. */
export const REAL_CREATED_AT = '2026-11-29T00:00:00.000Z';

/** Minimum share of standard census rows that must land on a county. */
export const MIN_CENSUS_MATCH_RATE = 0.99;

/** Exit-year classes of the categorical layer: 0 = not a national poverty county. */
export const EXIT_YEAR_CATEGORIES: { value: number; label: LocalText }[] = [
  { value: 0, label: { zh: '非国家级贫困县', en: 'Not a national poverty county' } },
  ...[2016, 2017, 2018, 2019, 2020].map((y) => ({ value: y, label: { zh: `${y} 年摘帽`, en: `Exited ${y}` } })),
];

/** Source texts the build reads (paths relative to the --from folder). */
export interface RealSources {
  povertyCsv: string;
  census: Record<CensusFile, string>;
}

/** Everything built: files by path under public/data/, and the checked figures for the CLI's summary. */
export interface RealBuild {
  files: Map<string, string>;
  facts: PovertyFacts;
  census: CensusBuild;
  censusSummary: CensusMatchSummary;
}

const FACTS_SOURCE: LocalText = {
  zh: '国务院扶贫开发领导小组及各省贫困县退出公告（2016–2020）；经马克数据网整理、Clebeech/ds_project 收录的名单',
  en: 'State Council Leading Group and provincial announcements of poverty-county exits (2016–2020), as compiled by 马克数据网 and read from Clebeech/ds_project',
};
const CENSUS_SOURCE: LocalText = {
  zh: '国家统计局《中国人口普查分县资料—2020》，经 thebamboogrove/tudigong 整理（MIT）',
  en: 'NBS, Tabulation on the 2020 China Population Census by County, via thebamboogrove/tudigong (MIT)',
};

function factsDataset(index: CountyIndexJson, counties: string[], facts: PovertyFacts): Map<string, string> {
  const exitYears = exitYearByAdcode(facts.facts);
  const listRegion = new Map<string, string>();
  const listedNames = new Map<string, string[]>();
  for (const f of facts.facts) {
    for (const a of f.adcodes) {
      listRegion.set(a, f.region);
      listedNames.set(a, [...(listedNames.get(a) ?? []), f.name]);
    }
  }
  const inChina = counties.map((a) => regionOfAdcode(a) !== null);
  const attributes: AttributeMeta[] = [
    {
      id: 'designation', name: { zh: '国家级贫困县认定', en: 'National poverty county' }, kind: 'category', file: 'attributes.json',
      categories: [
        { value: 'designated', label: { zh: '国家级贫困县', en: 'National poverty county' } },
        { value: 'not_designated', label: { zh: '非国家级贫困县', en: 'Not a national poverty county' } },
      ],
    },
    { id: 'exit_year', name: { zh: '摘帽年份', en: 'Exit year' }, kind: 'number', file: 'attributes.json' },
    {
      id: 'region', name: { zh: '区域', en: 'Region' }, kind: 'category', file: 'attributes.json',
      categories: [
        { value: 'east', label: { zh: '东部', en: 'East' } },
        { value: 'central', label: { zh: '中部', en: 'Central' } },
        { value: 'west', label: { zh: '西部', en: 'West' } },
      ],
    },
    { id: 'listed_name', name: { zh: '名单所列名称', en: 'Name in the list' }, kind: 'category', file: 'attributes.json' },
  ];
  const attributeFile: AttributeColumnFile = {
    schema: DATASET_SCHEMA_VERSION,
    attributes: [
      { id: 'designation', values: counties.map((a, i) => (!inChina[i] ? null : exitYears.has(a) ? 'designated' : 'not_designated')) },
      { id: 'exit_year', values: counties.map((a) => exitYears.get(a) ?? null) },
      // The list's region for listed counties (it agrees with the province rule); the province rule elsewhere.
      { id: 'region', values: counties.map((a) => listRegion.get(a) ?? regionOfAdcode(a)) },
      { id: 'listed_name', values: counties.map((a) => listedNames.get(a)?.join('、') ?? null) },
    ],
  };
  const exitIndicator: IndicatorMeta = {
    id: 'exit_year',
    name: { zh: '国家级贫困县摘帽年份', en: 'Poverty-county exit year' },
    definition: {
      zh: '832 个国家级贫困县及其宣布退出（摘帽）的年份；其余县为“非国家级贫困县”',
      en: 'The 832 national poverty counties and the year each was announced as exited; other counties are "not designated"',
    },
    unit: 'year',
    unitLabel: { zh: '年', en: 'year' },
    theme: 'poverty',
    polarity: 'neutral',
    years: [2020],
    level: 'county',
    aggregation: { method: 'max' },
    source: FACTS_SOURCE,
    vintage: '2014 list (国开办发〔2014〕), exits announced 2016–2020',
    categories: EXIT_YEAR_CATEGORIES,
    file: 'columns/exit_year.json',
  };
  const exitColumn: IndicatorColumnFile = {
    schema: DATASET_SCHEMA_VERSION,
    indicators: [{ id: 'exit_year', years: [2020], values: [counties.map((a, i) => (!inChina[i] ? null : (exitYears.get(a) ?? 0)))] }],
  };
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION,
    id: FACTS_DATASET.id,
    name: { zh: '832 个国家级贫困县与摘帽年份', en: 'The 832 national poverty counties and exit years' },
    sample: false,
    kind: 'facts',
    provenance: {
      source: `${FACTS_SOURCE.zh} / ${FACTS_SOURCE.en}`,
      license: 'Public facts (government announcements); the compilation states no licence, only facts are shipped',
      createdAt: REAL_CREATED_AT,
      label: { zh: '国家级贫困县名单与摘帽公告', en: 'Poverty-county list and exit announcements' },
      note: 'Built by scripts/real/build-real.mjs; corrections and placement in public/data/poverty-counties/README.md',
    },
    geoVintage: index.vintage,
    counties,
    years: [2020],
    indicators: [exitIndicator],
    attributes,
  };
  return new Map([
    ['manifest.json', JSON.stringify(manifest, null, 1)],
    ['attributes.json', JSON.stringify(attributeFile)],
    ['columns/exit_year.json', JSON.stringify(exitColumn)],
  ]);
}

function censusDataset(index: CountyIndexJson, counties: string[], census: CensusBuild): Map<string, string> {
  const indicators: IndicatorMeta[] = CENSUS_INDICATORS.map((d) => ({
    id: d.id, name: d.name, definition: d.definition, unit: d.unit, unitLabel: d.unitLabel, theme: d.theme, polarity: d.polarity,
    years: [2020], level: 'county', aggregation: censusAggregation(d),
    source: { zh: `${CENSUS_SOURCE.zh}；字段 ${d.column}`, en: `${CENSUS_SOURCE.en}; column ${d.column}` },
    vintage: 'census 2020-11-01; 2021 county units mapped to the 2016 boundaries',
    domain: d.domain,
    file: 'columns/census.json',
  }));
  const column: IndicatorColumnFile = {
    schema: DATASET_SCHEMA_VERSION,
    indicators: CENSUS_INDICATORS.map((d) => ({ id: d.id, years: [2020], values: [census.values.get(d.id)!] })),
  };
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION,
    id: CENSUS_DATASET.id,
    name: { zh: '2020 年第七次全国人口普查（分县）', en: '2020 census by county' },
    sample: false,
    kind: 'real',
    provenance: {
      source: `${CENSUS_SOURCE.zh} / ${CENSUS_SOURCE.en}`,
      license: 'MIT, Copyright (c) 2025 thebamboogrove (full notice in public/data/census2020/README.md)',
      createdAt: REAL_CREATED_AT,
      label: { zh: '2020 年第七次全国人口普查', en: '2020 census' },
      note: 'Built by scripts/real/build-real.mjs; match report in public/data/census2020/README.md',
    },
    geoVintage: index.vintage,
    counties,
    years: [2020],
    indicators,
    attributes: [
      {
        id: 'match', name: { zh: '与 2016 年边界的对应', en: 'Match to the 2016 boundaries' }, kind: 'category', file: 'attributes.json',
        categories: [
          { value: 'exact', label: { zh: '代码一致', en: 'Same code' } },
          { value: 'changed', label: { zh: '经区划变更对应', en: 'Through the change list' } },
          { value: 'approximate', label: { zh: '近似（合并或拆分的单元）', en: 'Approximate (merged or split unit)' } },
        ],
      },
    ],
  };
  const byPolygon = new Map<string, string>();
  for (const row of census.rows) {
    for (const a of row.adcodes) {
      const kind = row.approximate ? 'approximate' : row.status === 'exact' ? 'exact' : 'changed';
      const before = byPolygon.get(a);
      if (before !== 'approximate') byPolygon.set(a, before && before !== kind ? 'approximate' : kind);
    }
  }
  const attributeFile: AttributeColumnFile = {
    schema: DATASET_SCHEMA_VERSION,
    attributes: [{ id: 'match', values: counties.map((a) => byPolygon.get(a) ?? null) }],
  };
  return new Map([
    ['manifest.json', JSON.stringify(manifest, null, 1)],
    ['columns/census.json', JSON.stringify(column)],
    ['attributes.json', JSON.stringify(attributeFile)],
  ]);
}

/** Builds both datasets; throws (with every failed check) when a check fails. */
export function buildRealDatasets(sources: RealSources, index: CountyIndexJson, lookup: CountyLookup): RealBuild {
  const counties = [...index.counties].map((c) => c.adcode).sort();
  const facts = buildPovertyFacts(sources.povertyCsv, lookup);
  const census = buildCensus(sources.census, lookup, counties);
  const summary = summariseCensusMatch(census.rows);
  const problems: string[] = [];
  if (summary.matchRate < MIN_CENSUS_MATCH_RATE) problems.push(`census match rate ${(summary.matchRate * 100).toFixed(2)}% < ${MIN_CENSUS_MATCH_RATE * 100}%`);
  if (summary.specialAreas !== 134) problems.push(`${summary.specialAreas} special-area rows, SOURCES.md documents 134`);
  if (problems.length > 0) throw new Error(`The census build fails its checks:\n- ${problems.join('\n- ')}`);

  const files = new Map<string, string>();
  for (const [p, c] of factsDataset(index, counties, facts)) files.set(`${FACTS_DATASET.folder}/${p}`, c);
  files.set(`${FACTS_DATASET.folder}/README.md`, factsReadme(facts, lookup));
  for (const [p, c] of censusDataset(index, counties, census)) files.set(`${CENSUS_DATASET.folder}/${p}`, c);
  files.set(`${CENSUS_DATASET.folder}/README.md`, censusReadme(census, summary, lookup));
  return { files, facts, census, censusSummary: summary };
}
