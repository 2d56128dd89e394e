/** A [lng, lat] position. */
export type Position = [number, number];
/** Encoded ring plus its start offset (integer grid units). */
export interface EncodedRing { encoded: string; offsets: [number, number] }
/** Default echarts quantisation: 1/1024 degree. */
export declare const DEFAULT_SCALE: number;
/** Zigzag-decodes one integer. */
export declare function unzigzag(n: number): number;
/** Zigzag-encodes one integer. */
export declare function zigzag(n: number): number;
/** Decodes one encoded ring string into [lng, lat] pairs. */
export declare function decodeRing(encoded: string, offsets: readonly number[], scale?: number): Position[];
/** Encodes a ring (inverse of decodeRing). */
export declare function encodeRing(ring: readonly (readonly number[])[], scale?: number): EncodedRing;
/** Decodes a Polygon/MultiPolygon geometry whose rings are encoded strings. */
export declare function decodeGeometry(geometry: unknown, scale?: number): unknown;
/** Returns a plain GeoJSON FeatureCollection; plain collections pass through. */
export declare function decodeFeatureCollection(fc: unknown): { type: string; features: { type: string; id?: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };
