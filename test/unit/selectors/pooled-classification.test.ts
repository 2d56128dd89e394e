import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../src/model/geo/county';
import type { IndicatorMeta, IndicatorValues } from '../../../src/model/indicators/dataset';
import { classify, classifyWithBreaks, NO_DATA_CLASS, pooledBreaks } from '../../../src/model/indicators/classify';
import { classColors } from '../../../src/model/indicators/color-scheme';
import { findIndicatorDefinition, toIndicatorMeta } from '../../../src/model/indicators/registry';
import { choroplethPalette, getPaneChoropleth, type ChoroplethInput } from '../../../src/selectors/pane-choropleth';
import { buildLegendModel } from '../../../src/panels/legend/legend-model';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const N = index.counties.length;
const meta = (id: string): IndicatorMeta =>
  toIndicatorMeta(findIndicatorDefinition(id)!, { source: { zh: 's', en: 's' }, vintage: 't', file: 'f.json' });

/** Values per year from a function of (county, year); each call makes a new values object (a new memo identity). */
function series(years: number[], value: (i: number, year: number) => number): IndicatorValues {
  return { id: 'v', years, byYear: new Map(years.map((y) => [y, Float32Array.from({ length: N }, (_, i) => value(i, y))])) };
}

function input(values: IndicatorValues, year: number, patch: Partial<ChoroplethInput> = {}): ChoroplethInput {
  return {
    index, datasetId: 'sample', meta: meta('poverty_incidence'), values, year, level: 'county',
    classification: { method: 'quantile', classes: 4, scheme: 'YlOrRd' }, margin: 1, ...patch,
  };
}

// Poverty falling to zero: 2013 from 0 to ~2N, halving each year, all 0 from 2020.
const YEARS = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021];
const falling = (i: number, y: number): number => (y >= 2020 ? 0 : (i * 2) / 2 ** (y - 2013));

describe('classes fixed across years (pooled breaks)', () => {
  it('keeps the breaks while the year changes, and only the class assignment follows the year', () => {
    const v = series(YEARS, falling);
    const a = getPaneChoropleth(input(v, 2013));
    const b = getPaneChoropleth(input(v, 2016));
    const c = getPaneChoropleth(input(v, 2021));
    expect(a.classification.breaks.length).toBeGreaterThan(0);
    expect(b.classification.breaks).toEqual(a.classification.breaks);
    expect(c.classification.breaks).toEqual(a.classification.breaks);
    expect(a.fixedYears).toEqual([2013, 2021]);
    // The legend's outer ends are the pooled range too, so the labels stay put.
    expect(b.classification.extent).toEqual(a.classification.extent);
    // Falling poverty moves counties into lower classes: change shows, not rank.
    const meanClass = (x: Uint8Array): number => x.reduce((s, k) => s + k, 0) / x.length;
    expect(meanClass(b.countyClass)).toBeLessThan(meanClass(a.countyClass));
    expect([...c.countyClass].every((k) => k === 0)).toBe(true);
  });

  it('equals the breaks of the pooled values of every year', () => {
    const v = series(YEARS, falling);
    const expected = pooledBreaks(YEARS.map((y) => v.byYear.get(y)!), { method: 'quantile', classCount: 4 });
    expect(getPaneChoropleth(input(v, 2016)).classification.breaks).toEqual(expected.breaks);
  });

  it('per year (relative view) recomputes the breaks for each year', () => {
    const v = series(YEARS, falling);
    const perYear = { method: 'quantile', classes: 4, scheme: 'YlOrRd', perYear: true } as const;
    const a = getPaneChoropleth(input(v, 2013, { classification: perYear }));
    const b = getPaneChoropleth(input(v, 2016, { classification: perYear }));
    expect(b.classification.breaks).not.toEqual(a.classification.breaks);
    expect(a.fixedYears).toBeNull();
    expect(a.classification.breaks).toEqual(classify(v.byYear.get(2013)!, { method: 'quantile', classCount: 4 }).breaks);
  });

  it('gives a lower-is-better zero the best class colour, pooled or per year, never the middle of the scale', () => {
    const v = series(YEARS, falling);
    const best = classColors('YlOrRd', 5, 'lower_better')[0];
    const pooled = getPaneChoropleth(input(v, 2020, { classification: { method: 'quantile', classes: 5, scheme: 'YlOrRd' } }));
    expect([...pooled.countyClass].every((k) => k === 0)).toBe(true);
    expect(choroplethPalette(pooled, 'YlOrRd')[0]).toEqual(best);
    const perYear = getPaneChoropleth(input(v, 2020, { classification: { method: 'quantile', classes: 5, scheme: 'YlOrRd', perYear: true } }));
    expect(perYear.classification.classCount).toBe(1);
    expect(choroplethPalette(perYear, 'YlOrRd')).toEqual([best]);
    expect(choroplethPalette(perYear, 'YlOrRd')[0]).not.toEqual(classColors('YlOrRd', 1, 'lower_better')[0]);
  });

  it('keeps no data as no data and zero as a value (class 0), in every year', () => {
    const v = series(YEARS, (i, y) => (i % 3 === 0 ? Number.NaN : falling(i, y)));
    for (const year of [2013, 2020]) {
      const c = getPaneChoropleth(input(v, year));
      for (let i = 0; i < N; i++) {
        if (i % 3 === 0) expect(c.countyClass[i]).toBe(NO_DATA_CLASS);
        else expect(c.countyClass[i]).not.toBe(NO_DATA_CLASS);
      }
      expect(c.classification.noDataCount).toBe(Math.ceil(N / 3));
    }
    // A year the data lack entirely is no data everywhere, not a class.
    const missing = getPaneChoropleth(input(v, 2030));
    expect([...missing.countyClass].every((k) => k === NO_DATA_CLASS)).toBe(true);
  });

  it('handles ties: a break at the minimum is dropped, so the zeros form a non-empty bottom class', () => {
    const pooled = pooledBreaks([new Float32Array([0, 0, 0, 0, 0, 0, 1, 2]), new Float32Array([0, 0, 0, 0, 3, 4, 5, 6])], { method: 'quantile', classCount: 4 });
    expect(pooled.breaks[0]).toBeGreaterThan(0);
    const c = classifyWithBreaks(new Float32Array([0, 0, 6, Number.NaN]), 'quantile', pooled.breaks, { extent: pooled.extent });
    expect(c.classIndex[0]).toBe(0);
    expect(c.counts[0]).toBe(2);
    expect(c.classIndex[3]).toBe(NO_DATA_CLASS);
    expect(c.extent).toEqual([0, 6]);
  });

  it('a single-year indicator (the 2020 census) has the breaks of its one year, fixed across that year', () => {
    const v = series([2020], (i) => i % 7);
    const c = getPaneChoropleth(input(v, 2020, { meta: meta('tap_water') }));
    expect(c.fixedYears).toEqual([2020, 2020]);
    expect(c.classification.breaks).toEqual(classify(v.byYear.get(2020)!, { method: 'quantile', classCount: 4 }).breaks);
  });

  it('pools aggregated values at province level', () => {
    const v = series(YEARS, falling);
    const li = getPaneChoropleth(input(v, 2013, { meta: meta('poor_population'), level: 'province' }));
    const later = getPaneChoropleth(input(v, 2018, { meta: meta('poor_population'), level: 'province' }));
    expect(later.classification.breaks).toEqual(li.classification.breaks);
    expect(li.unitIds?.length).toBe(li.classification.classIndex.length);
  });
});

