import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../src/model/geo/county';
import type { IndicatorMeta, IndicatorValues } from '../../../src/model/indicators/dataset';
import { NO_DATA_CLASS } from '../../../src/model/indicators/classify';
import { NO_DATA_RGBA, type RGBA } from '../../../src/model/indicators/color-scheme';
import { alignIndicatorValues, buildAlignment } from '../../../src/data/indicator-cache';
import { findIndicatorDefinition, toIndicatorMeta } from '../../../src/model/indicators/registry';
import type { Rule } from '../../../src/model/rules/rule';
import {
  choroplethPalette,
  computePaneChoropleth,
  dimColor,
  dimOutside,
  effectiveMethod,
  getPaneChoropleth,
  paintChoropleth,
  toClassifyMethod,
  type ChoroplethInput,
} from '../../../src/selectors/pane-choropleth';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const N = index.counties.length;
const meta = (id: string): IndicatorMeta =>
  toIndicatorMeta(findIndicatorDefinition(id)!, { source: { zh: 's', en: 's' }, vintage: 't', file: 'f.json' });

function values(column: (i: number) => number, years = [2020]): IndicatorValues {
  return { id: 'v', years, byYear: new Map(years.map((y) => [y, Float32Array.from({ length: N }, (_, i) => column(i) + (y - years[0]!))])) };
}

function input(patch: Partial<ChoroplethInput> = {}): ChoroplethInput {
  return {
    index,
    datasetId: 'sample',
    meta: meta('tap_water'),
    values: values((i) => i),
    year: 2020,
    level: 'county',
    classification: { method: 'quantile', classes: 4, scheme: 'YlOrRd' },
    margin: 1,
    ...patch,
  };
}

const RULE: Rule = {
  id: 'county_exit_incidence',
  version: 't',
  name: { zh: 'r', en: 'r' },
  inForce: { from: '2016-01-01' },
  source: { zh: 's', en: 's' },
  conditions: [
    { indicator: 'poverty_incidence', op: '<', value: 2, regions: ['east', 'central'] },
    { indicator: 'poverty_incidence', op: '<', value: 3, regions: ['west'] },
  ],
};

describe('method names', () => {
  it('maps the view-state names onto classify names', () => {
    expect(['quantile', 'equal', 'jenks', 'manual', 'threshold'].map((m) => toClassifyMethod(m as never))).toEqual([
      'quantile', 'equal_interval', 'natural_breaks', 'manual', 'threshold',
    ]);
  });
  it('falls back to quantile for threshold without a rule or regions', () => {
    expect(effectiveMethod({ classification: { method: 'threshold', classes: 5, scheme: 'x' } })).toBe('quantile');
    expect(effectiveMethod({ classification: { method: 'threshold', classes: 5, scheme: 'x' }, rule: RULE, regions: [] })).toBe('threshold');
  });
});

