import { describe, expect, it } from 'vitest';
import { NO_DATA_CLASS } from '../../../../src/model/indicators/classify';
import { classColors, COLOR_SCHEMES, fillColorsFor, NO_DATA_RGBA, parseCssColor, thresholdColors, type RGBA } from '../../../../src/model/indicators/color-scheme';

const luminance = ([r, g, b]: RGBA) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe('colour schemes', () => {
  it('parses what d3 interpolators return', () => {
    expect(parseCssColor('rgb(253, 137, 60)')).toEqual([253, 137, 60, 255]);
    expect(parseCssColor('#21918c')).toEqual([33, 145, 140, 255]);
  });

  it('gives the strong (dark) end to the bad end, reversing for higher-is-better', () => {
    for (const scheme of COLOR_SCHEMES.filter((s) => s.kind === 'sequential')) {
      const bad = classColors(scheme.id, 5, 'lower_better');
      expect(luminance(bad[4]!), scheme.id).toBeLessThan(luminance(bad[0]!));
      const good = classColors(scheme.id, 5, 'higher_better');
      expect(luminance(good[0]!), scheme.id).toBeLessThan(luminance(good[4]!));
      expect(good, scheme.id).toEqual([...bad].reverse());
    }
  });

  it('treats neutral indicators like lower-is-better (high = strong)', () => {
    expect(classColors('YlGnBu', 4, 'neutral')).toEqual(classColors('YlGnBu', 4, 'lower_better'));
  });

  it('colours threshold fail with the warm end of a diverging scheme', () => {
    for (const id of ['RdYlBu', 'PuOr', 'BrBG']) {
      const [pass, , fail] = thresholdColors(id);
      expect(fail![0], id).toBeGreaterThan(fail![2]); // warm: more red than blue
      expect(pass).not.toEqual(fail);
    }
  });

  it('packs class colours for deck.gl with the no-data grey', () => {
    const palette = classColors('YlOrRd', 2, 'lower_better');
    const out = fillColorsFor(Uint8Array.from([0, NO_DATA_CLASS, 1]), palette);
    expect(Array.from(out.slice(4, 8))).toEqual(NO_DATA_RGBA);
    expect(Array.from(out.slice(8, 12))).toEqual(palette[1]);
    expect(NO_DATA_RGBA[0]).toBe(NO_DATA_RGBA[2]); // grey, unlike any scheme colour
  });
});
