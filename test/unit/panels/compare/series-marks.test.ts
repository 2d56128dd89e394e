import { describe, expect, it } from 'vitest';
import { endLabelMarginEm, fitLabel, placeEndLabels, referenceDash, spreadCoincident } from '../../../../src/panels/compare/series-marks';

describe('series marks', () => {
  it('gives every reference median its own dash pattern', () => {
    const dashes = [0, 1, 2, 3].map((i) => referenceDash(i, 14));
    expect(new Set(dashes).size).toBe(4);
    expect(referenceDash(0, 14)).toBe('6.3 4.2');
    expect(referenceDash(0, 28)).toBe('12.6 8.4'); // grows with the font on a wall
  });

  it('places end labels apart, inside the plot, skipping lines without data', () => {
    const labels = placeEndLabels(
      [
        { id: 'a', text: '西湖区', y: 100 },
        { id: 'b', text: '滨江区', y: 101 },
        { id: 'c', text: '无数据', y: null },
      ],
      14,
      0,
      200,
    );
    expect(labels.map((l) => l.id)).toEqual(['a', 'b']);
    expect(Math.abs(labels[0]!.y - labels[1]!.y)).toBeGreaterThanOrEqual(14);
    expect(labels[0]!.anchorY).toBe(100);
  });

  it('sizes the label margin by the longest name, within limits, and cuts what is longer', () => {
    expect(endLabelMarginEm(['西湖区'])).toBeCloseTo(3.8);
    expect(endLabelMarginEm(['Xihuqu'])).toBeCloseTo(6 * 0.55 + 0.8);
    expect(endLabelMarginEm(['新疆维吾尔自治区中位数很长很长的名字'])).toBe(7.5);
    expect(endLabelMarginEm([])).toBe(1);
    expect(fitLabel('新疆维吾尔自治区中位数', 5)).toBe('新疆维吾尔…');
    expect(fitLabel('西湖区', 5)).toBe('西湖区');
  });

  it('spreads coincident points at least minPx apart and leaves lone points', () => {
    const spread = spreadCoincident([{ x: 50, y: 50 }, { x: 50, y: 50 }, { x: 50.5, y: 50 }, { x: 200, y: 10 }, null], 10);
    expect(spread[3]).toEqual({ x: 200, y: 10 });
    expect(spread[4]).toBeNull();
    const group = spread.slice(0, 3) as { x: number; y: number }[];
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(Math.hypot(group[i]!.x - group[j]!.x, group[i]!.y - group[j]!.y)).toBeGreaterThanOrEqual(9.99);
    const cx = group.reduce((s, p) => s + p.x, 0) / 3;
    expect(cx).toBeCloseTo(50 + 0.5 / 3);
  });
});
