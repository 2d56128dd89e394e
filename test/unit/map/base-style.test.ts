import { describe, expect, it } from 'vitest';
import { BASE_COLORS, BASE_COLORS_DARK, baseThemePaint, createBaseStyle, labelColors } from '../../../src/map/base-style';

/** Relative luminance (sRGB, 0–1) of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('base style themes', () => {
  it('the theme paint covers every colour the style bakes in, so a live switch equals a fresh style', () => {
    for (const theme of ['light', 'dark'] as const) {
      const style = createBaseStyle(theme);
      for (const [id, property, value] of baseThemePaint(theme)) {
        const layer = style.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined;
        expect(layer, id).toBeDefined();
        expect(layer!.paint![property]).toBe(value);
      }
      // Every layer with a colour is themed (none left light on the dark map).
      const themed = new Set(baseThemePaint(theme).map(([id]) => id));
      for (const layer of style.layers) expect(themed.has(layer.id), layer.id).toBe(true);
    }
  });

  it('the default style is the light one, and the dark one has the same sources and layers', () => {
    const light = createBaseStyle();
    const dark = createBaseStyle('dark');
    expect(light).toEqual(createBaseStyle('light'));
    expect(Object.keys(dark.sources)).toEqual(Object.keys(light.sources));
    expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
    expect((light.layers[0] as unknown as { paint: Record<string, string> }).paint['background-color']).toBe(BASE_COLORS.sea);
  });

  it('the dark map reads from across a room: dark sea and land, province lines and outline in strong contrast', () => {
    expect(luminance(BASE_COLORS_DARK.sea)).toBeLessThan(0.02);
    expect(luminance(BASE_COLORS_DARK.land)).toBeLessThan(0.05);
    expect(contrast(BASE_COLORS_DARK.provinceBorder, BASE_COLORS_DARK.land)).toBeGreaterThan(7);
    expect(contrast(BASE_COLORS_DARK.outline, BASE_COLORS_DARK.sea)).toBeGreaterThan(10);
    expect(contrast(BASE_COLORS_DARK.land, BASE_COLORS_DARK.sea)).toBeGreaterThan(1.2);
  });

  it('place names turn light with a dark halo on the dark map, and keep the same arrays (no needless layer update)', () => {
    expect(labelColors('dark').color[0]).toBeGreaterThan(200);
    expect(labelColors('dark').outline[0]).toBeLessThan(40);
    expect(labelColors('light').color[0]).toBeLessThan(80);
    expect(labelColors('dark')).toBe(labelColors('dark'));
  });
});
