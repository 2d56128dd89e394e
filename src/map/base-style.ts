/**
 * The offline base style: no tiles, no glyph or sprite server. Land, province, prefecture and county lines come
 * from our own boundaries (GeoJSON sources filled in once the geometry worker has built the meshes). Place names
 * are drawn by deck.gl (label-layer.ts), so the style has no symbol layers.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, GeoJSON } from 'geojson';
import type { BaseGeometry } from '../data/county-geometry';

/** Id of the style layer county fills are inserted beneath (borders draw over fills). */
export const FILL_BEFORE_LAYER_ID = 'county-borders';

/** The base map's colour scheme: light on the desk, dark on a wall (the theme of the shell around it). */
export type BaseTheme = 'light' | 'dark';

/** Colours of one base-map scheme. */
export interface BaseColors {
  sea: string;
  land: string;
  countyBorder: string;
  prefectureBorder: string;
  provinceBorder: string;
  outline: string;
}

/** Colours of the light base map, in one place. */
export const BASE_COLORS: BaseColors = {
  sea: '#dfe8ee',
  land: '#f3f1ec',
  countyBorder: '#ffffff',
  prefectureBorder: '#8a8f99',
  provinceBorder: '#40444c',
  outline: '#40444c',
};

/**
 * The dark base map, for a room: a near-black sea, dark land, county lines dark so the class colours stand apart,
 * province lines and the outline light enough to trace from metres away.
 */
export const BASE_COLORS_DARK: BaseColors = {
  sea: '#0b0e13',
  land: '#23272f',
  countyBorder: '#15181e',
  prefectureBorder: '#7c8494',
  provinceBorder: '#c9ced8',
  outline: '#e3e6ec',
};

/** The colours of a theme. */
export function baseColors(theme: BaseTheme): BaseColors {
  return theme === 'dark' ? BASE_COLORS_DARK : BASE_COLORS;
}

/**
 * The paint properties a theme sets, as [layer id, property, value]: what `createBaseStyle` bakes in and what a
 * live map takes through setPaintProperty on a theme change (no source, so no geometry, is touched).
 */
export function baseThemePaint(theme: BaseTheme): [string, 'background-color' | 'fill-color' | 'line-color', string][] {
  const c = baseColors(theme);
  return [
    ['background', 'background-color', c.sea],
    ['land', 'fill-color', c.land],
    ['county-borders', 'line-color', c.countyBorder],
    ['prefecture-borders', 'line-color', c.prefectureBorder],
    ['province-borders', 'line-color', c.provinceBorder],
    ['outline', 'line-color', c.outline],
  ];
}

type Rgba = [number, number, number, number];
const LABEL_COLORS: Record<BaseTheme, { color: Rgba; outline: Rgba }> = {
  light: { color: [40, 40, 48, 255], outline: [255, 255, 255, 220] },
  dark: { color: [236, 239, 244, 255], outline: [11, 14, 19, 230] },
};

/** Place-name colours of a theme (deck.gl TextLayer: fill and halo, RGBA; the same arrays every call). */
export function labelColors(theme: BaseTheme): { color: Rgba; outline: Rgba } {
  return LABEL_COLORS[theme];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The data of each base source, by source id, from the boundaries (what `setBaseData` fills the style with). */
export function baseSourceData(base: BaseGeometry): Record<string, GeoJSON> {
  return {
    provinces: base.provinces,
    outline: base.outline,
    'province-borders': base.provinceBorders,
    'prefecture-borders': base.prefectureBorders,
    'county-borders': base.countyBorders,
  };
}

/** Builds the base style with empty sources; `setBaseData` fills them. */
export function createBaseStyle(theme: BaseTheme = 'light'): StyleSpecification {
  const colors = baseColors(theme);
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
      { id: 'background', type: 'background', paint: { 'background-color': colors.sea } },
      // No fill antialiasing: its outline pass is a shader program of its own compiled before the first frame, and
      // every land edge is drawn over by the coastline or a province border anyway (the canvas is multisampled).
      { id: 'land', type: 'fill', source: 'provinces', paint: { 'fill-color': colors.land, 'fill-antialias': false } },
      {
        id: 'county-borders',
        type: 'line',
        source: 'county-borders',
        paint: {
          'line-color': colors.countyBorder,
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
          'line-color': colors.prefectureBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 8, 1.2],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'province-borders',
        type: 'line',
        source: 'province-borders',
        paint: { 'line-color': colors.provinceBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 2] },
      },
      {
        id: 'outline',
        type: 'line',
        source: 'outline',
        paint: { 'line-color': colors.outline, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6] },
      },
    ],
  };
}
