import { describe, expect, it } from 'vitest';
import { classify, classOfValue, classRanges, NO_DATA_CLASS, type ClassMethod } from '../../../../src/model/indicators/classify';
import type { Rule } from '../../../../src/model/rules/rule';

const f32 = (xs: number[]) => Float32Array.from(xs);
const DATA_METHODS: ClassMethod[] = ['quantile', 'equal_interval', 'natural_breaks'];

const exitRule: Rule = {
  id: 'county_exit_incidence', version: 't', name: { zh: '', en: '' }, inForce: { from: '2016-04-23', to: '2020-12-31' },
  source: { zh: '', en: '' },
  conditions: [
    { indicator: 'poverty_incidence', op: '<', value: 2, regions: ['east', 'central'] },
    { indicator: 'poverty_incidence', op: '<', value: 3, regions: ['west'] },
  ],
};

describe('classify: value methods', () => {
  it('splits 1..10 into five equal quantile classes', () => {
    const c = classify(f32([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), { method: 'quantile', classCount: 5 });
    expect(c.classCount).toBe(5);
    expect(c.counts).toEqual([2, 2, 2, 2, 2]);
    expect(c.counts.reduce((a, b) => a + b, 0) + c.noDataCount).toBe(10);
  });

  it('puts equal-interval breaks at even steps of the extent', () => {
    const c = classify(f32([0, 1, 5, 9, 10]), { method: 'equal_interval', classCount: 5 });
    expect(c.breaks).toEqual([2, 4, 6, 8]);
    expect(Array.from(c.classIndex)).toEqual([0, 0, 2, 4, 4]);
  });

  it('finds natural breaks between well-separated groups (ckmeans)', () => {
    const c = classify(f32([1, 1.5, 2, 10, 10.5, 20]), { method: 'natural_breaks', classCount: 3 });
    expect(c.breaks).toEqual([10, 20]);
    expect(c.counts).toEqual([3, 2, 1]);
  });

  it('puts a value equal to a break in the upper class', () => {
    expect(classOfValue(2, [2, 4])).toBe(1);
    expect(classOfValue(4, [2, 4])).toBe(2);
    expect(classOfValue(1.999, [2, 4])).toBe(0);
    const c = classify(f32([1.9, 2, 4, 5]), { method: 'manual', breaks: [4, 1.9, 4] });
    expect(c.breaks).toEqual([1.9, 4]);
    // 1.9 is stored as Float32 (1.8999999…) yet still meets the manual break 1.9.
    expect(Array.from(c.classIndex)).toEqual([1, 1, 2, 2]);
  });

  it('gives one class when all values are equal, for every data method', () => {
    for (const method of DATA_METHODS) {
      const c = classify(f32([7, 7, 7, 7]), { method, classCount: 5 });
      expect(c.classCount, method).toBe(1);
      expect(c.counts, method).toEqual([4]);
      expect(c.histogram, method).toEqual([{ x0: 7, x1: 7, count: 4 }]);
    }
  });

  it('counts no-data separately and marks it NO_DATA_CLASS', () => {
    const c = classify(f32([NaN, 1, 2, NaN, 3, 4]), { method: 'quantile', classCount: 2 });
    expect(c.noDataCount).toBe(2);
    expect(c.classIndex[0]).toBe(NO_DATA_CLASS);
    expect(c.classIndex[3]).toBe(NO_DATA_CLASS);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(c.histogram.reduce((a, b) => a + b.count, 0)).toBe(4);
  });

  it('handles all no-data', () => {
    const c = classify(f32([NaN, NaN]), { method: 'natural_breaks' });
    expect(c.extent).toBeNull();
    expect(c.noDataCount).toBe(2);
    expect(c.counts).toEqual([0]);
    expect(c.histogram).toEqual([]);
  });

  it('classifies a single county into one class', () => {
    for (const method of DATA_METHODS) {
      const c = classify(f32([42]), { method, classCount: 5 });
      expect(c.classCount, method).toBe(1);
      expect(Array.from(c.classIndex), method).toEqual([0]);
    }
  });

  it('never leaves an empty bottom class when ties collapse quantile breaks', () => {
    const values = f32([...Array(8).fill(100), 90, 95]);
    const c = classify(values, { method: 'quantile', classCount: 5 });
    expect(c.counts[0]).toBeGreaterThan(0);
    expect(new Set(c.breaks).size).toBe(c.breaks.length);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(c.classIndex[0]).toBe(c.classCount - 1); // the 100s share the top class
  });

  it('uses no more classes than distinct values for natural breaks', () => {
    const c = classify(f32([1, 1, 2, 2, 3]), { method: 'natural_breaks', classCount: 5 });
    expect(c.breaks).toEqual([2, 3]);
    expect(c.counts).toEqual([2, 2, 1]);
  });

  it('reports class ranges closed at the data extent', () => {
    const c = classify(f32([0, 1, 5, 9, 10]), { method: 'equal_interval', classCount: 2 });
    expect(classRanges(c)).toEqual([{ from: 0, to: 5 }, { from: 5, to: 10 }]);
  });
});

describe('classify: official thresholds', () => {
  it('bands each county against its own region line with the margin', () => {
    const values = f32([0.5, 1.5, 2.0, 3.5, 2.5, 1.5, 4.5, NaN, 1]);
    const regions = ['east', 'east', 'central', 'east', 'west', 'west', 'west', 'west', null] as const;
    const c = classify(values, { method: 'threshold', rule: exitRule, regions, margin: 1 });
    // east/central line 2: 0.5 pass, 1.5 near, 2.0 near, 3.5 fail; west line 3: 2.5 near, 1.5 pass, 4.5 fail.
    expect(Array.from(c.classIndex)).toEqual([0, 1, 1, 2, 1, 0, 2, NO_DATA_CLASS, NO_DATA_CLASS]);
    expect(c.counts).toEqual([2, 3, 2]);
    expect(c.noDataCount).toBe(2);
    expect(c.breaksOn).toBe('distance_to_line');
    expect(c.breaks).toEqual([-1, 1]);
    expect(c.lines).toEqual(expect.arrayContaining([{ region: 'west', op: '<', line: 3 }, { region: 'east', op: '<', line: 2 }]));
  });

  it('with margin 0 passes exactly the counties that meet the rule', () => {
    const c = classify(f32([1.9, 2, 2.9, 3]), { method: 'threshold', rule: exitRule, regions: ['east', 'east', 'west', 'west'], margin: 0 });
    expect(Array.from(c.classIndex)).toEqual([0, 2, 0, 2]);
  });

  it('refuses a threshold classification without a rule', () => {
    expect(() => classify(f32([1]), { method: 'threshold' })).toThrow(/rule/);
  });
});

describe('classify: categories', () => {
  it('gives each category value its own class in order; other values have no class', () => {
    const c = classify(new Float32Array([2016, 0, 2020, 2016, Number.NaN, 1999]), { method: 'category', categories: [0, 2016, 2017, 2018, 2019, 2020] });
    expect(c.classCount).toBe(6);
    expect(Array.from(c.classIndex)).toEqual([1, 0, 5, 1, NO_DATA_CLASS, NO_DATA_CLASS]);
    expect(c.counts).toEqual([1, 2, 0, 0, 0, 1]);
    expect(c.noDataCount).toBe(2);
  });
});

describe('classify: quantiles with long tied runs (pooled years after poverty ended)', () => {
  const zerosThenRamp = (zeros: number, ramp: number) => [...Array(zeros).fill(0), ...Array.from({ length: ramp }, (_, i) => i + 1)];

  it('keeps the classes asked for: the zeros a class of their own, the rest in equal shares', () => {
    const c = classify(f32(zerosThenRamp(60, 40)), { method: 'quantile', classCount: 5 });
    expect(c.classCount).toBe(5);
    expect(c.breaks).toEqual([1, 11, 21, 31]);
    expect(c.counts).toEqual([60, 10, 10, 10, 10]);
    expect(Array.from(c.classIndex.slice(0, 60)).every((k) => k === 0)).toBe(true);
  });

  it('never splits a tied run and leaves no class empty', () => {
    const values = [...Array(30).fill(0), ...Array(30).fill(0.5), 1, 2, 3, ...Array(20).fill(4), 5, 6];
    const c = classify(f32(values), { method: 'quantile', classCount: 5 });
    expect(c.counts.every((n) => n > 0)).toBe(true);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(values.length);
    expect(c.classCount).toBe(5);
    // Every value of a run sits in one class.
    const classOf = new Map<number, number>();
    values.forEach((v, i) => {
      const k = c.classIndex[i]!;
      expect(classOf.get(v) ?? k).toBe(k);
      classOf.set(v, k);
    });
  });

  it('gives no more classes than distinct values, the same way every run', () => {
    const values = [...Array(50).fill(0), ...Array(50).fill(2)];
    const a = classify(f32(values), { method: 'quantile', classCount: 5 });
    const b = classify(f32(values), { method: 'quantile', classCount: 5 });
    expect(a.breaks).toEqual([2]);
    expect(a.counts).toEqual([50, 50]);
    expect(b.breaks).toEqual(a.breaks);
  });

  it('leaves data without ties to the plain quantiles', () => {
    const c = classify(f32(Array.from({ length: 10 }, (_, i) => i + 1)), { method: 'quantile', classCount: 5 });
    expect(c.counts).toEqual([2, 2, 2, 2, 2]);
  });
});
