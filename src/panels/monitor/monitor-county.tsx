/** The focused county's deprivations: for each dimension its value, the cutoff, deprived or not and how far. */
import type { Lang } from '../../model/view/view-state';
import { DIMENSION_NAMES } from '../../model/monitoring/monitor-view';
import { formatNumber } from '../../i18n/translate';
import { pickText } from '../indicator/indicator-strings';
import type { DeprivationRow } from './monitor-model';
import { monitorText } from './monitor-strings';

/** Props of the county block. */
export interface MonitorCountyProps {
  lang: Lang;
  name: string;
  rows: DeprivationRow[];
  score: number;
  atRisk: number;
}

/** The county block. */
export function MonitorCounty({ lang, name, rows, score, atRisk }: MonitorCountyProps) {
  const t = (key: Parameters<typeof monitorText>[1], params?: Record<string, string | number>) => monitorText(lang, key, params);
  const fmt = (x: number) => (Number.isNaN(x) ? '–' : formatNumber(lang, x, Math.abs(x) >= 100 ? 0 : 1));
  return (
    <div className="monitor-county" data-testid="monitor-county">
      <h4>{t('countyTitle', { name })}</h4>
      <p data-testid="monitor-county-score" data-at-risk={Number.isNaN(atRisk) ? 'none' : String(atRisk)}>
        {Number.isNaN(score) ? t('noData') : `${t('score', { score: formatNumber(lang, score, 2) })} · ${atRisk === 1 ? t('atRisk') : t('notAtRisk')}`}
      </p>
      <table className="monitor-table">
        <thead>
          <tr><th>{t('dimension')}</th><th>{t('value')}</th><th>{t('cutoff')}</th><th>{t('distance')}</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`monitor-deprivation-${r.id}`} data-deprived={r.deprived === null ? 'none' : String(r.deprived)}>
              <th scope="row">{DIMENSION_NAMES[r.id] ? pickText(lang, DIMENSION_NAMES[r.id]!) : r.id}</th>
              <td className="monitor-num">{fmt(r.value)}</td>
              <td className="monitor-num">{r.op} {fmt(r.cutoff)}</td>
              <td className="monitor-num">{Number.isNaN(r.distance) ? '–' : `${r.distance > 0 ? '+' : ''}${fmt(r.distance)}`}</td>
              <td className={`monitor-flag monitor-flag--${r.deprived === null ? 'none' : r.deprived ? 'yes' : 'no'}`}>
                {r.deprived === null ? t('noData') : r.deprived ? t('deprived') : t('notDeprived')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
