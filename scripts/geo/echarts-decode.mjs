// Decoder for echarts' compressed GeoJSON ("UTF8Encoding": true). Pure, no dependencies.
// Each ring is a string of char pairs (x, y): value = charCode - 64, zigzag-encoded,
// delta-coded from the previous vertex (the first from encodeOffsets), scaled by 1/scale.

/** Default echarts quantisation: 1/1024 degree. */
export const DEFAULT_SCALE = 1024;

/** Zigzag-decodes one integer (0→0, 1→-1, 2→1, 3→-2 …). */
export function unzigzag(n) {
  return (n >> 1) ^ -(n & 1);
}

/** Zigzag-encodes one integer (inverse of unzigzag). */
export function zigzag(n) {
  return (n << 1) ^ (n >> 31);
}

/** Decodes one encoded ring string into [lng, lat] pairs. */
export function decodeRing(encoded, offsets, scale = DEFAULT_SCALE) {
  if (typeof encoded !== 'string') throw new TypeError('encoded ring must be a string');
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  let prevX = offsets[0];
  let prevY = offsets[1];
  const out = [];
  for (let i = 0; i < encoded.length; i += 2) {
    const x = unzigzag(encoded.charCodeAt(i) - 64) + prevX;
    const y = unzigzag(encoded.charCodeAt(i + 1) - 64) + prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

/** Encodes a ring (inverse of decodeRing); coordinates are rounded to the 1/scale grid. */
export function encodeRing(ring, scale = DEFAULT_SCALE) {
  const q = ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]);
  if (q.length === 0) return { encoded: '', offsets: [0, 0] };
  const offsets = [q[0][0], q[0][1]];
  let prevX = offsets[0];
  let prevY = offsets[1];
  let s = '';
  for (const [x, y] of q) {
    s += String.fromCharCode(zigzag(x - prevX) + 64, zigzag(y - prevY) + 64);
    prevX = x;
    prevY = y;
  }
  return { encoded: s, offsets };
}

/** Decodes a Polygon/MultiPolygon geometry whose rings are encoded strings. */
export function decodeGeometry(geometry, scale = DEFAULT_SCALE) {
  if (!geometry || !geometry.encodeOffsets) return geometry;
  const { type, coordinates, encodeOffsets } = geometry;
  const poly = (rings, offs) => rings.map((r, i) => decodeRing(r, offs[i], scale));
  if (type === 'Polygon') return { type, coordinates: poly(coordinates, encodeOffsets) };
  if (type === 'MultiPolygon') {
    return { type, coordinates: coordinates.map((p, i) => poly(p, encodeOffsets[i])) };
  }
  throw new Error(`cannot decode geometry type ${type}`);
}

/** Returns a plain GeoJSON FeatureCollection; collections without UTF8Encoding pass through. */
export function decodeFeatureCollection(fc) {
  if (!fc.UTF8Encoding) return fc;
  const scale = fc.UTF8Scale || DEFAULT_SCALE;
  const { UTF8Encoding: _encoding, UTF8Scale: _scale, ...rest } = fc;
  return {
    ...rest,
    features: fc.features.map((f) => ({ ...f, geometry: decodeGeometry(f.geometry, scale) })),
  };
}
