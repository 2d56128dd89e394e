/** Label data per level and place-name mode, built once per county index (stable arrays for stable deck.gl data). */
import type { CountyIndexJson } from '../model/geo/county';
import type { PlaceLabel } from '../layers/label-layer';
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

/** Every character the labels of a level use (to load just those font subsets before drawing). */
export function labelCharacters(labels: PlaceLabel[]): string {
  return [...new Set(labels.map((l) => l.text).join(''))].filter((ch) => ch !== '\n').join('');
}
