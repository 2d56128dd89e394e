/**
 * The header search: provinces, prefectures and counties by Chinese name or pinyin. A county is selected and
 * flown to with its neighbours and (when not much bigger) its prefecture in view; a province or prefecture is
 * flown to.
 */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { fitTargetPane } from '../../selectors/pane-registry';
import { PlaceSearchBox } from './place-search-box';
import { countyContextBox } from './search-fit';

/** Deepest zoom a search flies to (the context box decides, this only caps it). */
const SEARCH_MAX_ZOOM = 10;

/** The header search box. */
export function SearchPanel() {
  const t = useT();
  const selectCounty = useAppStore((s) => s.viewActions.selectCounty);
  const geo = useAppStore((s) => s.geo.view);
  return (
    <PlaceSearchBox
      placeholder={t('search.placeholder')}
      label={t('search.label')}
      noResult={t('search.noResult')}
      testId="county-search"
      onChoose={(place) => {
        if (place.kind !== 'county') return fitTargetPane(place.bbox, 8);
        selectCounty(place.adcode, 'replace');
        const county = geo?.county(place.adcode);
        const prefecture = county ? geo?.prefecture.get(county.prefecture)?.bbox : undefined;
        fitTargetPane(countyContextBox(place.bbox, prefecture), SEARCH_MAX_ZOOM);
      }}
    />
  );
}
