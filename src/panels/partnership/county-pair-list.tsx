/**
 * The county-to-county pairs (携手奔小康) that pass the filters: a virtualised, sortable table with CSV export.
 * Selecting a pair highlights its arc on map 1 and fits both its counties into view; selecting it again clears it.
 */
import { useMemo, useState } from 'react';
import type { MeasureMeta } from '../../model/partnership/measures';
import type { Lang } from '../../model/view/view-state';
import { toCsv } from '../../lib/csv-export';
import { localText } from '../../i18n/translate';
import { eastProvinceColor } from '../../model/partnership/style';
import { useContainerSize } from '../compare/use-container-size';
import { visibleRows } from '../ranking/ranking-model';
import { downloadText } from '../ranking/download-text';
import { formatMeasureValue } from './partnership-panel-model';
import {
  countyPairCsvRows,
  DEFAULT_COUNTY_PAIR_SORT,
  nextSort,
  sortCountyPairs,
  type CountyPairRow,
  type CountyPairSort,
  type CountyPairSortKey,
} from './county-pair-model';
import { partnershipText, type PartnershipStringKey } from './partnership-strings';

/** Props of the county pair table. */
export interface CountyPairListProps {
  lang: Lang;
  rows: readonly CountyPairRow[];
  measure: MeasureMeta;
  year: number;
  sample: boolean;
  /** The selected pair's key, or null. */
  selected: string | null;
  onSelect: (row: CountyPairRow | null) => void;
}

/** Row height in root font sizes. */
const ROW_EM = 1.9;

const COLUMNS: { key: CountyPairSortKey; label: PartnershipStringKey }[] = [
  { key: 'east', label: 'colEast' },
  { key: 'west', label: 'colWest' },
  { key: 'pair', label: 'colPair' },
  { key: 'value', label: 'colValue' },
];

/** The table. */
export function CountyPairList({ lang, rows, measure, year, sample, selected, onSelect }: CountyPairListProps) {
  const [sort, setSort] = useState<CountyPairSort>(DEFAULT_COUNTY_PAIR_SORT);
  const sorted = useMemo(() => sortCountyPairs(rows, sort), [rows, sort]);
  const [ref, size] = useContainerSize();
  const [scrollTop, setScrollTop] = useState(0);
  const rowPx = Math.round(size.fontPx * ROW_EM);
  const win = visibleRows(scrollTop, size.heightPx, rowPx, sorted.length);
  const t = (k: PartnershipStringKey) => partnershipText(lang, k);
  const exportCsv = () => {
    const headers = { eastAdcode: t('colEastCode'), east: t('colEast'), westAdcode: t('colWestCode'), west: t('colWest'), pair: t('colPair'), value: localText(lang, measure.name), unit: t('colUnit') };
    downloadText(`county_pairs_${measure.id}_${year}.csv`, toCsv(countyPairCsvRows(sorted, headers, year, localText(lang, measure.unitLabel), sample)));
  };
  return (
    <div className="county-pairs" data-testid="county-pair-list" data-rows={sorted.length}>
      <div className="county-pairs__head">
        <h3>{partnershipText(lang, 'countyPairs', { n: sorted.length })}</h3>
        <button type="button" onClick={exportCsv} disabled={sorted.length === 0} data-testid="county-pair-export">
          {t('exportCsv')}
        </button>
      </div>
      <div className="county-pairs__row county-pairs__row--head" role="row">
        {COLUMNS.map((c) => (
          <button
            key={c.key}
            type="button"
            role="columnheader"
            aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
            data-sort={c.key}
            onClick={() => setSort(nextSort(sort, c.key))}
          >
            {t(c.label)}
            {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
          </button>
        ))}
      </div>
      <div ref={ref} className="county-pairs__scroll" role="table" aria-rowcount={sorted.length} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div className="county-pairs__spacer" style={{ height: sorted.length * rowPx }}>
          {sorted.slice(win.start, win.end).map((r, k) => {
            const i = win.start + k;
            const [cr, cg, cb] = eastProvinceColor(r.eastProvince);
            const on = r.key === selected;
            return (
              <button
                key={r.key}
                type="button"
                role="row"
                className="county-pairs__row"
                aria-rowindex={i + 1}
                aria-pressed={on}
                data-county-pair={r.key}
                title={partnershipText(lang, on ? 'countyPairClear' : 'countyPairSelect', { pair: `${r.eastName} → ${r.westName}` })}
                style={{ top: i * rowPx, height: rowPx }}
                onClick={() => onSelect(on ? null : r)}
              >
                <span role="cell" className="county-pairs__name">
                  <span className="partnership-pairs__swatch" style={{ background: `rgb(${cr},${cg},${cb})` }} />
                  {r.eastName}
                </span>
                <span role="cell" className="county-pairs__name">{r.westName}</span>
                <span role="cell" className="county-pairs__pair">{r.pairLabel}</span>
                <span role="cell" className="partnership-pairs__value">{formatMeasureValue(lang, r.value, measure)}</span>
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}
