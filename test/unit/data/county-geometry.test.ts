import { describe, expect, it } from 'vitest';
import { assertBoundaryTopology, buildBaseGeometry, buildCountyGeometry } from '../../../src/data/county-geometry';

/**
 * Two unit squares side by side sharing one arc (arc 0, the middle edge), plus a square with a square hole.
 * Arcs are absolute coordinates (no transform).
 */
function fixture() {
  const topology = {
    type: 'Topology',
    arcs: [
      [[1, 0], [1, 1]], // 0: shared edge x=1
      [[1, 1], [0, 1], [0, 0], [1, 0]], // 1: rest of left square
      [[1, 0], [2, 0], [2, 1], [1, 1]], // 2: rest of right square
      [[10, 0], [10, 4], [14, 4], [14, 0], [10, 0]], // 3: outer ring of holed county
      [[11, 1], [13, 1], [13, 3], [11, 3], [11, 1]], // 4: hole
    ],
    objects: {
      counties: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '110101', arcs: [[0, 1]] },
          { type: 'Polygon', id: '110102', arcs: [[2, ~0]] },
          { type: 'Polygon', id: '130102', arcs: [[3], [4]] },
        ],
      },
      prefectures: { type: 'GeometryCollection', geometries: [] },
      provinces: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '110000', arcs: [[1, 2]] },
          { type: 'Polygon', id: '130000', arcs: [[3], [4]] },
        ],
      },
    },
  };
  assertBoundaryTopology(topology);
  return topology;
}

describe('county geometry', () => {
  it('triangulates every county part with global indices', () => {
    const g = buildCountyGeometry(fixture(), ['110101', '110102', '130102']);
    expect(g.partCount).toBe(3);
    expect(Array.from(g.partCounty)).toEqual([0, 1, 2]);
    // A square is 2 triangles; a square with a square hole is 8.
    expect(g.indices.length).toBe((2 + 2 + 8) * 3);
    const vertexCount = g.positions.length / 2;
    expect(Math.max(...g.indices)).toBeLessThan(vertexCount);
    // Indices of part 1 stay inside part 1's vertex range.
    const part1 = Array.from(g.indices.slice(6, 12));
    expect(part1.every((i) => i >= g.partStarts[1]! && i < g.partStarts[2]!)).toBe(true);
  });

  it('keeps holes as separate rings of the same county', () => {
    const g = buildCountyGeometry(fixture(), ['110101', '110102', '130102']);
    expect(g.countyRingRange[3]! - g.countyRingRange[2]!).toBe(2);
  });

  it('orders parts by the given county list and skips unknown ids', () => {
    const g = buildCountyGeometry(fixture(), ['130102', '110101']);
    expect(g.partCount).toBe(2);
    expect(Array.from(g.partCounty)).toEqual([0, 1]);
    expect(Array.from(g.countyPartRange)).toEqual([0, 1, 1, 2]);
  });

  it('draws each shared edge once, split by level', () => {
    const prefecture = { '110101': '110100', '110102': '110100', '130102': '130100' } as Record<string, string>;
    const province = { '110101': '110000', '110102': '110000', '130102': '130000' } as Record<string, string>;
    const base = buildBaseGeometry(fixture(), (c) => prefecture[c], (c) => province[c]);
    expect(base.countyBorders.geometry.coordinates).toEqual([[[1, 0], [1, 1]]]);
    expect(base.provinceBorders.geometry.coordinates).toEqual([]);
    expect(base.outline.geometry.coordinates.length).toBeGreaterThan(0);
    expect(base.provinces.features.map((f) => f.properties.adcode)).toEqual(['110000', '130000']);
  });

  it('rejects a file that is not a boundary topology', () => {
    expect(() => assertBoundaryTopology({ type: 'FeatureCollection' })).toThrow(/boundary TopoJSON/);
  });
});
