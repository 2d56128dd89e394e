/** Label data per level and place-name mode, built once per county index (stable arrays for stable deck.gl data). */
import type { CountyIndexJson } from '../model/geo/county';
import type { PlaceLabel } from '../layers/label-layer';
import { placeLabels, type PlacedLabel } from '../lib/label-placement';
import type { PlaceNameMode } from '../model/view/view-state';
import { placeName } from '../model/geo/place-name';

/** Labels of the three levels. */
export interface PlaceLabels {
  province: PlaceLabel[];
  prefecture: PlaceLabel[];
  county: PlaceLabel[];
}

const cache = new WeakMap<CountyIndexJson, Map<PlaceNameMode, PlaceLabels>>();

/**
 * Builds (once per mode) the label arrays of an index; Chinese names are shortened the way Chinese maps label them,
 * and pinyin beside them goes on a second line so a label stays compact.
 */
export function getPlaceLabels(index: CountyIndexJson, mode: PlaceNameMode = 'hanzi'): PlaceLabels {
  let byMode = cache.get(index);
  if (!byMode) {
    byMode = new Map();
    cache.set(index, byMode);
  }
  let labels = byMode.get(mode);
  if (!labels) {
    labels = {
      province: index.provinces.map((p) => ({ text: placeName({ ...p, name: p.short || p.name }, mode, '\n'), point: p.point })),
      prefecture: index.prefectures.filter((p) => !/^\d+$/.test(p.name)).map((p) => ({ text: placeName(p, mode, '\n'), point: p.point })),
      county: index.counties.map((c) => ({ text: placeName(c, mode, '\n'), point: c.point })),
    };
    byMode.set(mode, labels);
  }
  return labels;
}

/** The placed labels of the three levels at one zoom step (a level not shown gets an empty list). */
export type PlacedLevels = Record<keyof PlaceLabels, readonly PlacedLabel<PlaceLabel>[]>;

const NONE: readonly PlacedLabel<PlaceLabel>[] = [];
const placements = new WeakMap<PlaceLabels, Map<string, PlacedLevels>>();

/**
 * The labels shown at a zoom step, placed without overlaps: county names alone, or province names with prefecture
 * names placed around them. Cached per labels, levels, sizes and step, so the arrays stay the same within a step.
 */
export function getPlacedLabels(
  labels: PlaceLabels,
  shown: { prefecture: boolean; county: boolean },
  sizes: Record<keyof PlaceLabels, number>,
  zoom: number,
): PlacedLevels {
  let byKey = placements.get(labels);
  if (!byKey) placements.set(labels, (byKey = new Map()));
  const key = `${shown.prefecture ? 1 : 0}${shown.county ? 1 : 0}|${sizes.province}|${sizes.prefecture}|${sizes.county}|${zoom}`;
  let placed = byKey.get(key);
  if (!placed) {
    if (byKey.size > 48) byKey.clear();
    if (shown.county) {
      const [county = NONE] = placeLabels([{ labels: labels.county, sizePx: sizes.county }], zoom);
      placed = { province: NONE, prefecture: NONE, county };
    } else {
      const groups = [{ labels: labels.province, sizePx: sizes.province }];
      if (shown.prefecture) groups.push({ labels: labels.prefecture, sizePx: sizes.prefecture });
      const [province = NONE, prefecture = NONE] = placeLabels(groups, zoom);
      placed = { province, prefecture, county: NONE };
    }
    byKey.set(key, placed);
  }
  return placed;
}

/** Every character the labels of a level use (to load just those font subsets before drawing). */
export function labelCharacters(labels: PlaceLabel[]): string {
  return [...new Set(labels.map((l) => l.text).join(''))].filter((ch) => ch !== '\n').join('');
}