describe('a classification shared with a pane at another year', () => {
  it('uses the leader year\'s breaks per year, so both panes compare like with like', () => {
    const v = series(YEARS, falling);
    const perYear = { method: 'quantile', classes: 4, scheme: 'YlOrRd', perYear: true } as const;
    const leader = getPaneChoropleth(input(v, 2013, { classification: perYear }));
    const follower = getPaneChoropleth(input(v, 2016, { classification: perYear, breaksYear: 2013 }));
    expect(follower.classification.breaks).toEqual(leader.classification.breaks);
    expect(follower.breaksYear).toBe(2013);
    expect(follower.key).not.toBe(getPaneChoropleth(input(v, 2016, { classification: perYear })).key);
  });
});

describe('the legend says how the classes were made', () => {
  it('fixed across the years, shared with other panes, years never formatted as quantities', () => {
    const v = series(YEARS, falling);
    const c = getPaneChoropleth(input(v, 2016));
    const zh = buildLegendModel({ choropleth: c, palette: choroplethPalette(c, 'YlOrRd'), lang: 'zh-CN', highlight: null, margin: 1, sharedWith: [1] });
    expect(zh.scope).toBe('2013–2021 固定分级');
    expect(zh.shared).toBe('与窗格 2 共用分级');
    const en = buildLegendModel({ choropleth: c, palette: choroplethPalette(c, 'YlOrRd'), lang: 'en', highlight: null, margin: 1, sharedWith: [0, 2] });
    expect(en.scope).toBe('Classes fixed across 2013–2021');
    expect(en.shared).toBe('Classes shared with pane 1, 3');
    const p = getPaneChoropleth(input(v, 2016, { classification: { method: 'quantile', classes: 4, scheme: 'YlOrRd', perYear: true } }));
    const perYear = buildLegendModel({ choropleth: p, palette: choroplethPalette(p, 'YlOrRd'), lang: 'en', highlight: null, margin: 1 });
    expect(perYear.scope).toBe('Classes of 2016 only');
    expect(perYear.shared).toBe('');
  });
});
