import { describe, expect, it } from 'vitest';
import { createCountyFillData, createCountyFillLayer } from '../../../src/layers/county-fill-layer';
import { createCountyOutlineLayer, type OutlinePath } from '../../../src/layers/county-outline-layer';
import { createLabelLayer } from '../../../src/layers/label-layer';
import type { CountyGeometry } from '../../../src/data/county-geometry';

// Two parts: part 0 belongs to county 1, part 1 to county 0.
const geometry = {
  partCount: 2,
  partStarts: Uint32Array.from([0, 3]),
  positions: Float32Array.from([0, 0, 1, 0, 0, 1, 2, 2, 3, 2, 2, 3]),
  indices: Uint32Array.from([0, 1, 2, 3, 4, 5]),
  partCounty: Uint32Array.from([1, 0]),
} as unknown as CountyGeometry;

describe('county layer factories (typed deck.gl props)', () => {
  it('fill: stable data per geometry, colours read from the table through the part → county map', () => {
    const data = createCountyFillData(geometry);
    expect(createCountyFillData(geometry)).toBe(data);
    const colors = Uint8Array.from([10, 20, 30, 255, 40, 50, 60, 128]);
    const layer = createCountyFillLayer({ pane: 2, data, colors, colorVersion: 'v1', beforeId: 'county-borders' });
    expect(layer.id).toBe('county-fill-2');
    expect(layer.props.data).toBe(data);
    expect(layer.props.updateTriggers).toEqual({ getFillColor: 'v1' });
    const getFillColor = layer.props.getFillColor as unknown as (d: unknown, info: { index: number; target: number[] }) => number[];
    expect(getFillColor(null, { index: 0, target: [0, 0, 0, 0] })).toEqual([40, 50, 60, 128]);
    expect(getFillColor(null, { index: 1, target: [0, 0, 0, 0] })).toEqual([10, 20, 30, 255]);
  });

  it('outline and labels: stable ids and the data passed through', () => {
    const paths: OutlinePath[] = [{ path: Float32Array.from([0, 0, 1, 1]), color: [1, 2, 3, 4], widthPx: 2 }];
    const outline = createCountyOutlineLayer(0, 'hover', paths);
    expect(outline.id).toBe('county-outline-hover-0');
    expect(outline.props.data).toBe(paths);
    const labels = [{ label: { text: '贵州', point: [106.7, 26.6] as [number, number] }, offsetPx: [0, 18] as [number, number] }];
    const label = createLabelLayer({ pane: 1, level: 'province', labels, sizePx: 14, visible: false });
    expect(label.id).toBe('labels-province-1');
    expect(label.props.data).toBe(labels);
    expect(label.props.visible).toBe(false);
    const offset = label.props.getPixelOffset as unknown as (d: (typeof labels)[number]) => [number, number];
    expect(offset(labels[0]!)).toEqual([0, 18]);
    expect(label.props.maxWidth).toBe(-1);
  });
});
