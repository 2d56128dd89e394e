/**
 * The geo slice: the county index (names, parents, label points) and the county lookup built from it.
 * Geometry binary arrays are loaded per resolution and held here by reference; they never change once loaded.
 */
import type { CountyIndexJson } from '../model/geo/county';
import type { LoadedGeometry } from '../data/load-geometry';
import type { SliceCreator } from './slice';
import { buildCountyIndexView, type CountyIndexView } from '../model/geo/county-index-view';
import type { CountyLookup } from '../model/geo/county-lookup';

/** Loading status of the geography. */
export type GeoStatus = 'idle' | 'loading' | 'ready' | 'error';

/** County geography state and actions. */
export interface GeoSlice {
  geo: {
    status: GeoStatus;
    error: string | null;
    index: CountyIndexJson | null;
    /** Fast lookups over the index (position of each adcode, parents' names). */
    view: CountyIndexView | null;
    /** Name/code matching with the dated change list (loaded after the first map). */
    lookup: CountyLookup | null;
    lo: LoadedGeometry | null;
    hi: LoadedGeometry | null;
  };
  geoActions: {
    setLoading: () => void;
    setIndex: (index: CountyIndexJson) => void;
    setGeometry: (geometry: LoadedGeometry) => void;
    setLookup: (lookup: CountyLookup) => void;
    setError: (message: string) => void;
  };
}

/** Creates the geo slice. */
export const createGeoSlice: SliceCreator<GeoSlice> = (set) => ({
  geo: { status: 'idle', error: null, index: null, view: null, lookup: null, lo: null, hi: null },
  geoActions: {
    setLoading: () => set((s) => ({ geo: { ...s.geo, status: 'loading', error: null } })),
    setIndex: (index) => set((s) => ({ geo: { ...s.geo, index, view: buildCountyIndexView(index) } })),
    setGeometry: (g) =>
      set((s) => ({ geo: { ...s.geo, status: 'ready', [g.resolution]: g } })),
    setLookup: (lookup) => set((s) => ({ geo: { ...s.geo, lookup } })),
    setError: (message) => set((s) => ({ geo: { ...s.geo, status: 'error', error: message } })),
  },
});
