/** Search box that adds the chosen county to the comparison set (Chinese name, pinyin or initials). */
import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { addToCompare } from '../../store/view-updaters';
import { createCountySearch } from '../../model/county-search';
import { compareText } from './compare-strings';

const RESULT_LIMIT = 8;

/** The search input with its result list (keyboard: ↑ ↓ Enter Esc). */
export function CompareSearch() {
  const lang = useAppStore((s) => s.view.lang);
  const index = useAppStore((s) => s.geo.index);
  const geo = useAppStore((s) => s.geo.view);
  const apply = useAppStore((s) => s.viewActions.apply);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const lookup = useAppStore((s) => s.geo.lookup);
  const search = useMemo(
    () => (lookup ? lookup.search : index ? createCountySearch(index.counties, new Map()) : null),
    [lookup, index],
  );
  const results = useMemo(() => (search ? search(query, RESULT_LIMIT) : []), [search, query]);

  const choose = (i: number): void => {
    const county = results[i];
    if (!county) return;
    apply((v) => addToCompare(v, [county.adcode]));
    setQuery('');
  };

  return (
    <div className="search compare-search">
      <input
        className="search__input"
        type="search"
        value={query}
        placeholder={compareText(lang, 'searchPlaceholder')}
        aria-label={compareText(lang, 'searchLabel')}
        role="combobox"
        aria-controls={listId}
        aria-expanded={results.length > 0}
        data-testid="compare-search"
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
          {results.length === 0 && <li className="search__empty">{compareText(lang, 'noResult')}</li>}
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
              <span>{c.name}</span>
              <span className="search__context">
                {geo?.prefecture.get(c.prefecture)?.name ?? ''} · {geo?.province.get(c.province)?.short ?? ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
