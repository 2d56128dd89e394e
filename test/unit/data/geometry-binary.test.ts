import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertBoundaryTopology, buildBaseGeometry, buildCountyGeometry } from '../../../src/data/county-geometry';
import { decodeFirstMapGeometry, hashCountyIds } from '../../../src/data/geometry-binary';
import { buildFirstMapBinary } from '../../../src/data/first-map-build';
import type { CountyIndexJson } from '../../../src/model/geo/county';

const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as CountyIndexJson;
const topology: unknown = JSON.parse(readFileSync('public/geo/counties-lo.topo.json', 'utf8'));
const shipped = readFileSync('public/geo/counties-lo.bin');
const ids = index.counties.map((c) => c.adcode);
const asBuffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('first-map geometry binary', () => {
  it('is up to date: the shipped file is what the build makes from the shipped TopoJSON and index', () => {
    expect(Buffer.compare(Buffer.from(buildFirstMapBinary(topology, index)), shipped)).toBe(0);
  });

  it('decodes to exactly what the geometry worker builds from the TopoJSON (no visual change)', () => {
    assertBoundaryTopology(topology);
    const geometry = buildCountyGeometry(topology, ids);
    const prefecture = new Map(index.counties.map((c) => [c.adcode, c.prefecture]));
    const province = new Map(index.counties.map((c) => [c.adcode, c.province]));
    const base = buildBaseGeometry(topology, (c) => prefecture.get(c), (c) => province.get(c));
    const decoded = decodeFirstMapGeometry(asBuffer(shipped), ids);
    expect(decoded.geometry.partCount).toBe(geometry.partCount);
    for (const key of ['positions', 'partStarts', 'partCounty', 'indices', 'countyPartRange', 'ringStarts', 'countyRingRange'] as const) {
      expect(decoded.geometry[key], key).toEqual(geometry[key]);
    }
    expect(decoded.base).toEqual(JSON.parse(JSON.stringify(base)));
  });

  it('refuses a file built for another county index, and a file that is not one', () => {
    expect(() => decodeFirstMapGeometry(asBuffer(shipped), ids.slice(1))).toThrow(/another county index/);
    expect(() => decodeFirstMapGeometry(asBuffer(shipped), [...ids].reverse())).toThrow(/another county index/);
    expect(() => decodeFirstMapGeometry(asBuffer(new TextEncoder().encode('{"type":"Topology"}')), ids)).toThrow(/not a Tandem/);
    expect(() => decodeFirstMapGeometry(asBuffer(shipped.subarray(0, 5000)), ids)).toThrow(/truncated|JSON/);
  });

  it('hashes the adcode order', () => {
    expect(hashCountyIds(['110101', '110102'])).not.toBe(hashCountyIds(['110102', '110101']));
    expect(hashCountyIds(ids)).toMatch(/^[0-9a-f]{8}$/);
  });
});