describe('computePaneChoropleth', () => {
  it('classifies counties at county level, one class per map county', () => {
    const c = computePaneChoropleth(input());
    expect(c.countyClass.length).toBe(N);
    expect(c.classification.classCount).toBe(4);
    expect(c.classification.counts.reduce((a, b) => a + b, 0)).toBe(N);
    expect(c.countyClass[0]).toBe(0);
    expect(c.countyClass[N - 1]).toBe(3);
  });

  it('aggregates to provinces as the registry says and paints every county with its province class', () => {
    // poor_population sums; each province's counties share one value and one class.
    const c = computePaneChoropleth(input({ meta: meta('poor_population'), values: values(() => 1), level: 'province' }));
    expect(c.unitIds).toEqual(index.provinces.map((p) => p.adcode));
    const sizes = index.provinces.map((p) => index.counties.filter((x) => x.province === p.adcode).length);
    Array.from(c.unitValues).forEach((v, i) => (sizes[i] ? expect(v).toBe(sizes[i]) : expect(v).toBeNaN()));
    index.counties.forEach((county, i) => {
      const unit = index.provinces.findIndex((p) => p.adcode === county.province);
      expect(c.countyClass[i]).toBe(c.classification.classIndex[unit]);
    });
  });

  it('uses the weight column for weighted means at prefecture level', () => {
    const weights = Float32Array.from({ length: N }, (_, i) => (i % 4 === 0 ? 3 : 1));
    const c = computePaneChoropleth(input({ values: values((i) => (i % 4 === 0 ? 10 : 0)), level: 'prefecture', weights }));
    // each fixture prefecture has 4 counties: one at 10 (weight 3) and three at 0 (weight 1) → 30 / 6 = 5
    expect(c.unitValues[0]).toBeCloseTo(5);
  });

  it('gives the same classes to a dataset aligned from a different county order', () => {
    const mapOrder = index.counties.map((c) => c.adcode);
    const shuffled = [...mapOrder].reverse();
    const raw: IndicatorValues = { id: 'v', years: [2020], byYear: new Map([[2020, Float32Array.from(shuffled, (a) => Number(a) % 97)]]) };
    const aligned = alignIndicatorValues(raw, buildAlignment(shuffled, mapOrder));
    const direct = values((i) => Number(mapOrder[i]) % 97);
    const a = computePaneChoropleth(input({ values: aligned }));
    const b = computePaneChoropleth(input({ values: direct }));
    expect(Array.from(a.countyClass)).toEqual(Array.from(b.countyClass));
  });

  it('classifies incidence against the 2%/3% lines by region', () => {
    const regions = index.counties.map((c) => (['510000', '520000', '540000', '620000', '650000'].includes(c.province) ? 'west' : 'east') as 'west' | 'east');
    const c = computePaneChoropleth(
      input({
        meta: meta('poverty_incidence'),
        values: values(() => 2.5),
        classification: { method: 'threshold', classes: 3, scheme: 'RdYlBu' },
        margin: 0,
        rule: RULE,
        regions,
      }),
    );
    expect(c.classification.method).toBe('threshold');
    regions.forEach((r, i) => expect(c.countyClass[i]).toBe(r === 'west' ? 0 : 2)); // west passes (2.5 < 3), east fails
  });

  it('marks missing values as no data', () => {
    const c = computePaneChoropleth(input({ values: values((i) => (i === 3 ? Number.NaN : i)) }));
    expect(c.countyClass[3]).toBe(NO_DATA_CLASS);
    expect(c.classification.noDataCount).toBe(1);
  });
});

describe('getPaneChoropleth', () => {
  it('memoises per dataset, indicator, year, level and method; a new year is a new entry', () => {
    const v = values((i) => i, [2019, 2020]);
    const a = getPaneChoropleth(input({ values: v }));
    expect(getPaneChoropleth(input({ values: v }))).toBe(a);
    expect(getPaneChoropleth(input({ values: v, classification: { method: 'quantile', classes: 4, scheme: 'Viridis' } }))).toBe(a); // scheme is palette only
    expect(getPaneChoropleth(input({ values: v, year: 2019 }))).not.toBe(a);
    expect(getPaneChoropleth(input({ values: v, level: 'prefecture' }))).not.toBe(a);
  });
});

describe('palette and paint', () => {
  it('reverses the scheme by polarity: the worst class gets the strong colour', () => {
    const good = choroplethPalette({ classification: computePaneChoropleth(input()).classification, meta: meta('tap_water') }, 'YlOrRd');
    const bad = choroplethPalette({ classification: computePaneChoropleth(input()).classification, meta: meta('poverty_incidence') }, 'YlOrRd');
    expect(good[0]).toEqual(bad[bad.length - 1]);
  });

  it('paints into the reused buffer, dims other classes when one is highlighted, and greys no data', () => {
    const c = computePaneChoropleth(input({ values: values((i) => (i === 0 ? Number.NaN : i)) }));
    const palette: RGBA[] = [[255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255], [9, 9, 9, 255]];
    const buffer = new Uint8Array(N * 4);
    const out = paintChoropleth(c, palette, null, buffer);
    expect(out).toBe(buffer);
    expect(Array.from(out.subarray(0, 4))).toEqual(NO_DATA_RGBA);
    const last = c.countyClass[N - 1]!;
    const hl = paintChoropleth(c, palette, last, buffer);
    expect(Array.from(hl.subarray((N - 1) * 4, N * 4))).toEqual(palette[last]);
    expect(Array.from(hl.subarray(4, 8))).toEqual(dimColor(palette[c.countyClass[1]!]!));
    expect(Array.from(hl.subarray(0, 4))).toEqual(dimColor(NO_DATA_RGBA));
  });

  it('dims the counties the map filter leaves out (poverty counties only)', () => {
    const c = computePaneChoropleth(input({ values: values((i) => i + 1) }));
    const palette: RGBA[] = [[255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255], [9, 9, 9, 255]];
    const keep = new Uint8Array(N).fill(1);
    keep[1] = 0;
    const out = paintChoropleth(c, palette, null, undefined, keep);
    expect(Array.from(out.subarray(4, 8))).toEqual(dimColor(palette[c.countyClass[1]!]!));
    expect(Array.from(out.subarray(0, 4))).toEqual(palette[c.countyClass[0]!]);
  });

  it('shows a categorical indicator by category whatever method the pane has', () => {
    const cats = { ...meta('tap_water'), categories: [{ value: 0, label: { zh: '否', en: 'no' } }, { value: 2019, label: { zh: '2019', en: '2019' } }] };
    const c = computePaneChoropleth(input({ meta: cats, values: values((i) => (i % 2 === 0 ? 0 : 2019)) }));
    expect(c.classification.method).toBe('category');
    expect(c.classification.classCount).toBe(2);
    expect(c.countyClass[0]).toBe(0);
    expect(c.countyClass[1]).toBe(1);
  });
});

describe('map filter dimming', () => {
  it('dims only the counties the filter leaves out, in place, and ignores a mask of another length', () => {
    const colors = new Uint8Array([200, 0, 0, 255, 0, 200, 0, 255, 0, 0, 200, 255]);
    const kept = colors.slice(0, 4);
    const out = dimOutside(colors, new Uint8Array([1, 0, 1]));
    expect(out).toBe(colors);
    expect([...out.slice(0, 4)]).toEqual([...kept]);
    expect([...out.slice(4, 8)]).toEqual(dimColor([0, 200, 0, 255]));
    expect([...out.slice(8, 12)]).toEqual([0, 0, 200, 255]);
    const before = [...colors];
    dimOutside(colors, new Uint8Array([0, 0]));
    dimOutside(colors, null);
    expect([...colors]).toEqual(before);
  });
});

describe('a diverging scheme with a midpoint', () => {
  const change = values((i) => i - Math.floor(N / 2));

  it('splits the classes at the midpoint and colours the two sides apart', () => {
    const c = computePaneChoropleth(input({ values: change, classification: { method: 'quantile', classes: 4, scheme: 'RdYlBu', midpoint: 0 } }));
    expect(c.classification.midpoint).toBe(0);
    expect(c.classification.breaks).toContain(0);
    const palette = choroplethPalette(c, 'RdYlBu');
    expect(palette).toHaveLength(c.classification.classCount);
    const at = c.classification.breaks.indexOf(0) + 1;
    const warmth = (p: RGBA) => p[0] - p[2];
    // tap_water is higher-is-better: the classes below the midpoint are the warm ones.
    expect(warmth(palette[at - 1]!)).toBeGreaterThan(0);
    expect(warmth(palette[at]!)).toBeLessThan(0);
  });

  it('ignores the midpoint with a sequential scheme (and keys the memo by it)', () => {
    const plain = computePaneChoropleth(input({ values: change, classification: { method: 'quantile', classes: 4, scheme: 'YlOrRd', midpoint: 0 } }));
    expect(plain.classification.midpoint).toBeUndefined();
    const a = getPaneChoropleth(input({ values: change, classification: { method: 'quantile', classes: 4, scheme: 'RdYlBu', midpoint: 0 } }));
    const b = getPaneChoropleth(input({ values: change, classification: { method: 'quantile', classes: 4, scheme: 'RdYlBu', midpoint: 2 } }));
    expect(a.key).not.toBe(b.key);
    expect(b.classification.breaks).toContain(2);
  });
});
