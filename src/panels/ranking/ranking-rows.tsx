/** The virtualised body of the ranking table: fixed-height rows, only those in view are rendered. */
import { useState } from 'react';
import type { RankRow } from '../../model/compare/ranking';
import type { Lang } from '../../model/view/view-state';
import { useAppStore } from '../../store/app-store';
import { addToCompare } from '../../store/view-updaters';
import { useContainerSize } from '../compare/use-container-size';
import { hoverCounty } from '../compare/use-compare-hover';
import { barGeometry, visibleRows } from './ranking-model';
import { rankingText } from './ranking-strings';

/** Props of the rows. */
export interface RankingRowsProps {
  rows: readonly RankRow[];
  domain: [number, number];
  lang: Lang;
  nameOf: (adcode: string) => { name: string; province: string };
  format: (v: number) => string;
  label: string;
  /** Rows are prefectures or provinces: a name zooms the map to the unit and there is no add-to-comparison button. */
  unit?: boolean;
  onOpenUnit?: (adcode: string) => void;
}

/** Row height in root font sizes. */
const ROW_EM = 1.9;

/** The scrolling list. */
export function RankingRows({ rows, domain, lang, nameOf, format, label, unit = false, onOpenUnit }: RankingRowsProps) {
  const [ref, size] = useContainerSize();
  const [scrollTop, setScrollTop] = useState(0);
  const compare = useAppStore((s) => s.view.compare);
  const apply = useAppStore((s) => s.viewActions.apply);
  const selectCounty = useAppStore((s) => s.viewActions.selectCounty);
  const rowPx = Math.round(size.fontPx * ROW_EM);
  const win = visibleRows(scrollTop, size.heightPx, rowPx, rows.length);
  return (
    <div
      ref={ref}
      className="ranking__scroll"
      role="table"
      aria-label={label}
      aria-rowcount={rows.length}
      data-testid="ranking-rows"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="ranking__spacer" style={{ height: rows.length * rowPx }}>
        {rows.slice(win.start, win.end).map((r, k) => {
          const i = win.start + k;
          const info = nameOf(r.adcode);
          const bar = r.value === null ? null : barGeometry(r.value, domain);
          const inSet = compare.includes(r.adcode);
          return (
            <div
              key={r.adcode}
              className="ranking__row"
              role="row"
              aria-rowindex={i + 1}
              style={{ top: i * rowPx, height: rowPx }}
              onPointerEnter={unit ? undefined : () => hoverCounty(r.adcode)}
              onPointerLeave={unit ? undefined : () => hoverCounty(null)}
            >
              <span role="cell" className="ranking__rank">{r.rank ?? '–'}</span>
              <span role="cell" className="ranking__name">
                <button
                  type="button"
                  className="ranking__link"
                  title={unit ? rankingText(lang, 'zoomTo', { name: info.name }) : undefined}
                  onClick={() => (unit ? onOpenUnit?.(r.adcode) : selectCounty(r.adcode, 'replace'))}
                >
                  {info.name}
                </button>
                <span className="ranking__province">{info.province}</span>
              </span>
              <span role="cell" className={r.value === null ? 'ranking__value ranking__value--missing' : 'ranking__value'}>
                {r.value === null ? rankingText(lang, 'noData') : format(r.value)}
              </span>
              <span role="cell" className="ranking__bar" aria-hidden="true">
                {bar && <span className={r.value !== null && r.value < 0 ? 'ranking__fill ranking__fill--neg' : 'ranking__fill'} style={{ left: `${bar.left * 100}%`, width: `${bar.width * 100}%` }} />}
              </span>
              <span role="cell">
                {!unit && (
                <button
                  type="button"
                  className="ranking__add"
                  disabled={inSet}
                  aria-label={inSet ? rankingText(lang, 'inCompare') : rankingText(lang, 'addToCompare', { name: info.name })}
                  title={inSet ? rankingText(lang, 'inCompare') : rankingText(lang, 'addToCompare', { name: info.name })}
                  onClick={() => apply((v) => addToCompare(v, [r.adcode]))}
                >
                  {inSet ? '✓' : '+'}
                </button>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
