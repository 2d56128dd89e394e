/**
 * Turns the boundary TopoJSON into what the GPU draws: county polygons triangulated once into flat binary arrays
 * (shared by every pane), plus border meshes (each shared edge once) and land/province GeoJSON for the base style.
 * Pure and DOM-free so it runs in the geometry worker, in Node tests and in benchmarks.
 */
import earcut from 'earcut';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Triangulated county polygons as binary arrays, ready for a deck.gl SolidPolygonLayer in binary mode. */
export interface CountyGeometry {
  /** Number of polygon parts (a county with islands has several). */
  partCount: number;
  /** Flat [lng, lat, lng, lat, …] of every ring vertex, all parts concatenated. */
  positions: Float32Array;
  /** Vertex index where each part starts; length partCount + 1. */
  partStarts: Uint32Array;
  /** County index (into the county id list) of each part. */
  partCounty: Uint32Array;
  /** Triangle vertex indices into `positions` (global, not per part). */
  indices: Uint32Array;
  /** Per county: first and last-plus-one part index, so a county's parts are partRange[2c]..partRange[2c+1]. */
  countyPartRange: Uint32Array;
  /** Outline rings of each county for hover/selection outlines: flat positions and ring starts per county. */
  ringStarts: Uint32Array;
  /** First ring index of each county; length countyCount + 1. */
  countyRingRange: Uint32Array;
}

/** Border lines and base polygons for the maplibre style. */
export interface BaseGeometry {
  /** Province polygons (land), property `adcode`. */
  provinces: FeatureCollection<Polygon | MultiPolygon, { adcode: string }>;
  /** Coastline and land border (edges used by one county only). */
  outline: Feature<MultiLineString>;
  /** Edges between provinces. */
  provinceBorders: Feature<MultiLineString>;
  /** Edges between prefectures of the same province. */
  prefectureBorders: Feature<MultiLineString>;
  /** Edges between counties of the same prefecture. */
  countyBorders: Feature<MultiLineString>;
}

type AnyTopology = Topology<{ counties: GeometryCollection; prefectures: GeometryCollection; provinces: GeometryCollection }>;

/** Checks the shape of parsed TopoJSON before using it; throws a readable error for the wrong file. */
export function assertBoundaryTopology(value: unknown): asserts value is AnyTopology {
  const v = value as { type?: unknown; objects?: Record<string, unknown> } | null;
  if (!v || v.type !== 'Topology' || !v.objects || !v.objects['counties'] || !v.objects['provinces'] || !v.objects['prefectures']) {
    throw new Error('not a Tandem boundary TopoJSON (needs objects counties, prefectures, provinces)');
  }
}

/** Triangulates the counties of a boundary topology in the order of `countyIds`. Unknown ids are skipped. */
export function buildCountyGeometry(topology: AnyTopology, countyIds: readonly string[]): CountyGeometry {
  const order = new Map(countyIds.map((id, i) => [id, i]));
  const fc = feature(topology, topology.objects.counties) as FeatureCollection<Polygon | MultiPolygon>;
  const polysByCounty: Position[][][][] = countyIds.map(() => []);
  for (const f of fc.features) {
    const index = order.get(String(f.id));
    if (index === undefined || !f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    polysByCounty[index]!.push(...polys);
  }

  let vertexCount = 0;
  let partCount = 0;
  let ringCount = 0;
  for (const polys of polysByCounty) {
    for (const rings of polys) {
      partCount++;
      for (const ring of rings) {
        vertexCount += ring.length;
        ringCount++;
      }
    }
  }
  const positions = new Float32Array(vertexCount * 2);
  const partStarts = new Uint32Array(partCount + 1);
  const partCounty = new Uint32Array(partCount);
  const countyPartRange = new Uint32Array(countyIds.length * 2);
  const ringStarts = new Uint32Array(ringCount + 1);
  const countyRingRange = new Uint32Array(countyIds.length + 1);
  const indexChunks: number[][] = [];
  let indexTotal = 0;

  let v = 0;
  let part = 0;
  let ring = 0;
  polysByCounty.forEach((polys, county) => {
    countyPartRange[county * 2] = part;
    countyRingRange[county] = ring;
    for (const rings of polys) {
      partStarts[part] = v;
      partCounty[part] = county;
      const flat: number[] = [];
      const holes: number[] = [];
      for (const r of rings) {
        if (flat.length) holes.push(flat.length / 2);
        ringStarts[ring++] = v + flat.length / 2;
        for (const p of r) flat.push(p[0]!, p[1]!);
      }
      positions.set(flat, v * 2);
      const local = earcut(flat, holes, 2);
      const base = v;
      const global = new Array<number>(local.length);
      for (let i = 0; i < local.length; i++) global[i] = local[i]! + base;
      indexChunks.push(global);
      indexTotal += global.length;
      v += flat.length / 2;
      part++;
    }
    countyPartRange[county * 2 + 1] = part;
  });
  partStarts[partCount] = v;
  ringStarts[ringCount] = v;
  countyRingRange[countyIds.length] = ring;
  const indices = new Uint32Array(indexTotal);
  let offset = 0;
  for (const chunk of indexChunks) {
    indices.set(chunk, offset);
    offset += chunk.length;
  }
  return { partCount, positions, partStarts, partCounty, indices, countyPartRange, ringStarts, countyRingRange };
}

/** Builds the base-map geometry; `prefectureOf`/`provinceOf` map a county id to its parents. */
export function buildBaseGeometry(
  topology: AnyTopology,
  prefectureOf: (county: string) => string | undefined,
  provinceOf: (county: string) => string | undefined,
): BaseGeometry {
  const counties = topology.objects.counties;
  const id = (g: { id?: string | number }): string => String(g.id);
  const provinces = feature(topology, topology.objects.provinces) as FeatureCollection<Polygon | MultiPolygon>;
  return {
    provinces: {
      type: 'FeatureCollection',
      features: provinces.features.map((f) => ({ ...f, properties: { adcode: String(f.id) } })),
    },
    outline: asFeature(mesh(topology, counties, (a, b) => a === b)),
    provinceBorders: asFeature(mesh(topology, counties, (a, b) => a !== b && provinceOf(id(a)) !== provinceOf(id(b)))),
    prefectureBorders: asFeature(
      mesh(topology, counties, (a, b) => a !== b && provinceOf(id(a)) === provinceOf(id(b)) && prefectureOf(id(a)) !== prefectureOf(id(b))),
    ),
    countyBorders: asFeature(mesh(topology, counties, (a, b) => a !== b && prefectureOf(id(a)) === prefectureOf(id(b)))),
  };
}

function asFeature(geometry: MultiLineString): Feature<MultiLineString> {
  return { type: 'Feature', properties: {}, geometry };
}

/** Every transferable buffer of a CountyGeometry, for postMessage. */
export function geometryTransferables(g: CountyGeometry): ArrayBuffer[] {
  return [g.positions, g.partStarts, g.partCounty, g.indices, g.countyPartRange, g.ringStarts, g.countyRingRange].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
