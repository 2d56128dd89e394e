import { describe, expect, it } from 'vitest';
import { mercatorPx, placeLabels, placementZoom, textBoxPx, type PlaceableLabel } from '../../../src/lib/label-placement';

const HONG_KONG: PlaceableLabel = { text: '香港', point: [114.17, 22.32] };
const MACAO: PlaceableLabel = { text: '澳门', point: [113.55, 22.19] };
const GUANGDONG: PlaceableLabel = { text: '广东', point: [113.4, 23.4] };

type Box = [number, number, number, number];

/** The screen boxes of a placement (to check that no two overlap). */
function boxes(placed: ReturnType<typeof placeLabels>, sizes: number[], zoom: number): Box[] {
  return placed.flatMap((group, g) =>
    group.map(({ label, offsetPx }) => {
      const [x, y] = mercatorPx(label.point, zoom);
      const { widthPx, heightPx } = textBoxPx(label.text, sizes[g] ?? 0);
      const cx = x + offsetPx[0];
      const cy = y + offsetPx[1];
      return [cx - widthPx / 2, cy - heightPx / 2, cx + widthPx / 2, cy + heightPx / 2] as Box;
    }),
  );
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('label placement', () => {
  it('measures CJK wider than Latin and counts lines', () => {
    expect(textBoxPx('香港', 20)).toEqual({ widthPx: 40, heightPx: 20 });
    expect(textBoxPx('Aomen\n澳门', 20).heightPx).toBe(40);
    expect(textBoxPx('Aomen', 20).widthPx).toBeLessThan(textBoxPx('澳门澳门澳', 20).widthPx);
  });

  it('keeps 香港 and 澳门 both at the national zoom, side by side instead of on top of each other', () => {
    const zoom = 3.5;
    const [provinces] = placeLabels([{ labels: [GUANGDONG, HONG_KONG, MACAO], sizePx: 14 }], zoom);
    expect(provinces?.map((p) => p.label.text)).toEqual(['广东', '香港', '澳门']);
    const placed = boxes([provinces ?? []], [14], zoom);
    for (let i = 0; i < placed.length; i += 1) for (let j = i + 1; j < placed.length; j += 1) expect(overlap(placed[i]!, placed[j]!)).toBe(false);
    // The first in priority keeps its own point; the other moves beside it.
    expect(provinces?.[1]?.offsetPx).toEqual([0, 0]);
    expect(provinces?.[2]?.offsetPx).not.toEqual([0, 0]);
  });

  it('finds 澳门 a place between 香港 and 海南 at the national zoom of a 1920 px pane', () => {
    const HAINAN: PlaceableLabel = { text: '海南', point: [109.8, 19.2] };
    const zoom = 3.25;
    const [placed] = placeLabels([{ labels: [GUANGDONG, HONG_KONG, MACAO, HAINAN], sizePx: 23 }], zoom);
    expect(placed?.map((p) => p.label.text)).toEqual(['广东', '香港', '澳门', '海南']);
    const all = boxes([placed ?? []], [23], zoom);
    for (let i = 0; i < all.length; i += 1) for (let j = i + 1; j < all.length; j += 1) expect(overlap(all[i]!, all[j]!)).toBe(false);
  });

  it('puts every label on its point once zoomed in far enough', () => {
    const [placed] = placeLabels([{ labels: [HONG_KONG, MACAO], sizePx: 14 }], 8);
    expect(placed?.map((p) => p.offsetPx)).toEqual([[0, 0], [0, 0]]);
  });

  it('drops a label that fits nowhere, and places later groups around earlier ones', () => {
    const crowd: PlaceableLabel[] = Array.from({ length: 12 }, (_, i) => ({ text: `县${i}`, point: [110 + i * 0.001, 30] }));
    const [first, second] = placeLabels(
      [
        { labels: crowd.slice(0, 1), sizePx: 16 },
        { labels: crowd.slice(1), sizePx: 12 },
      ],
      4,
    );
    expect(first).toHaveLength(1);
    expect(second!.length).toBeGreaterThan(0);
    expect(second!.length).toBeLessThan(11);
    const all = boxes([first!, second!], [16, 12], 4);
    for (let i = 0; i < all.length; i += 1) for (let j = i + 1; j < all.length; j += 1) expect(overlap(all[i]!, all[j]!)).toBe(false);
  });

  it('places in quarter zoom steps', () => {
    expect([3.49, 3.5, 3.99, 7.2].map(placementZoom)).toEqual([3.25, 3.5, 3.75, 7]);
  });
});
