/** H, A, M0 and each dimension's contribution for the nation, the focused county's province and the selection. */
import type { AfAggregate } from '../../model/monitoring/alkire-foster';
import { DIMENSION_NAMES } from '../../model/monitoring/monitor-view';
import type { Lang } from '../../model/view/view-state';
import { formatNumber } from '../../i18n/translate';
import { pickText } from '../indicator/indicator-strings';
import { monitorText } from './monitor-strings';

/** Props of the summary table. */
export interface MonitorSummaryProps {
  lang: Lang;
  rows: { id: string; label: string; aggregate: AfAggregate }[];
}

/** The summary table. */
export function MonitorSummary({ lang, rows }: MonitorSummaryProps) {
  const t = (key: Parameters<typeof monitorText>[1]) => monitorText(lang, key);
  const dims = Object.keys(rows[0]?.aggregate.contributions ?? {});
  const pct = (x: number) => `${formatNumber(lang, 100 * x, 1)}%`;
  return (
    <table className="monitor-table" data-testid="monitor-summary">
      <thead>
        <tr><th /><th>{t('units')}</th><th>{t('headcount')}</th><th>{t('intensity')}</th><th>{t('adjusted')}</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-group={r.id}>
            <th scope="row">{r.label}</th>
            <td className="monitor-num">{r.aggregate.q}/{r.aggregate.n}</td>
            <td className="monitor-num">{pct(r.aggregate.H)}</td>
            <td className="monitor-num">{pct(r.aggregate.A)}</td>
            <td className="monitor-num" data-testid={`monitor-m0-${r.id}`}>{formatNumber(lang, r.aggregate.M0, 3)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr><th colSpan={5}>{t('contribution')}</th></tr>
        {rows.slice(0, 1).flatMap((r) =>
          dims.map((id) => (
            <tr key={id} data-contribution={id}>
              <th scope="row">{DIMENSION_NAMES[id] ? pickText(lang, DIMENSION_NAMES[id]!) : id}</th>
              <td colSpan={4} className="monitor-bar-cell">
                <span className="monitor-bar" style={{ width: `${Math.max(0, Math.min(100, r.aggregate.contributions[id] ?? 0))}%` }} />
                <span>{formatNumber(lang, r.aggregate.contributions[id] ?? 0, 1)}%</span>
              </td>
            </tr>
          )),
        )}
      </tfoot>
    </table>
  );
}
