import { describe, expect, it } from 'vitest';
import { nationalSummary } from '../../../../src/panels/national-summary/national-summary-model';

const adcodes = ['110101', '110102', '130631', '130924', '532601', '630104'];
const values = [4, Number.NaN, 10, 2, 8, 6];

describe('national summary', () => {
  it('sums a count, lists the highest and lowest counties, and counts the missing', () => {
    const s = nationalSummary({ values, adcodes, aggregation: { method: 'sum' }, listed: 2 });
    expect(s?.figure).toEqual({ value: 30, kind: 'sum' });
    expect(s?.counted).toBe(5);
    expect(s?.missing).toBe(1);
    expect(s?.highest).toEqual([{ adcode: '130631', value: 10 }, { adcode: '532601', value: 8 }]);
    expect(s?.lowest).toEqual([{ adcode: '130924', value: 2 }, { adcode: '110101', value: 4 }]);
    expect(s?.bins.reduce((n, b) => n + b.count, 0)).toBe(5);
  });

  it('weights a rate by its weight, and falls back to the county median when the weight is missing', () => {
    const weights = [1, 1, 3, 1, 0, 0];
    const weighted = nationalSummary({ values, adcodes, aggregation: { method: 'weighted_mean', weight: 'pop' }, weights });
    expect(weighted?.figure).toEqual({ value: (4 + 30 + 2) / 5, kind: 'weighted_mean' });
    const unweighted = nationalSummary({ values, adcodes, aggregation: { method: 'weighted_mean', weight: 'pop' } });
    expect(unweighted?.figure).toEqual({ value: 6, kind: 'median' });
  });

  it('gives nothing without any value, and one bar when every county has the same value', () => {
    expect(nationalSummary({ values: [Number.NaN, Number.NaN], adcodes: ['1', '2'], aggregation: { method: 'mean' } })).toBeNull();
    const flat = nationalSummary({ values: [0, 0, 0], adcodes: ['1', '2', '3'], aggregation: { method: 'mean' } });
    expect(flat?.figure.value).toBe(0);
    expect(flat?.bins.filter((b) => b.count > 0)).toHaveLength(1);
  });
});
