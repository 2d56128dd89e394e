import { describe, expect, it } from 'vitest';
import { chartFrame, dodgeLabels, formatYearRanges, valueScale, yearTicks } from '../../../../src/panels/compare/chart-frame';

describe('chartFrame', () => {
  it('sets margins in font units so a larger root font gives larger margins', () => {
    expect(chartFrame(400, 200, 20).left).toBe(2 * chartFrame(400, 200, 10).left);
  });

  it('keeps a plot of at least one font size when the container is tiny', () => {
    const f = chartFrame(10, 10, 14);
    expect(f.right - f.left).toBeGreaterThanOrEqual(14);
    expect(f.bottom - f.top).toBeGreaterThanOrEqual(14);
  });
});

describe('yearTicks', () => {
  const years = Array.from({ length: 13 }, (_, i) => 2013 + i);
  it('labels every year when there is room', () => {
    expect(yearTicks(years, (y) => (y - 2013) * 100, 14)).toHaveLength(13);
  });

  it('thins labels in a narrow chart but keeps the first year', () => {
    const ticks = yearTicks(years, (y) => (y - 2013) * 10, 14);
    expect(ticks.length).toBeLessThan(5);
    expect(ticks[0]!.value).toBe(2013);
  });
});

describe('valueScale', () => {
  it('opens a one-value domain so the value is not on the edge', () => {
    const { scale } = valueScale([5, 5], 100, 0, 14, String);
    expect(scale(5)).toBeGreaterThan(0);
    expect(scale(5)).toBeLessThan(100);
  });
});

describe('dodgeLabels', () => {
  it('pushes overlapping labels apart by the gap, keeping order', () => {
    expect(dodgeLabels([50, 52, 51], 10, 0, 200)).toEqual([50, 70, 60]);
  });

  it('keeps labels inside the range by shifting up from the bottom', () => {
    expect(dodgeLabels([100, 100], 10, 0, 100)).toEqual([90, 100]);
  });

  it('leaves labels that do not collide where they are', () => {
    expect(dodgeLabels([10, 80], 10, 0, 100)).toEqual([10, 80]);
  });
});

describe('formatYearRanges', () => {
  it('joins consecutive years into ranges', () => {
    expect(formatYearRanges([2018, 2013, 2014, 2015])).toBe('2013–2015, 2018');
  });

  it('is empty for no years', () => {
    expect(formatYearRanges([])).toBe('');
  });
});
