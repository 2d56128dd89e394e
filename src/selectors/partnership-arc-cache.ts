/**
 * The arc arrays the map and the partnership panel share: built once per (bundle, county index, structure,
 * western province, level) and kept, so every pane and every re-render gets the same array (deck.gl then does no
 * work) and switching back and forth never rebuilds thousands of county arcs.
 */
import type { CountyIndexJson } from '../model/geo/county';
import type { PartnershipBundle } from '../data/partnership-data';
import { createPartnershipPlaces, type PartnershipPlaces } from '../model/partnership/places';
import { buildPartnershipArcs, maxArcValue, type BuiltArcs } from '../model/partnership/arcs';
import { arcDataKey, arcFilterOfView, buildArcEndpoints, structureFlowYears, type ArcEndpoint } from '../model/partnership/view';
import type { PartnershipView } from '../model/view/view-state';

/** Arcs of one view, with what is derived from them once. */
export interface CachedArcs extends BuiltArcs {
  endpoints: ArcEndpoint[];
  /** Years the structure has flows for, ascending. */
  years: number[];
  /** Width scale maxima by measure id (over every year, so widths compare across years). */
  widthMax: Map<string, number>;
}

const placesCache = new WeakMap<CountyIndexJson, PartnershipPlaces>();
const arcsCache = new WeakMap<PartnershipBundle, WeakMap<CountyIndexJson, Map<string, CachedArcs>>>();

/** The partnership places of a county index (built once per index). */
export function partnershipPlacesOf(index: CountyIndexJson): PartnershipPlaces {
  let places = placesCache.get(index);
  if (!places) placesCache.set(index, (places = createPartnershipPlaces(index)));
  return places;
}

/** The arcs of a view (cached; the eastern-partner filter is a highlight and does not take part). */
export function cachedArcsOf(
  bundle: PartnershipBundle,
  index: CountyIndexJson,
  view: Pick<PartnershipView, 'structure' | 'westProvinceFilter' | 'level'>,
): CachedArcs {
  let byIndex = arcsCache.get(bundle);
  if (!byIndex) arcsCache.set(bundle, (byIndex = new WeakMap()));
  let byKey = byIndex.get(index);
  if (!byKey) byIndex.set(index, (byKey = new Map()));
  const key = arcDataKey(view);
  let cached = byKey.get(key);
  if (!cached) {
    const built = buildPartnershipArcs({
      pairs: bundle.pairings.pairs,
      flows: bundle.flows,
      places: partnershipPlacesOf(index),
      structure: view.structure,
      filter: arcFilterOfView(view),
    });
    // County arcs first so the wider pairing arcs draw on top of them and stay readable.
    const arcs = [...built.arcs.filter((a) => a.level === 'county'), ...built.arcs.filter((a) => a.level !== 'county')];
    cached = { arcs, unresolved: built.unresolved, endpoints: buildArcEndpoints(arcs), years: structureFlowYears(bundle.flows, view.structure), widthMax: new Map() };
    byKey.set(key, cached);
  }
  return cached;
}

/** The width-scale maximum of a measure over the cached arcs and all their years (computed once per measure). */
export function widthMaxOf(cached: CachedArcs, bundle: PartnershipBundle, measureId: string): number {
  let max = cached.widthMax.get(measureId);
  if (max === undefined) {
    max = maxArcValue(cached.arcs, bundle.readValue, measureId, cached.years);
    cached.widthMax.set(measureId, max);
  }
  return max;
}
