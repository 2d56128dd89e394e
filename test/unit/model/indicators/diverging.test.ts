import { describe, expect, it } from 'vitest';
import { classify, classRanges, divergingBreaks } from '../../../../src/model/indicators/classify';
import { divergingClassColors, getColorScheme, isDivergingScheme, parseCssColor } from '../../../../src/model/indicators/color-scheme';

/** A change since a year: counties that fell and counties that rose. */
const change = Float32Array.from([-12, -8, -5, -3, -1, 0, 0.5, 2, 4, 9, Number.NaN]);

describe('a midpoint in the classification', () => {
  it('makes the midpoint a break and splits the classes between the two sides', () => {
    const c = classify(change, { method: 'quantile', classCount: 6, midpoint: 0 });
    expect(c.breaks).toContain(0);
    expect(c.midpoint).toBe(0);
    const at = c.breaks.indexOf(0);
    expect(c.breaks.slice(0, at).every((b) => b < 0)).toBe(true);
    expect(c.breaks.slice(at + 1).every((b) => b > 0)).toBe(true);
    expect(c.classCount).toBe(6);
    // A value at the midpoint falls in the first class above it (breaks are inclusive below).
    expect(c.classIndex[5]).toBe(at + 1);
    expect(classRanges(c)[at]?.to).toBe(0);
  });

  it('splits equal intervals on each side of the midpoint', () => {
    expect(divergingBreaks([-10, -5, 0, 5, 20], 'equal_interval', { method: 'equal_interval', classCount: 4 }, 0)).toEqual([-5, 0, 10]);
  });

  it('keeps the classes of a one-sided indicator without inventing the other side', () => {
    const rising = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const c = classify(rising, { method: 'quantile', classCount: 4, midpoint: 0 });
    expect(c.breaks.every((b) => b > 0)).toBe(true);
    expect(c.midpoint).toBeUndefined();
  });

  it('colours each side in its own hue, palest next to the midpoint, warm on the bad side', () => {
    expect(isDivergingScheme('RdYlBu')).toBe(true);
    expect(isDivergingScheme('YlOrRd')).toBe(false);
    const colours = divergingClassColors('RdYlBu', 6, 3, 'lower_better');
    const scheme = getColorScheme('RdYlBu');
    // RdYlBu: red (warm) at t = 0. For a lower-is-better change, high values (rising) are warm (red).
    expect(colours[5]).toEqual(parseCssColor(scheme.interpolator(0.06)));
    expect(colours[0]).toEqual(parseCssColor(scheme.interpolator(0.94)));
    const red = (c: number[]) => c[0]! - c[2]!;
    expect(red(colours[3]!)).toBeGreaterThan(0);
    expect(red(colours[2]!)).toBeLessThan(0);
    expect(red(colours[5]!)).toBeGreaterThan(red(colours[3]!));
    // Higher is better: the sides swap.
    expect(divergingClassColors('RdYlBu', 6, 3, 'higher_better')[0]).toEqual(colours[5]);
  });
});
