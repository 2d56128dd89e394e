/** Label data per level, built once per county index (stable arrays for stable deck.gl data). */
import type { CountyIndexJson } from '../model/geo/county';
import type { PlaceLabel } from '../layers/label-layer';

/** Labels of the three levels. */
export interface PlaceLabels {
  province: PlaceLabel[];
  prefecture: PlaceLabel[];
  county: PlaceLabel[];
}

const cache = new WeakMap<CountyIndexJson, PlaceLabels>();

/** Builds (once) the label arrays of an index; names are shortened the way Chinese maps label them. */
export function getPlaceLabels(index: CountyIndexJson): PlaceLabels {
  let labels = cache.get(index);
  if (!labels) {
    labels = {
      province: index.provinces.map((p) => ({ text: p.short || p.name, point: p.point })),
      prefecture: index.prefectures.filter((p) => !/^\d+$/.test(p.name)).map((p) => ({ text: p.name, point: p.point })),
      county: index.counties.map((c) => ({ text: c.name, point: c.point })),
    };
    cache.set(index, labels);
  }
  return labels;
}

/** Every character the labels of a level use (to load just those font subsets before drawing). */
export function labelCharacters(labels: PlaceLabel[]): string {
  return [...new Set(labels.map((l) => l.text).join(''))].join('');
}
