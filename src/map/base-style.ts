/**
 * The offline base style: no tiles, no glyph or sprite server. Land, province, prefecture and county lines come
 * from our own boundaries (GeoJSON sources filled in once the geometry worker has built the meshes). Place names
 * are drawn by deck.gl (label-layer.ts), so the style has no symbol layers.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** Id of the style layer county fills are inserted beneath (borders draw over fills). */
export const FILL_BEFORE_LAYER_ID = 'county-borders';

/** Colours of the base map, in one place. */
export const BASE_COLORS = {
  sea: '#dfe8ee',
  land: '#f3f1ec',
  countyBorder: '#ffffff',
  prefectureBorder: '#8a8f99',
  provinceBorder: '#40444c',
  outline: '#40444c',
} as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Builds the base style with empty sources; `setBaseData` fills them. */
export function createBaseStyle(): StyleSpecification {
  // geojson-vt simplifies per zoom with a tolerance in screen pixels: thin county lines can lose more detail
  // (they decide the national view's vertex count) than the province outlines a planner reads shapes from.
  const geojson = (tolerance: number) => ({ type: 'geojson' as const, data: EMPTY, tolerance });
  return {
    version: 8,
    name: 'tandem-offline',
    sources: {
      provinces: geojson(0.5),
      outline: geojson(0.5),
      'province-borders': geojson(0.5),
      'prefecture-borders': geojson(0.8),
      'county-borders': geojson(1.2),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BASE_COLORS.sea } },
      // No fill antialiasing: its outline pass is a shader program of its own compiled before the first frame, and
      // every land edge is drawn over by the coastline or a province border anyway (the canvas is multisampled).
      { id: 'land', type: 'fill', source: 'provinces', paint: { 'fill-color': BASE_COLORS.land, 'fill-antialias': false } },
      {
        id: 'county-borders',
        type: 'line',
        source: 'county-borders',
        paint: {
          'line-color': BASE_COLORS.countyBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 6, 0.8, 9, 1.5],
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 5, 0.9],
        },
      },
      {
        id: 'prefecture-borders',
        type: 'line',
        source: 'prefecture-borders',
        minzoom: 4,
        paint: {
          'line-color': BASE_COLORS.prefectureBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 8, 1.2],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'province-borders',
        type: 'line',
        source: 'province-borders',
        paint: { 'line-color': BASE_COLORS.provinceBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 2] },
      },
      {
        id: 'outline',
        type: 'line',
        source: 'outline',
        paint: { 'line-color': BASE_COLORS.outline, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6] },
      },
    ],
  };
}
