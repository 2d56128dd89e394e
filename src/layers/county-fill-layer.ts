/**
 * County fill layer factory: the pre-triangulated county polygons in binary form, coloured from a per-county
 * RGBA table. Changing indicator, year or scheme passes a new colour table and bumps `colorVersion`; the geometry
 * (`data`) stays the same object, so deck.gl only rewrites the colour attribute.
 */
import { SolidPolygonLayer } from '@deck.gl/layers';
import type { CountyGeometry } from '../data/county-geometry';

/** Inputs of the county fill layer. */
export interface CountyFillLayerProps {
  /** Pane index, part of the layer id so ids are stable per pane. */
  pane: number;
  /** Stable binary data object from `createCountyFillData` (same object for the same geometry). */
  data: CountyFillData;
  /** RGBA per county index (4 bytes each). */
  colors: Uint8Array;
  /** Changes whenever `colors` content changes (drives updateTriggers). */
  colorVersion: string;
  /** maplibre layer id the fills are drawn beneath (borders stay on top). */
  beforeId?: string;
  pickable?: boolean;
  visible?: boolean;
}

/** deck.gl binary data plus the part → county mapping the accessors need. */
export interface CountyFillData {
  length: number;
  startIndices: Uint32Array;
  attributes: {
    getPolygon: { value: Float32Array; size: 2 };
    indices: Uint32Array;
  };
  partCounty: Uint32Array;
}

const dataCache = new WeakMap<CountyGeometry, CountyFillData>();

/** Wraps county geometry as deck.gl binary data, once per geometry object (stable reference). */
export function createCountyFillData(geometry: CountyGeometry): CountyFillData {
  let data = dataCache.get(geometry);
  if (!data) {
    data = {
      length: geometry.partCount,
      startIndices: geometry.partStarts,
      attributes: { getPolygon: { value: geometry.positions, size: 2 }, indices: geometry.indices },
      partCounty: geometry.partCounty,
    };
    dataCache.set(geometry, data);
  }
  return data;
}

/** Creates the county fill layer of a pane. */
export function createCountyFillLayer(props: CountyFillLayerProps): SolidPolygonLayer<unknown> {
  const { pane, data, colors, colorVersion, beforeId, pickable = true, visible = true } = props;
  const partCounty = data.partCounty;
  return new SolidPolygonLayer<unknown>({
    id: `county-fill-${pane}`,
    data,
    _normalize: false,
    positionFormat: 'XY',
    filled: true,
    extruded: false,
    pickable,
    visible,
    getFillColor: (_: unknown, info: { index: number; target: number[] }) => {
      const c = (partCounty[info.index] ?? 0) * 4;
      // deck.gl hands a 4-slot scratch array to fill in place (no allocation per county).
      const t = info.target as [number, number, number, number];
      t[0] = colors[c] ?? 0;
      t[1] = colors[c + 1] ?? 0;
      t[2] = colors[c + 2] ?? 0;
      t[3] = colors[c + 3] ?? 0;
      return t;
    },
    updateTriggers: { getFillColor: colorVersion },
    ...(beforeId ? { beforeId } : {}),
  });
}
