/** County search box: Chinese name or pinyin; choosing a result selects the county and flies to it. */
import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { allPanes } from '../../map/pane-registry';
import { createCountySearch } from '../../model/county-search';

const RESULT_LIMIT = 8;

/** The search box with its result list (keyboard: ↑ ↓ Enter Esc). */
export function SearchPanel() {
  const t = useT();
  const listId = useId();
  const index = useAppStore((s) => s.geo.index);
  const view = useAppStore((s) => s.geo.view);
  const selectCounty = useAppStore((s) => s.viewActions.selectCounty);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const lookup = useAppStore((s) => s.geo.lookup);
  // The full lookup (with old names from the change list) once loaded; plain names and pinyin before that.
  const search = useMemo(
    () => (lookup ? lookup.search : index ? createCountySearch(index.counties, new Map()) : null),
    [lookup, index],
  );
  const results = useMemo(() => (search ? search(query, RESULT_LIMIT) : []), [search, query]);

  const choose = (i: number): void => {
    const county = results[i];
    if (!county) return;
    selectCounty(county.adcode, 'replace');
    allPanes()[0]?.fitBounds(county.bbox, 8.5);
    setQuery('');
  };

  return (
    <div className="search" role="search">
      <input
        className="search__input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-controls={listId}
        aria-expanded={results.length > 0}
        role="combobox"
        data-testid="county-search"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {query && (
        <ul className="search__results" id={listId} role="listbox">
          {results.length === 0 && <li className="search__empty">{t('search.noResult')}</li>}
          {results.map((c, i) => (
            <li
              key={c.adcode}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search__result search__result--active' : 'search__result'}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span className="search__name">{c.name}</span>
              <span className="search__context">
                {view?.prefecture.get(c.prefecture)?.name ?? ''} · {view?.province.get(c.province)?.short ?? ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
