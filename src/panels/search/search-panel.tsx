/**
 * The header search: provinces, prefectures and counties by Chinese name or pinyin. A county is selected and
 * flown to; a province or prefecture is flown to.
 */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { fitTargetPane } from '../../selectors/pane-registry';
import { PlaceSearchBox } from './place-search-box';

/** The header search box. */
export function SearchPanel() {
  const t = useT();
  const selectCounty = useAppStore((s) => s.viewActions.selectCounty);
  return (
    <PlaceSearchBox
      placeholder={t('search.placeholder')}
      label={t('search.label')}
      noResult={t('search.noResult')}
      testId="county-search"
      onChoose={(place) => {
        if (place.kind === 'county') selectCounty(place.adcode, 'replace');
        fitTargetPane(place.bbox, place.kind === 'county' ? 8.5 : 8);
      }}
    />
  );
}
