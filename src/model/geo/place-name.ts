/**
 * Place names for an English reader: the index's pinyin ("dongchengqu") written as a name ("Dongchengqu"), alone or
 * beside the Chinese, as the view's placeNames setting asks. The Chinese interface always shows the Chinese.
 */
import type { Lang, PlaceNameMode } from '../view/view-state';

/** Province names whose customary romanisation differs from the plain pinyin the index holds (by adcode). */
const PROVINCE_ROMANISATION: Readonly<Record<string, string>> = {
  '610000': 'Shaanxi', // 陕西, told apart from 山西 Shanxi
  '150000': 'Inner Mongolia',
  '810000': 'Hong Kong',
  '820000': 'Macao',
};

/** Pinyin as a name: the first letter upper case ("beijing" → "Beijing"); '' stays ''. */
export function pinyinName(pinyin: string): string {
  return pinyin ? pinyin.charAt(0).toUpperCase() + pinyin.slice(1) : '';
}

/** The place-name mode in effect: the setting in English, Chinese otherwise. */
export function effectivePlaceNames(lang: Lang, mode: PlaceNameMode): PlaceNameMode {
  return lang === 'en' ? mode : 'hanzi';
}

/** A place as the setting names it; without pinyin the Chinese stands alone. `separator` joins pinyin and Chinese. */
export function placeName(
  place: { name: string; pinyin?: string; adcode?: string },
  mode: PlaceNameMode,
  separator = ' ',
): string {
  const latin = (place.adcode && PROVINCE_ROMANISATION[place.adcode]) || pinyinName(place.pinyin ?? '');
  if (mode === 'hanzi' || !latin) return place.name;
  return mode === 'pinyin' ? latin : `${latin}${separator}${place.name}`;
}
