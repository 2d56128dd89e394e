/**
 * The row list of the report, paged (50 rows a page) and filtered by status; every cell is plain text. An ambiguous
 * or unmatched row offers its candidates (with prefecture and province) as buttons: choosing one re-runs the import
 * with that county for every row of the same county fields.
 */
import { useState } from 'react';
import type { RowReport } from '../../data/import/import-types';
import { formatMatchReasons } from '../../data/import/match-reason-text';
import { useLang } from '../../i18n/use-t';
import { useAppStore } from '../../store/app-store';
import { pageOfRows, type RowFilter } from './import-panel-model';
import { useImportText } from './use-import-text';

const PAGE_SIZE = 50;

/** "新华区（沧州市，河北省）130902": a candidate with where it lies, so two of one name are told apart. */
function candidateText(c: RowReport['candidates'][number]): string {
  const where = [c.prefectureName, c.provinceName].filter(Boolean).join('，');
  return `${c.name}${where ? `（${where}）` : ''}${c.adcode}`;
}
const FILTERS: RowFilter[] = ['all', 'matched', 'approximate', 'ambiguous', 'unmatched', 'skipped'];

/** Props of the row list. */
export interface ImportRowsProps {
  rows: readonly RowReport[];
  omitted: number;
  /** Lands every row with this match key on the county; absent while a run is going. */
  onChoose?: (matchKey: string, adcode: string) => void;
}

/** A paged table of row reports. */
export function ImportRows({ rows, omitted, onChoose }: ImportRowsProps) {
  const it = useImportText();
  const lang = useLang();
  const view = useAppStore((s) => s.geo.view);
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const shown = pageOfRows(rows, filter, page, PAGE_SIZE);
  const countyName = (adcode: string | null): string => {
    const c = adcode ? view?.county(adcode) : undefined;
    if (!c) return adcode ?? '';
    const pref = view?.prefecture.get(c.prefecture)?.name ?? '';
    return `${c.name}（${pref}）${adcode}`;
  };
  return (
    <section className="import-rows">
      <div className="import-rows__bar">
        <h3>{it('rows')}</h3>
        <label>
          {it('filter')}{' '}
          <select
            value={filter}
            data-testid="import-row-filter"
            onChange={(e) => {
              setFilter(e.target.value as RowFilter);
              setPage(0);
            }}
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>{f === 'all' ? it('all') : it(`status_${f}`)}</option>
            ))}
          </select>
        </label>
        <span className="import-muted">{it('page', { page: shown.page + 1, pages: shown.pages })}</span>
        <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>{it('prev')}</button>
        <button type="button" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>{it('next')}</button>
      </div>
      <div className="import-rows__scroll">
        <table className="import-rows__table" data-testid="import-rows">
          <thead>
            <tr>
              <th>{it('line')}</th>
              <th>{it('sheet')}</th>
              <th>{it('status')}</th>
              <th>{it('county')}</th>
              <th>{it('candidates')}</th>
              <th>{it('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((r) => (
              <tr key={`${r.sheet ?? ''}:${r.line}`} className={`import-rows__${r.status}`} data-status={r.status}>
                <td>{r.line}</td>
                <td>{r.sheet ?? ''}</td>
                <td>{it(`status_${r.status}`)}{r.approximate ? ` · ${it('status_approximate')}` : ''}</td>
                <td>
                  {r.name !== undefined && <span className="import-rows__given">{r.name}{r.code ? ` ${r.code}` : ''}</span>}
                  {r.adcode && <span> → {countyName(r.adcode)}</span>}
                </td>
                <td>
                  {r.matchKey !== undefined && onChoose && r.candidates.length > 0 ? (
                    <span className="import-rows__choices" role="group" aria-label={it('choose')}>
                      {r.candidates.map((c) => (
                        <button
                          key={c.adcode}
                          type="button"
                          className="import-rows__choice"
                          data-testid="import-choose"
                          title={it('chooseThis')}
                          onClick={() => onChoose(r.matchKey as string, c.adcode)}
                        >
                          {candidateText(c)}
                        </button>
                      ))}
                    </span>
                  ) : (
                    r.candidates.map(candidateText).join('；')
                  )}
                </td>
                <td>{formatMatchReasons(lang, r.reasons)}{r.flags?.length ? ` [${r.flags.join(', ')}]` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {omitted > 0 && <p className="import-muted">{it('omitted', { n: omitted })}</p>}
    </section>
  );
}
