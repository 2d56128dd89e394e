import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSample, readRealDesignation } from '../../../scripts/sample/generate-sample';
import { NON_DESIGNATED_MAX } from '../../../scripts/sample/sample-series';
import { parseAttributeColumnFile, parseIndicatorColumnFile, parseManifest } from '../../../src/data/dataset-loader';
import type { CountyIndexJson } from '../../../src/model/geo/county';
import type { IndicatorValues } from '../../../src/model/indicators/dataset';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
// The committed facts dataset: the sample's designation is the real one, read from it.
const facts = {
  manifest: JSON.parse(readFileSync('public/data/poverty-counties/manifest.json', 'utf8')) as { counties: string[] },
  attributes: JSON.parse(readFileSync('public/data/poverty-counties/attributes.json', 'utf8')) as unknown,
};
const designation = readRealDesignation(facts.manifest, facts.attributes);
const sample = generateSample({ index, seed: 7, designation });
const manifest = parseManifest(JSON.parse(sample.files.get('manifest.json')!));
const n = manifest.counties.length;

function indicator(id: string): IndicatorValues {
  const meta = manifest.indicators.find((m) => m.id === id)!;
  return parseIndicatorColumnFile(JSON.parse(sample.files.get(meta.file)!), n)[0]!;
}
const kinds = new Map(manifest.attributes.map((a) => [a.id, a.kind]));
const attributes = new Map(parseAttributeColumnFile(JSON.parse(sample.files.get('attributes.json')!), n, kinds).map((a) => [a.id, a]));
const region = attributes.get('region')!.values as (string | null)[];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('sample generator', () => {
  it('writes the same bytes for the same seed and different ones for another seed', () => {
    const again = generateSample({ index, seed: 7, designation });
    expect([...again.files.keys()]).toEqual([...sample.files.keys()]);
    for (const [path, content] of sample.files) expect(again.files.get(path), path).toBe(content);
    const other = generateSample({ index, seed: 8, designation });
    expect(other.files.get('columns/tap_water.json')).not.toBe(sample.files.get('columns/tap_water.json'));
  });

  it('labels everything as sample data', () => {
    expect(manifest.sample).toBe(true);
    expect(manifest.name.zh).toContain('示例数据');
    expect(manifest.provenance.source).toContain('示例数据');
    expect(manifest.provenance.generator).toEqual({ script: 'scripts/sample/build-sample.mjs', seed: 7 });
    for (const m of manifest.indicators) expect(m.source.en, m.id).toBe('Sample data (synthetic)');
    // The sample carries no designation of its own: the real one lives in the facts dataset.
    expect(manifest.attributes.map((a) => a.id)).not.toContain('designation');
    expect(manifest.attributes.map((a) => a.id)).not.toContain('exit_year');
  });

  it('designates exactly the real poverty counties, with their real exit years', () => {
    const counties = new Set(manifest.counties);
    const expected = [...designation].filter(([a]) => counties.has(a));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const latentDesignated = sample.latents.filter((l) => l.designated).map((l) => [l.adcode, l.exitYear] as const);
    expect(new Map(latentDesignated)).toEqual(new Map(expected));
  });

  it('keeps counties that were not designated low', () => {
    const inc = indicator('poverty_incidence');
    for (let i = 0; i < n; i++) {
      if (designation.has(manifest.counties[i]!)) continue;
      for (const y of inc.years) {
        const v = inc.byYear.get(y)![i]!;
        if (!Number.isNaN(v)) expect(v, `${manifest.counties[i]} ${y}`).toBeLessThanOrEqual(NON_DESIGNATED_MAX);
      }
    }
  });

  it('has every registry indicator over 2013–2025 in its own file, monitoring from 2021', () => {
    expect(manifest.years[0]).toBe(2013);
    expect(manifest.years.at(-1)).toBe(2025);
    expect(new Set(manifest.indicators.map((m) => m.file)).size).toBe(manifest.indicators.length);
    expect(indicator('monitored_households').years).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('drops incidence in designated counties below their line by the exit year, and to 0 from 2021', () => {
    const inc = indicator('poverty_incidence');
    let designatedCount = 0;
    for (let i = 0; i < n; i++) {
      const exit = designation.get(manifest.counties[i]!);
      if (exit === undefined) continue;
      designatedCount++;
      const series = inc.years.map((y) => inc.byYear.get(y)![i]!);
      for (let k = 1; k < series.length; k++) expect(series[k]!, `${manifest.counties[i]} ${inc.years[k]}`).toBeLessThanOrEqual(series[k - 1]!);
      expect(exit).toBeGreaterThanOrEqual(2016);
      expect(exit).toBeLessThanOrEqual(2020);
      const line = region[i] === 'west' ? 3 : 2;
      expect(inc.byYear.get(exit)![i]).toBeLessThan(line);
      expect(inc.byYear.get(exit - 1)![i]).toBeGreaterThanOrEqual(line);
      for (const y of [2021, 2022, 2025]) expect(inc.byYear.get(y)![i]).toBe(0);
    }
    expect(designatedCount).toBeGreaterThanOrEqual(3);
  });

  it('keeps poor population consistent with incidence × rural population', () => {
    const inc = indicator('poverty_incidence').byYear.get(2014)!;
    const poor = indicator('poor_population').byYear.get(2014)!;
    const rural = indicator('rural_population').byYear.get(2014)!;
    for (let i = 0; i < n; i++) if (!Number.isNaN(inc[i]!)) expect(Math.abs(poor[i]! - (inc[i]! / 100) * rural[i]!)).toBeLessThanOrEqual(1);
  });

  it('raises coverage over the years', () => {
    for (const id of ['road_hardened_villages', 'tap_water', 'broadband_villages', 'mobile_4g', 'clinic_coverage']) {
      const v = indicator(id);
      const first = v.byYear.get(2013)!;
      const last = v.byYear.get(2025)!;
      const firsts: number[] = [];
      const lasts: number[] = [];
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(first[i]!) || Number.isNaN(last[i]!)) continue;
        expect(last[i]!, `${id} ${manifest.counties[i]}`).toBeGreaterThanOrEqual(first[i]!);
        expect(last[i]!).toBeLessThanOrEqual(100);
        firsts.push(first[i]!);
        lasts.push(last[i]!);
      }
      expect(mean(lasts), id).toBeGreaterThan(mean(firsts) + 5);
    }
  });

  it('has higher incidence in the west than in the east in 2014', () => {
    const inc = indicator('poverty_incidence').byYear.get(2014)!;
    const of = (r: string) => Array.from(inc).filter((v, i) => region[i] === r && !Number.isNaN(v));
    expect(mean(of('west'))).toBeGreaterThan(mean(of('east')));
  });

  it('leaves counties outside the 31 provinces without values', () => {
    const i = manifest.counties.indexOf('710000');
    expect(region[i]).toBeNull();
    expect(indicator('tap_water').byYear.get(2018)![i]).toBeNaN();
  });
});

const shipped = 'public/data/sample/manifest.json';
describe.skipIf(!existsSync(shipped) || !existsSync('public/geo/counties.json'))('shipped sample (public/data/sample)', () => {
  it('parses and covers every county of public/geo/counties.json', () => {
    const m = parseManifest(JSON.parse(readFileSync(shipped, 'utf8')));
    const geo = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;
    expect(m.sample).toBe(true);
    expect(new Set(m.counties)).toEqual(new Set(geo.counties.map((c) => c.adcode)));
    for (const meta of m.indicators) expect(existsSync(`public/data/sample/${meta.file}`), meta.file).toBe(true);
  });

  it('is what the generator writes for its seed and the committed facts (same bytes)', () => {
    const m = parseManifest(JSON.parse(readFileSync(shipped, 'utf8')));
    const geo = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;
    const again = generateSample({ index: geo, seed: m.provenance.generator!.seed, designation });
    for (const [path, content] of again.files) expect(readFileSync(`public/data/sample/${path}`, 'utf8'), path).toBe(content);
  });
});
