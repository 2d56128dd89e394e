/**
 * The first map's geometry as one compact binary, built at build time (scripts/geo/build-first-map.mjs) from the
 * coarse TopoJSON: the counties already triangulated and the base-map meshes already cut, so start-up fetches one
 * file and makes typed-array views instead of parsing TopoJSON and triangulating in a worker.
 *
 * Layout (little-endian): the 4 bytes `TGB1`, a u32 header length, the header as UTF-8 JSON (padded to 4 bytes),
 * then the arrays at the offsets the header names. Coordinates are the TopoJSON's own quantised grid (u16 pairs;
 * lon = q·scale + translate, exactly as topojson-client computes it), so decoding gives the same numbers as the
 * TopoJSON path bit for bit. Triangle indices are stored per part (u16, relative to the part's first vertex).
 * Pure and DOM-free: used by the build script, the app and the tests.
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BaseGeometry, CountyGeometry } from './county-geometry';

const MAGIC = 'TGB1';
const VERSION = 1;

/** The TopoJSON quantisation the coordinates are on. */
export interface Quantization {
  scale: [number, number];
  translate: [number, number];
}

type ArrayKind = 'u16' | 'u32';
interface ArrayEntry {
  kind: ArrayKind;
  offset: number;
  length: number;
}

interface Header {
  version: number;
  /** Number of counties and a hash of their adcodes in order: the file fits only the index it was built for. */
  countyCount: number;
  countyIdsHash: string;
  quantization: Quantization;
  provinceIds: string[];
  /** Per province: 'P' for a Polygon, 'M' for a MultiPolygon (as the TopoJSON has it). */
  provinceTypes: string;
  arrays: Record<string, ArrayEntry>;
}

