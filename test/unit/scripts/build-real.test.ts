import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAttributeColumnFile, parseIndicatorColumnFile, parseManifest } from '../../../src/data/dataset-loader';
import { createCountyLookup } from '../../../src/model/geo/county-lookup';
import { parseAdcodeChangeList } from '../../../src/model/geo/adcode-change';
import { datasetKind, type DatasetManifest } from '../../../src/model/indicators/dataset';
import type { CountyIndexJson } from '../../../src/model/geo/county';
import { buildRealDatasets } from '../../../scripts/real/build-real-data';
import { CENSUS_FILES, CENSUS_INDICATORS } from '../../../scripts/real/census-2020';
import { OFFICIAL_EXIT_BATCHES } from '../../../scripts/real/poverty-facts';

const FACTS = 'public/data/poverty-counties';
const CENSUS = 'public/data/census2020';
const json = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

function committed(folder: string): { manifest: DatasetManifest; values: Map<string, Float32Array>; attributes: Map<string, (string | null)[] | Float32Array> } {
  const manifest = parseManifest(json(`${folder}/manifest.json`));
  const n = manifest.counties.length;
  const values = new Map<string, Float32Array>();
  for (const file of new Set(manifest.indicators.map((m) => m.file))) {
    for (const v of parseIndicatorColumnFile(json(`${folder}/${file}`), n)) values.set(v.id, v.byYear.get(2020)!);
  }
  const attributes = new Map<string, (string | null)[] | Float32Array>();
  const kinds = new Map(manifest.attributes.map((a) => [a.id, a.kind]));
  for (const file of new Set(manifest.attributes.map((a) => a.file))) {
    for (const a of parseAttributeColumnFile(json(`${folder}/${file}`), n, kinds)) attributes.set(a.id, a.values);
  }
  return { manifest, values, attributes };
}

describe('committed facts dataset (public/data/poverty-counties)', () => {
  const { manifest, values, attributes } = committed(FACTS);
  const designation = attributes.get('designation') as (string | null)[];
  const listed = attributes.get('listed_name') as (string | null)[];
  const exitYear = attributes.get('exit_year') as Float32Array;

  it('is facts, not sample, with one single year', () => {
    expect(datasetKind(manifest)).toBe('facts');
    expect(manifest.sample).toBe(false);
    expect(manifest.years).toEqual([2020]);
    expect(manifest.provenance.source).toContain('Clebeech/ds_project');
  });

  it('lists 832 counties with the official exit batches 28/125/283/344/52', () => {
    const batches: Record<number, number> = {};
    let total = 0;
    manifest.counties.forEach((_, i) => {
      if (designation[i] !== 'designated') return;
      const names = listed[i]!.split('、');
      total += names.length;
      batches[exitYear[i]!] = (batches[exitYear[i]!] ?? 0) + names.length;
    });
    expect(total).toBe(832);
    expect(batches).toEqual(OFFICIAL_EXIT_BATCHES);
  });

  it('has the documented corrections: 双柏县 exits 2018, 文山市 and 临夏市 on their county polygons, 冷湖 in 海西州直辖', () => {
    const at = (a: string) => manifest.counties.indexOf(a);
    expect(exitYear[at('532322')]).toBe(2018);
    expect(designation[at('532601')]).toBe('designated');
    expect(designation[at('622901')]).toBe('designated');
    expect(designation[at('630104')]).toBe('not_designated'); // 西宁市城西区, the code the list wrongly gives 冷湖
    expect(listed[at('632825')]!.split('、').sort()).toEqual(['冷湖行委', '大柴旦行委', '茫崖行委'].sort());
    expect(designation[at('520522')]).toBe('designated'); // 黔西, listed as 520581
  });

  it('shows the exit year as a categorical indicator (0 = not designated)', () => {
    const meta = manifest.indicators.find((m) => m.id === 'exit_year')!;
    expect(meta.categories!.map((c) => c.value)).toEqual([0, 2016, 2017, 2018, 2019, 2020]);
    const v = values.get('exit_year')!;
    manifest.counties.forEach((_, i) => {
      if (designation[i] === 'designated') expect(v[i]).toBe(exitYear[i]);
      else if (designation[i] === 'not_designated') expect(v[i]).toBe(0);
    });
  });
});

