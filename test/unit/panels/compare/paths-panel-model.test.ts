import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultIndicatorId, defaultSimilarityProfile, digitsOf, lineChartInputs } from '../../../../src/panels/compare/paths-panel-model';
import { createCountyPositions } from '../../../../src/model/compare/columns';
import { COMPARE_HEX } from '../../../../src/model/compare/colors';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import type { DatasetManifest, IndicatorValues } from '../../../../src/model/indicators/dataset';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const adcodes = index.counties.map((c) => c.adcode);
const positions = createCountyPositions(adcodes);
const values: IndicatorValues = { id: 'v', years: [2020], byYear: new Map([[2020, Float32Array.from(adcodes, (_, i) => i)]]) };
const labels = { national: 'N', province: (p: string) => `P${p}` };

describe('lineChartInputs', () => {
  it('colours each county by its position in the set', () => {
    const { series } = lineChartInputs(values, positions, index.counties, ['130101', '110101'], [2020], labels);
    expect(series.map((s) => s.color)).toEqual([COMPARE_HEX[0], COMPARE_HEX[1]]);
  });

  it('adds the national median and one median per province of the set', () => {
    const { references } = lineChartInputs(values, positions, index.counties, ['130101', '130201', '110101'], [2020], labels);
    expect(references.map((r) => r.id)).toEqual(['national', 'province-130000', 'province-110000']);
  });

  it('takes the provincial median over that province’s counties only', () => {
    const { references } = lineChartInputs(values, positions, index.counties, ['110101'], [2020], labels);
    // Beijing's 8 counties sit at positions 0–7: median 3.5.
    expect(references[1]!.points[0]!.value).toBe(3.5);
  });
});

describe('defaultIndicatorId', () => {
  const manifest = { id: 'sample', indicators: [{ id: 'a' }, { id: 'b' }] } as unknown as DatasetManifest;
  it('follows pane 0 when its indicator is in the dataset', () => {
    expect(defaultIndicatorId(manifest, 'sample:b')).toBe('b');
  });

  it('falls back to the first indicator for another dataset’s indicator', () => {
    expect(defaultIndicatorId(manifest, 'mine:b')).toBe('a');
  });
});

describe('digitsOf', () => {
  it('shows persons whole and percentages with one decimal', () => {
    expect([digitsOf({ unit: 'persons' }), digitsOf({ unit: 'percent' })]).toEqual([0, 1]);
  });
});

describe('defaultSimilarityProfile', () => {
  it('adds one indicator of each other theme, skipping population', () => {
    const m = { indicators: [
      { id: 'inc', theme: 'poverty' }, { id: 'poor', theme: 'poverty' }, { id: 'pop', theme: 'population' },
      { id: 'income', theme: 'income' }, { id: 'tap', theme: 'water' }, { id: 'safe', theme: 'water' }, { id: 'bb', theme: 'network' },
    ] } as unknown as DatasetManifest;
    expect(defaultSimilarityProfile(m, 'inc')).toEqual(['inc', 'income', 'tap', 'bb']);
  });
});