/** FNV-1a over the adcodes joined by commas, as 8 hex digits. */
export function hashCountyIds(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = ids.join(',');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const LINE_MESHES = ['outline', 'provinceBorders', 'prefectureBorders', 'countyBorders'] as const;

/** Encodes the coarse geometry; throws when a coordinate is off the quantisation grid or a part is too large. */
export function encodeFirstMapGeometry(
  geometry: CountyGeometry,
  base: BaseGeometry,
  countyIds: readonly string[],
  quantization: Quantization,
): Uint8Array {
  const [kx, ky] = quantization.scale;
  const [tx, ty] = quantization.translate;
  const quantise = (x: number, y: number, out: number[]): void => {
    const qx = Math.round((x - tx) / kx);
    const qy = Math.round((y - ty) / ky);
    if (qx < 0 || qx > 0xffff || qy < 0 || qy > 0xffff) throw new Error(`coordinate ${x},${y} outside the grid`);
    out.push(qx, qy);
  };
  const arrays: [string, Uint16Array | Uint32Array][] = [];

  // Counties: positions are Float32 of the grid points; recover the integers and check each decodes back exactly.
  const positions: number[] = [];
  for (let i = 0; i < geometry.positions.length; i += 2) quantise(geometry.positions[i]!, geometry.positions[i + 1]!, positions);
  const q = new Uint16Array(positions);
  for (let i = 0; i < q.length; i += 2) {
    if (Math.fround(q[i]! * kx + tx) !== geometry.positions[i] || Math.fround(q[i + 1]! * ky + ty) !== geometry.positions[i + 1]) {
      throw new Error(`county vertex ${i / 2} is not on the quantisation grid`);
    }
  }
  arrays.push(['county.positions', q]);
  // Triangle indices relative to their part's first vertex; parts are contiguous runs of the index array.
  const partIndexStarts = new Uint32Array(geometry.partCount + 1);
  const local = new Uint16Array(geometry.indices.length);
  let part = 0;
  for (let i = 0; i < geometry.indices.length; i++) {
    const index = geometry.indices[i]!;
    while (part < geometry.partCount - 1 && index >= geometry.partStarts[part + 1]!) partIndexStarts[++part] = i;
    const offset = index - geometry.partStarts[part]!;
    if (offset < 0 || offset > 0xffff) throw new Error(`part ${part} has more than 65,536 vertices`);
    local[i] = offset;
  }
  for (let p = part + 1; p <= geometry.partCount; p++) partIndexStarts[p] = geometry.indices.length;
  arrays.push(['county.localIndices', local], ['county.partIndexStarts', partIndexStarts]);
  arrays.push(
    ['county.partStarts', geometry.partStarts],
    ['county.partCounty', geometry.partCounty],
    ['county.countyPartRange', geometry.countyPartRange],
    ['county.ringStarts', geometry.ringStarts],
    ['county.countyRingRange', geometry.countyRingRange],
  );

  // Provinces: polygons → rings → vertices.
  const provinceIds: string[] = [];
  let provinceTypes = '';
  const provincePolyStarts: number[] = [0];
  const polyRingStarts: number[] = [0];
  const ringVertexStarts: number[] = [0];
  const provinceCoords: number[] = [];
  for (const f of base.provinces.features) {
    provinceIds.push(f.properties.adcode);
    provinceTypes += f.geometry.type === 'Polygon' ? 'P' : 'M';
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      for (const ring of rings) {
        for (const p of ring) quantise(p[0]!, p[1]!, provinceCoords);
        ringVertexStarts.push(provinceCoords.length / 2);
      }
      polyRingStarts.push(ringVertexStarts.length - 1);
    }
    provincePolyStarts.push(polyRingStarts.length - 1);
  }
  arrays.push(
    ['province.polyStarts', new Uint32Array(provincePolyStarts)],
    ['province.ringStarts', new Uint32Array(polyRingStarts)],
    ['province.vertexStarts', new Uint32Array(ringVertexStarts)],
    ['province.coords', new Uint16Array(provinceCoords)],
  );
  for (const name of LINE_MESHES) {
    const starts: number[] = [0];
    const coords: number[] = [];
    for (const line of base[name].geometry.coordinates) {
      for (const p of line) quantise(p[0]!, p[1]!, coords);
      starts.push(coords.length / 2);
    }
    arrays.push([`${name}.starts`, new Uint32Array(starts)], [`${name}.coords`, new Uint16Array(coords)]);
  }

  // Coordinates and indices are stored as differences from the previous value (per component for coordinate
  // pairs), modulo 2^16: neighbours are close, so the file compresses far better, and the wrap-around is lossless.
  for (const [name, a] of arrays) if (a instanceof Uint16Array) deltaEncode(a, name.endsWith('localIndices') ? 1 : 2);

  // Offsets: each array 4-byte aligned after the header.
  const entries: Record<string, ArrayEntry> = {};
  let offset = 0;
  for (const [name, a] of arrays) {
    entries[name] = { kind: a instanceof Uint16Array ? 'u16' : 'u32', offset, length: a.length };
    offset += Math.ceil(a.byteLength / 4) * 4;
  }
  const header: Header = {
    version: VERSION,
    countyCount: countyIds.length,
    countyIdsHash: hashCountyIds(countyIds),
    quantization,
    provinceIds,
    provinceTypes,
    arrays: entries,
  };
  let headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(headerBytes.length / 4) * 4;
  if (padded !== headerBytes.length) {
    const p = new Uint8Array(padded).fill(0x20);
    p.set(headerBytes);
    headerBytes = p;
  }
  const dataStart = 8 + headerBytes.length;
  const out = new Uint8Array(dataStart + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (const [name, a] of arrays) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dataStart + entries[name]!.offset);
  return out;
}

function deltaEncode(a: Uint16Array, stride: number): void {
  for (let i = a.length - 1; i >= stride; i--) a[i] = (a[i]! - a[i - stride]!) & 0xffff;
}

function deltaDecode(a: Uint16Array, stride: number): Uint16Array {
  const out = a.slice();
  for (let i = stride; i < out.length; i++) out[i] = (out[i]! + out[i - stride]!) & 0xffff;
  return out;
}

/** A decoded file: the county geometry and base meshes, exactly as the TopoJSON path builds them. */
export interface FirstMapGeometry {
  geometry: CountyGeometry;
  base: BaseGeometry;
}

/**
 * Decodes a file; throws a readable error when it is not one, or was built for another county index (then the
 * caller loads the TopoJSON instead).
 */
