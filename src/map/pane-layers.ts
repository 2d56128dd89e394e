/**
 * Builds the flat, ordered list of deck.gl layers one pane draws, from plain inputs. Layer ids are stable per pane;
 * data objects are stable per geometry; style changes travel through colour tables and update triggers.
 */
import type { Layer } from '@deck.gl/core';
import type { CountyGeometry } from '../data/county-geometry';
import { createCountyFillData, createCountyFillLayer } from '../layers/county-fill-layer';
import { buildOutlinePaths, createCountyOutlineLayer, type OutlineSpec } from '../layers/county-outline-layer';
import { createLabelLayer, type PlaceLabel } from '../layers/label-layer';
import { FILL_BEFORE_LAYER_ID, labelColors, type BaseTheme } from './base-style';
import type { PaneZoomState } from './lod';
import { getPlacedLabels } from './place-labels';

/** Everything a pane's layers depend on. */
export interface PaneLayerInputs {
  pane: number;
  geometry: CountyGeometry;
  colors: Uint8Array;
  colorVersion: string;
  showFill: boolean;
  /** Outlines to draw, in order (later ones on top). */
  outlines: { kind: string; specs: OutlineSpec[] }[];
  labels: { province: PlaceLabel[]; prefecture: PlaceLabel[]; county: PlaceLabel[] } | null;
  showLabels: boolean;
  zoom: PaneZoomState;
  labelSizes: { province: number; prefecture: number; county: number };
  /** Label levels shown at least once in this pane (their layers exist from then on). */
  labelLevelsUsed: { prefecture: boolean; county: boolean };
  /** Feature layers drawn above the fills (e.g. partnership arcs), already built with stable ids. */
  overlays: Layer[];
  /** The base map's theme, which the place names' colours follow (light when absent). */
  theme?: BaseTheme;
}

const outlineCache = new WeakMap<CountyGeometry, Map<string, ReturnType<typeof buildOutlinePaths>>>();

function cachedOutlinePaths(geometry: CountyGeometry, specs: OutlineSpec[]): ReturnType<typeof buildOutlinePaths> {
  // Same specs → same array, so deck.gl sees unchanged data and does no work.
  const key = specs.map((s) => `${s.county}:${s.color.join(',')}:${s.widthPx}`).join('|');
  let byKey = outlineCache.get(geometry);
  if (!byKey) outlineCache.set(geometry, (byKey = new Map()));
  let paths = byKey.get(key);
  if (!paths) {
    if (byKey.size > 64) byKey.clear();
    paths = buildOutlinePaths(geometry, specs);
    byKey.set(key, paths);
  }
  return paths;
}

/** Builds a pane's layers. */
export function buildPaneLayers(inputs: PaneLayerInputs): Layer[] {
  const { pane, geometry, labels, zoom, labelSizes } = inputs;
  const layers: Layer[] = [
    createCountyFillLayer({
      pane,
      data: createCountyFillData(geometry),
      colors: inputs.colors,
      colorVersion: inputs.colorVersion,
      beforeId: FILL_BEFORE_LAYER_ID,
      visible: inputs.showFill,
    }),
  ];
  layers.push(...inputs.overlays);
  for (const outline of inputs.outlines) {
    layers.push(createCountyOutlineLayer(pane, outline.kind, cachedOutlinePaths(geometry, outline.specs)));
  }
  if (labels) {
    const dark = inputs.theme === 'dark';
    const { color, outline: outlineColor } = labelColors(inputs.theme ?? 'light');
    const shown = { prefecture: inputs.showLabels && zoom.prefectureLabels, county: inputs.showLabels && zoom.countyLabels };
    const placed = getPlacedLabels(labels, shown, labelSizes, zoom.labelZoom);
    // Finer label levels are created the first time they are shown (then only toggled), so the national view never
    // builds a font atlas — nor fetches font subsets — for 2,800 county names.
    if (inputs.labelLevelsUsed.county) {
      layers.push(
        createLabelLayer({ pane, level: 'county', labels: placed.county, sizePx: labelSizes.county, visible: inputs.showLabels && zoom.countyLabels, color, outlineColor }),
      );
    }
    if (inputs.labelLevelsUsed.prefecture) {
      layers.push(
        createLabelLayer({
          pane,
          level: 'prefecture',
          labels: placed.prefecture,
          sizePx: labelSizes.prefecture,
          visible: inputs.showLabels && zoom.prefectureLabels && !zoom.countyLabels,
          color: dark ? [200, 204, 212, 255] : [70, 70, 80, 255],
          outlineColor,
        }),
      );
    }
    layers.push(
      createLabelLayer({ pane, level: 'province', labels: placed.province, sizePx: labelSizes.province, visible: inputs.showLabels && !zoom.countyLabels, color, outlineColor }),
    );
  }
  return layers;
}
