/**
 * A place search box (combobox): type a Chinese name or pinyin, pick with ↑ ↓ Enter or the mouse, Esc clears.
 * Shared by the header search and the comparison set's "add county" box.
 */
import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { createCountySearch } from '../../model/geo/county-search';
import { searchPlaces, type PlaceKind, type PlaceResult } from './search-places';

const RESULT_LIMIT = 8;

/** Props of the search box. */
export interface PlaceSearchBoxProps {
  placeholder: string;
  label: string;
  noResult: string;
  testId: string;
  kinds?: readonly PlaceKind[];
  className?: string;
  onChoose: (place: PlaceResult) => void;
}

/** The search box. */
export function PlaceSearchBox({ placeholder, label, noResult, testId, kinds, className, onChoose }: PlaceSearchBoxProps) {
  const listId = useId();
  const index = useAppStore((s) => s.geo.index);
  const lookup = useAppStore((s) => s.geo.lookup);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // The full lookup (with old names from the change list) once loaded; plain names and pinyin before that.
  const searchCounties = useMemo(
    () => (lookup ? lookup.search : index ? createCountySearch(index.counties, new Map()) : null),
    [lookup, index],
  );
  const results = useMemo(
    () => (index && searchCounties ? searchPlaces(index, searchCounties, query, RESULT_LIMIT, kinds) : []),
    [index, searchCounties, query, kinds],
  );

  const choose = (i: number): void => {
    const place = results[i];
    if (!place) return;
    onChoose(place);
    setQuery('');
  };

  return (
    <div className={className ? `search ${className}` : 'search'} role="search">
      <input
        className="search__input"
        type="search"
        value={query}
        placeholder={placeholder}
        aria-label={label}
        aria-controls={listId}
        aria-expanded={results.length > 0}
        role="combobox"
        data-testid={testId}
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
          {results.length === 0 && <li className="search__empty">{noResult}</li>}
          {results.map((place, i) => (
            <li
              key={`${place.kind}-${place.adcode}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search__result search__result--active' : 'search__result'}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span className="search__name">{place.name}</span>
              <span className="search__context">{place.context}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
