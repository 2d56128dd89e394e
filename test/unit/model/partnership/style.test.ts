import { describe, expect, it } from 'vitest';
import {
  arcEndColors,
  arcWidthPx,
  DIMMED_ALPHA,
  EAST_PROVINCE_COLORS,
  eastProvinceColor,
  UNKNOWN_EAST_COLOR,
} from '../../../../src/model/partnership/style';
import { parsePairings } from '../../../../src/model/partnership/pairings';
import { readJson } from './test-data';

describe('eastern province colours', () => {
  it('gives every eastern province of the pairings its own colour', () => {
    const pairings = parsePairings(readJson('public/data/partnerships/pairings.json'));
    const provinces = new Set(pairings.pairs.map((p) => `${p.east.adcode.slice(0, 2)}0000`));
    const colours = [...provinces].map((p) => eastProvinceColor(p).join(','));
    expect(colours).not.toContain(UNKNOWN_EAST_COLOR.join(','));
    expect(new Set(colours).size).toBe(provinces.size);
    expect(Object.keys(EAST_PROVINCE_COLORS)).toHaveLength(9);
  });

  it('falls back to grey for an unknown province', () => {
    expect(eastProvinceColor('650000')).toEqual(UNKNOWN_EAST_COLOR);
  });

  it('dims other provinces when one is highlighted, and fades the arriving end with the gradient', () => {
    expect(arcEndColors('440000', null, false).source[3]).toBe(255);
    expect(arcEndColors('440000', '330000', false).source[3]).toBe(DIMMED_ALPHA);
    expect(arcEndColors('440000', '440000', false).source[3]).toBe(255);
    const g = arcEndColors('440000', null, true);
    expect(g.target[3]).toBeLessThan(g.source[3]);
    expect(g.target.slice(0, 3)).toEqual(g.source.slice(0, 3));
  });
});

describe('arcWidthPx', () => {
  const range = { minPx: 1, maxPx: 11 };

  it('uses a square-root scale between the minimum and maximum widths', () => {
    expect(arcWidthPx(100, 100, range)).toBe(11);
    expect(arcWidthPx(25, 100, range)).toBe(6);
    expect(arcWidthPx(400, 100, range)).toBe(11);
  });

  it('draws missing, zero and negative values at the minimum width (the pairing still exists)', () => {
    expect(arcWidthPx(null, 100, range)).toBe(1);
    expect(arcWidthPx(0, 100, range)).toBe(1);
    expect(arcWidthPx(-5, 100, range)).toBe(1);
    expect(arcWidthPx(5, 0, range)).toBe(1);
  });
});