describe('committed census dataset (public/data/census2020)', () => {
  const { manifest, values } = committed(CENSUS);

  it('is real data of 2020 with every indicator the issue lists, each with unit, polarity, source and vintage', () => {
    expect(datasetKind(manifest)).toBe('real');
    expect(manifest.years).toEqual([2020]);
    expect(manifest.indicators.map((m) => m.id)).toEqual(CENSUS_INDICATORS.map((d) => d.id));
    for (const m of manifest.indicators) {
      expect(m.years).toEqual([2020]);
      expect(m.source.zh).toContain('2020');
      expect(m.vintage).toContain('2020-11-01');
    }
  });

  it('stores shares as percentages (0–100) and covers ≥ 99% of the polygons inside the 31 provinces', () => {
    for (const m of manifest.indicators.filter((x) => x.unit === 'percent')) {
      const v = values.get(m.id)!;
      const present = Array.from(v).filter((x) => !Number.isNaN(x));
      expect(Math.max(...present), m.id).toBeLessThanOrEqual(100);
      expect(Math.max(...present), m.id).toBeGreaterThan(1); // fractions would all be ≤ 1
    }
    const pop = values.get('tap_water_dwelling')!;
    const inside = manifest.counties.filter((a) => !/^(71|81|82)/.test(a)).length;
    expect(Array.from(pop).filter((x) => !Number.isNaN(x)).length / inside).toBeGreaterThan(0.99);
  });

  it('flags the polygons of merged or split census units as approximate', () => {
    const { manifest: m, attributes } = committed(CENSUS);
    const match = attributes.get('match') as (string | null)[];
    for (const a of ['330327', '440306', '632825', '130521']) expect(match[m.counties.indexOf(a)], a).toBe('approximate');
    expect(match[m.counties.indexOf('110101')]).toBe('exact');
    expect(match[m.counties.indexOf('542421')]).toBe('changed'); // 那曲县 → 色尼区 540602
  });

  it('ships the MIT notice in full and the match report', () => {
    const readme = readFileSync(`${CENSUS}/README.md`, 'utf8');
    expect(readme).toContain('Permission is hereby granted, free of charge');
    expect(readme).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
    expect(readme).toMatch(/Special areas with unofficial XXYY7Z codes: 134/);
    expect(readme).toContain('| 232762 | 松岭区 |');
  });
});

const shared = '../shared/data';
const hasShared = existsSync(join(shared, 'SOURCES.md'));
if (!hasShared) console.warn(`build-real tests: ${shared} not found — skipping the checks against the source tables`);

describe.skipIf(!hasShared)('npm run build:real against ../shared/data', () => {
  const index = json('public/geo/counties.json') as CountyIndexJson;
  const lookup = createCountyLookup(index, parseAdcodeChangeList(json('public/geo/changes.json')));
  const sources = {
    povertyCsv: readFileSync(join(shared, 'poverty_counties/poverty_county_list.csv'), 'utf8'),
    census: Object.fromEntries(CENSUS_FILES.map((f) => [f, readFileSync(join(shared, `census2020/tudigong/${f}.csv`), 'utf8')])) as Record<(typeof CENSUS_FILES)[number], string>,
  };
  const built = buildRealDatasets(sources, index, lookup);

  it('reproduces the committed files byte for byte', () => {
    for (const [path, content] of built.files) expect(readFileSync(`public/data/${path}`, 'utf8'), path).toBe(content);
  });

  it('has the values of the source tables for a handful of counties', () => {
    const { manifest, values } = committed(CENSUS);
    const at = (a: string) => manifest.counties.indexOf(a);
    const row = (file: string, code: string): Record<string, string> => {
      const lines = readFileSync(join(shared, `census2020/tudigong/${file}.csv`), 'utf8').replace(/^\uFEFF/, '').split('\n');
      const header = lines[0]!.split(',');
      const cells = lines.find((l) => l.startsWith(`${code},`))!.split(',');
      return Object.fromEntries(header.map((h, i) => [h, cells[i]!]));
    };
    // 东城区 (exact code), 从江县 and 屏边 (poverty counties), 阿克陶县 (name error in the source), 色尼区 (2017 code).
    const cases: [string, string][] = [['110101', '110101'], ['522633', '522633'], ['532523', '532523'], ['653022', '653022'], ['540602', '542421']];
    for (const [code, polygon] of cases) {
      for (const d of CENSUS_INDICATORS) {
        const raw = Number(row(d.file, code)[d.column]);
        const expected = d.scale === 'fraction_to_percent' ? raw * 100 : raw;
        expect(values.get(d.id)![at(polygon)], `${code} ${d.id}`).toBeCloseTo(expected, 3);
      }
    }
  });

  it('corrects 路北区 household size 225 → 2.25 and keeps #DIV/0! cells missing', () => {
    const { manifest, values } = committed(CENSUS);
    expect(values.get('household_size')![manifest.counties.indexOf('130203')]).toBeCloseTo(2.25, 5);
    expect(values.get('schooling_years')![manifest.counties.indexOf('350527')]).toBeNaN(); // 金门县: #DIV/0!
  });

  it('matches ≥ 99% of the standard rows, reports the 134 special areas unmatched and flags merged/split units', () => {
    const s = built.censusSummary;
    expect(s.specialAreas).toBe(134);
    expect(s.matchRate).toBeGreaterThanOrEqual(0.99);
    expect(s.unmatched.filter((r) => r.status === 'special_area')).toHaveLength(134);
    expect(s.unmatched.every((r) => r.note.length > 0)).toBe(true);
    const longgang = built.census.rows.find((r) => r.code === '330383')!;
    expect(longgang.adcodes).toEqual(['330327']);
    expect(longgang.approximate).toBe(true);
  });

  it('fails loudly when a batch total is off', () => {
    const broken = sources.povertyCsv.replace('532322.0,双柏县,西部,云南省,楚雄彝族自治州,2019.0', '532322.0,双柏县,西部,云南省,楚雄彝族自治州,2018.0');
    expect(() => buildRealDatasets({ ...sources, povertyCsv: broken }, index, lookup)).toThrow(/双柏县/);
    const dropped = sources.povertyCsv.split('\n').filter((l) => !l.startsWith('130631.0')).join('\n');
    expect(() => buildRealDatasets({ ...sources, povertyCsv: dropped }, index, lookup)).toThrow(/831 counties.*|exit batch 2016/s);
  });
});
