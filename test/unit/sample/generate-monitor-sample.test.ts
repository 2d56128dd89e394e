import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSample, readRealDesignation } from '../../../scripts/sample/generate-sample';
import { generateMonitorSample } from '../../../scripts/sample/generate-monitor-sample';
import { parseIndicatorColumnFile, parseManifest } from '../../../src/data/dataset-loader';
import type { CountyIndexJson } from '../../../src/model/geo/county';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const designation = readRealDesignation(
  JSON.parse(readFileSync('public/data/poverty-counties/manifest.json', 'utf8')),
  JSON.parse(readFileSync('public/data/poverty-counties/attributes.json', 'utf8')),
);
const out = generateMonitorSample({ index, seed: 7, designation });
const manifest = parseManifest(JSON.parse(out.files.get('manifest.json')!));
const n = manifest.counties.length;
const values = (id: string) => {
  const meta = manifest.indicators.find((m) => m.id === id)!;
  return parseIndicatorColumnFile(JSON.parse(out.files.get(meta.file)!), n).find((v) => v.id === id)!;
};

describe('monitoring sample generator', () => {
  it('is reproducible and labelled as sample', () => {
    const again = generateMonitorSample({ index, seed: 7, designation });
    for (const [path, content] of out.files) expect(again.files.get(path), path).toBe(content);
    expect(manifest.sample).toBe(true);
    expect(manifest.kind).toBe('sample');
    expect(manifest.name.zh).toContain('示例数据');
  });

  it('gives the exit rates only in a designated county\'s real exit year, all within the lines', () => {
    const wrong = values('wrong_exit_rate');
    const approval = values('approval_rate');
    let seen = 0;
    manifest.counties.forEach((adcode, i) => {
      const exitYear = designation.get(adcode);
      for (const year of wrong.years) {
        const w = wrong.byYear.get(year)![i]!;
        if (year === exitYear) {
          seen++;
          expect(w).toBeLessThan(2);
          expect(approval.byYear.get(year)![i]!).toBeGreaterThanOrEqual(90);
        } else expect(w).toBeNaN();
      }
    });
    expect(seen).toBeGreaterThan(0);
  });

  it('splits the base sample\'s monitored share into the three types, 2021–2025', () => {
    const base = generateSample({ index, seed: 7, designation });
    const baseManifest = parseManifest(JSON.parse(base.files.get('manifest.json')!));
    const meta = baseManifest.indicators.find((m) => m.id === 'monitored_households')!;
    const monitored = parseIndicatorColumnFile(JSON.parse(base.files.get(meta.file)!), n)[0]!;
    const types = ['monitored_unstable_share', 'monitored_marginal_share', 'monitored_sudden_share'].map(values);
    const total = values('monitored_share');
    expect(total.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    let compared = 0;
    for (const year of total.years) {
      for (let i = 0; i < n; i++) {
        const t = total.byYear.get(year)![i]!;
        const b = monitored.byYear.get(year)![i]!;
        if (Number.isNaN(t) || Number.isNaN(b)) continue;
        compared++;
        expect(Math.abs(t - b)).toBeLessThan(0.02);
        expect(Math.abs(types.reduce((s, v) => s + v.byYear.get(year)![i]!, 0) - t)).toBeLessThan(0.011);
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
