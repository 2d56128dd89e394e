/** Search box that adds the chosen county to the comparison set (Chinese name, pinyin or initials). */
import { useAppStore } from '../../store/app-store';
import { addToCompare } from '../../store/view-updaters';
import { PlaceSearchBox } from '../search/place-search-box';
import { compareText } from './compare-strings';

const COUNTY_ONLY = ['county'] as const;

/** The search input adding counties to the comparison set. */
export function CompareSearch() {
  const lang = useAppStore((s) => s.view.lang);
  const apply = useAppStore((s) => s.viewActions.apply);
  return (
    <PlaceSearchBox
      className="compare-search"
      placeholder={compareText(lang, 'searchPlaceholder')}
      label={compareText(lang, 'searchLabel')}
      noResult={compareText(lang, 'noResult')}
      testId="compare-search"
      kinds={COUNTY_ONLY}
      onChoose={(place) => apply((v) => addToCompare(v, [place.adcode]))}
    />
  );
}
