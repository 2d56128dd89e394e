import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../scripts/sample/generate-sample';
import { parseAttributeColumnFile, parseIndicatorColumnFile, parseManifest } from '../../../src/data/dataset-loader';
import type { CountyIndexJson } from '../../../src/model/county';
import type { IndicatorValues } from '../../../src/model/dataset';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const sample = generateSample({ index, seed: 7 });
const manifest = parseManifest(JSON.parse(sample.files.get('manifest.json')!));
const n = manifest.counties.length;

function indicator(id: string): IndicatorValues {
  const meta = manifest.indicators.find((m) => m.id === id)!;
  return parseIndicatorColumnFile(JSON.parse(sample.files.get(meta.file)!), n)[0]!;
}
const kinds = new Map(manifest.attributes.map((a) => [a.id, a.kind]));
const attributes = new Map(parseAttributeColumnFile(JSON.parse(sample.files.get('attributes.json')!), n, kinds).map((a) => [a.id, a]));
const region = attributes.get('region')!.values as (string | null)[];
const designation = attributes.get('designation')!.values as (string | null)[];
const exitYear = attributes.get('exit_year')!.values as Float32Array;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('sample generator', () => {
  it('writes the same bytes for the same seed and different ones for another seed', () => {
    const again = generateSample({ index, seed: 7 });
    expect([...again.files.keys()]).toEqual([...sample.files.keys()]);
    for (const [path, content] of sample.files) expect(again.files.get(path), path).toBe(content);
    const other = generateSample({ index, seed: 8 });
    expect(other.files.get('columns/tap_water.json')).not.toBe(sample.files.get('columns/tap_water.json'));
  });

  it('labels everything as sample data', () => {
    expect(manifest.sample).toBe(true);
    expect(manifest.name.zh).toContain('示例数据');
    expect(manifest.provenance.source).toContain('示例数据');
    expect(manifest.provenance.generator).toEqual({ script: 'scripts/sample/build-sample.mjs', seed: 7 });
    for (const m of manifest.indicators) expect(m.source.en, m.id).toBe('Sample data (synthetic)');
    expect(manifest.attributes.find((a) => a.id === 'designation')!.name.zh).toContain('非真实名单');
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
      if (designation[i] !== 'designated') continue;
      designatedCount++;
      const series = inc.years.map((y) => inc.byYear.get(y)![i]!);
      for (let k = 1; k < series.length; k++) expect(series[k]!, `${manifest.counties[i]} ${inc.years[k]}`).toBeLessThanOrEqual(series[k - 1]!);
      const exit = exitYear[i]!;
      expect(exit).toBeGreaterThanOrEqual(2016);
      expect(exit).toBeLessThanOrEqual(2020);
      const line = region[i] === 'west' ? 3 : 2;
      expect(inc.byYear.get(exit)![i]).toBeLessThan(line);
      expect(inc.byYear.get(exit - 1)![i]).toBeGreaterThanOrEqual(line);
      for (const y of [2021, 2022, 2025]) expect(inc.byYear.get(y)![i]).toBe(0);
    }
    expect(designatedCount).toBeGreaterThan(5);
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
});