export function decodeFirstMapGeometry(buffer: ArrayBuffer, countyIds: readonly string[]): FirstMapGeometry {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a Tandem first-map geometry file');
  const headerLength = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  if (header.version !== VERSION) throw new Error(`first-map geometry version ${header.version}, expected ${VERSION}`);
  if (header.countyCount !== countyIds.length || header.countyIdsHash !== hashCountyIds(countyIds)) {
    throw new Error('first-map geometry was built for another county index');
  }
  const dataStart = 8 + headerLength;
  const view = (name: string): Uint16Array | Uint32Array => {
    const e = header.arrays[name];
    if (!e) throw new Error(`first-map geometry lacks ${name}`);
    const Ctor = e.kind === 'u16' ? Uint16Array : Uint32Array;
    if (dataStart + e.offset + e.length * Ctor.BYTES_PER_ELEMENT > buffer.byteLength) throw new Error(`first-map geometry is truncated (${name})`);
    const a = new Ctor(buffer, dataStart + e.offset, e.length);
    return a instanceof Uint16Array ? deltaDecode(a, name.endsWith('localIndices') ? 1 : 2) : a;
  };
  const u32 = (name: string): Uint32Array => view(name) as Uint32Array;
  const [kx, ky] = header.quantization.scale;
  const [tx, ty] = header.quantization.translate;

  const q = view('county.positions');
  const positions = new Float32Array(q.length);
  for (let i = 0; i < q.length; i += 2) {
    positions[i] = q[i]! * kx + tx;
    positions[i + 1] = q[i + 1]! * ky + ty;
  }
  const partStarts = u32('county.partStarts');
  const partIndexStarts = u32('county.partIndexStarts');
  const local = view('county.localIndices');
  const indices = new Uint32Array(local.length);
  for (let p = 0; p + 1 < partIndexStarts.length; p++) {
    const first = partStarts[p]!;
    for (let i = partIndexStarts[p]!, end = partIndexStarts[p + 1]!; i < end; i++) indices[i] = local[i]! + first;
  }
  // Copies, so the geometry owns its buffers (the hi geometry's are transferred from a worker the same way).
  const geometry: CountyGeometry = {
    partCount: partStarts.length - 1,
    positions,
    partStarts: partStarts.slice(),
    partCounty: u32('county.partCounty').slice(),
    indices,
    countyPartRange: u32('county.countyPartRange').slice(),
    ringStarts: u32('county.ringStarts').slice(),
    countyRingRange: u32('county.countyRingRange').slice(),
  };

  const point = (coords: Uint16Array, v: number): Position => [coords[v * 2]! * kx + tx, coords[v * 2 + 1]! * ky + ty];
  const polyStarts = u32('province.polyStarts');
  const ringStarts = u32('province.ringStarts');
  const vertexStarts = u32('province.vertexStarts');
  const provinceCoords = view('province.coords') as Uint16Array;
  const provinces: BaseGeometry['provinces'] = {
    type: 'FeatureCollection',
    features: header.provinceIds.map((adcode, i) => {
      const polygons: Position[][][] = [];
      for (let p = polyStarts[i]!; p < polyStarts[i + 1]!; p++) {
        const rings: Position[][] = [];
        for (let r = ringStarts[p]!; r < ringStarts[p + 1]!; r++) {
          const ring: Position[] = [];
          for (let v = vertexStarts[r]!; v < vertexStarts[r + 1]!; v++) ring.push(point(provinceCoords, v));
          rings.push(ring);
        }
        polygons.push(rings);
      }
      const geometry: Polygon | MultiPolygon =
        header.provinceTypes[i] === 'P' ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons };
      return { type: 'Feature', id: adcode, properties: { adcode }, geometry } as Feature<Polygon | MultiPolygon, { adcode: string }>;
    }),
  };
  const mesh = (name: (typeof LINE_MESHES)[number]): Feature<MultiLineString> => {
    const starts = u32(`${name}.starts`);
    const coords = view(`${name}.coords`) as Uint16Array;
    const lines: Position[][] = [];
    for (let l = 0; l + 1 < starts.length; l++) {
      const line: Position[] = [];
      for (let v = starts[l]!; v < starts[l + 1]!; v++) line.push(point(coords, v));
      lines.push(line);
    }
    return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
  };
  return {
    geometry,
    base: {
      provinces,
      outline: mesh('outline'),
      provinceBorders: mesh('provinceBorders'),
      prefectureBorders: mesh('prefectureBorders'),
      countyBorders: mesh('countyBorders'),
    },
  };
}
