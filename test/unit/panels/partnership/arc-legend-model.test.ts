import { describe, expect, it } from 'vitest';
import { legendColours, legendYears, niceFloor, widthSamples } from '../../../../src/panels/partnership/arc-legend-model';
import { DEFAULT_ARC_WIDTH_PX, eastProvinceColor } from '../../../../src/model/partnership/style';

describe('arc legend', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect(niceFloor(83_412)).toBe(50_000);
    expect(niceFloor(23)).toBe(20);
    expect(niceFloor(1)).toBe(1);
    expect(niceFloor(0.37)).toBe(0.2);
    expect(niceFloor(5)).toBe(5);
    expect(niceFloor(0)).toBe(0);
    expect(niceFloor(Number.NaN)).toBe(0);
  });

  it('samples round widths of the square-root scale, largest first', () => {
    const samples = widthSamples(83_412);
    expect(samples.map((s) => s.value)).toEqual([50_000, 20_000, 2_000]);
    expect(samples[0]!.widthPx).toBeLessThanOrEqual(DEFAULT_ARC_WIDTH_PX.maxPx);
    expect(samples[0]!.widthPx).toBeGreaterThan(samples[1]!.widthPx);
    expect(samples[1]!.widthPx).toBeGreaterThan(samples[2]!.widthPx);
    expect(widthSamples(0)).toEqual([]);
    expect(widthSamples(3).map((s) => s.value)).toEqual([2, 0.5, 0.1]);
  });

  it('lists each eastern province of the arcs once with its fixed colour', () => {
    const colours = legendColours([{ eastProvince: '440000' }, { eastProvince: '330000' }, { eastProvince: '440000' }], (a) => ({ '330000': '浙江省' })[a]);
    expect(colours).toEqual([
      { adcode: '330000', label: '浙江省', rgb: eastProvinceColor('330000') },
      { adcode: '440000', label: '440000', rgb: eastProvinceColor('440000') },
    ]);
  });

  it('says which year the flows and the map show', () => {
    expect(legendYears(2023, { year: 2020, exact: false })).toEqual({ map: 2023, flow: 2020, same: false });
    expect(legendYears(2019, { year: 2019, exact: true })?.same).toBe(true);
    expect(legendYears(2019, null)).toBeNull();
  });
});
