import { describe, it, expect } from 'vitest';
import {
  decodeRing,
  encodeRing,
  decodeGeometry,
  decodeFeatureCollection,
  unzigzag,
  zigzag,
} from '../../../scripts/geo/echarts-decode.mjs';

describe('zigzag', () => {
  it('maps 0,1,2,3,4 to 0,-1,1,-2,2 and back', () => {
    expect([0, 1, 2, 3, 4].map(unzigzag)).toEqual([0, -1, 1, -2, 2]);
    expect([0, -1, 1, -2, 2].map(zigzag)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('decodeRing', () => {
  it('decodes a hand-encoded ring (offsets, zigzag deltas, 1/1024 scale)', () => {
    // start at (1024, 2048) → (1°, 2°); deltas (0,0), (+2,-1), (-2,+1)
    const s = String.fromCharCode(64, 64, 64 + 4, 64 + 1, 64 + 3, 64 + 2);
    expect(decodeRing(s, [1024, 2048])).toEqual([
      [1, 2],
      [1 + 2 / 1024, 2 - 1 / 1024],
      [1, 2],
    ]);
  });

  it('round-trips real-looking coordinates on the 1/1024 grid', () => {
    const ring = [
      [121.4580078125, 31.220703125],
      [121.45703125, 31.224609375],
      [121.4677734375, 31.224609375],
      [121.4580078125, 31.220703125],
    ];
    const { encoded, offsets } = encodeRing(ring);
    expect(decodeRing(encoded, offsets)).toEqual(ring);
  });

  it('rejects odd-length strings', () => {
    expect(() => decodeRing('@', [0, 0])).toThrow();
  });
});

describe('decodeGeometry / decodeFeatureCollection', () => {
  const a = encodeRing([[100, 30], [100.5, 30], [100.5, 30.5], [100, 30]]);
  const b = encodeRing([[101, 31], [101.25, 31], [101.25, 31.25], [101, 31]]);

  it('decodes Polygon and MultiPolygon with per-ring offsets', () => {
    const poly = decodeGeometry({ type: 'Polygon', coordinates: [a.encoded], encodeOffsets: [a.offsets] }) as {
      coordinates: number[][][];
    };
    expect(poly.coordinates[0]?.[2]).toEqual([100.5, 30.5]);
    const multi = decodeGeometry({
      type: 'MultiPolygon',
      coordinates: [[a.encoded], [b.encoded]],
      encodeOffsets: [[a.offsets], [b.offsets]],
    }) as { coordinates: number[][][][] };
    expect(multi.coordinates[1]?.[0]?.[1]).toEqual([101.25, 31]);
  });

  it('strips the encoding flag and passes plain collections through', () => {
    const fc = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        { type: 'Feature', id: '310101', properties: { name: 'x' },
          geometry: { type: 'Polygon', coordinates: [a.encoded], encodeOffsets: [a.offsets] } },
      ],
    };
    const out = decodeFeatureCollection(fc);
    expect('UTF8Encoding' in out).toBe(false);
    expect(out.features[0]?.geometry.coordinates).toEqual([[[100, 30], [100.5, 30], [100.5, 30.5], [100, 30]]]);
    const plain = { type: 'FeatureCollection', features: [] };
    expect(decodeFeatureCollection(plain)).toBe(plain);
  });
});
