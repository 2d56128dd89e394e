/** Pure: what the tooltip and selection panel say about a county. */
import type { CountyIndexView } from '../../model/geo/county-index-view';

/** A county's names for display. */
export interface CountyDescription {
  adcode: string;
  name: string;
  prefecture: string;
  province: string;
}

/** Describes a county by adcode, or null if it is not in the index. */
export function describeCounty(view: CountyIndexView, adcode: string): CountyDescription | null {
  const county = view.county(adcode);
  if (!county) return null;
  const prefecture = view.prefecture.get(county.prefecture);
  const province = view.province.get(county.province);
  return {
    adcode,
    name: county.name,
    // Province-administered counties have a pseudo-prefecture without its own name.
    prefecture: prefecture && prefecture.name !== county.name ? prefecture.name : '—',
    province: province?.name ?? '—',
  };
}
