/** Pure: what the tooltip and selection panel say about a county. */
import type { CountyIndexView } from '../../model/geo/county-index-view';
import type { PlaceNameMode } from '../../model/view/view-state';
import { placeName } from '../../model/geo/place-name';

/** A county's names for display. */
export interface CountyDescription {
  adcode: string;
  name: string;
  prefecture: string;
  province: string;
}

/** Describes a county by adcode, or null if it is not in the index; names as `names` asks (pinyin for English). */
export function describeCounty(view: CountyIndexView, adcode: string, names: PlaceNameMode = 'hanzi'): CountyDescription | null {
  const county = view.county(adcode);
  if (!county) return null;
  const prefecture = view.prefecture.get(county.prefecture);
  const province = view.province.get(county.province);
  return {
    adcode,
    name: placeName(county, names),
    // Province-administered counties have a pseudo-prefecture without its own name.
    prefecture: prefecture && prefecture.name !== county.name ? placeName(prefecture, names) : '—',
    province: province ? placeName(province, names) : '—',
  };
}
