/** The early-warning list: each county that crossed a line or worsened, what changed and by how much; a click opens it. */
import type { EarlyWarning } from '../../model/monitoring/early-warning';
import { RiskFromWarningButton } from '../risks/risk-from-warning-button';
import type { Lang } from '../../model/view/view-state';
import { formatNumber } from '../../i18n/translate';
import { monitorText } from './monitor-strings';

/** Most warnings listed at once (the map shows them all). */
export const MAX_WARNINGS_LISTED = 50;

/** Props of the list. */
export interface MonitorWarningsProps {
  lang: Lang;
  warnings: readonly EarlyWarning[];
  nameOf: (adcode: string) => string;
  onOpen: (adcode: string) => void;
}

/** The list. */
export function MonitorWarnings({ lang, warnings, nameOf, onOpen }: MonitorWarningsProps) {
  const t = (key: Parameters<typeof monitorText>[1], params?: Record<string, string | number>) => monitorText(lang, key, params);
  const shown = warnings.slice(0, MAX_WARNINGS_LISTED);
  const digits = (w: EarlyWarning) => (w.indicator.endsWith('risk_score') ? 2 : 1);
  if (warnings.length === 0) return <p>{t('warningsNone')}</p>;
  return (
    <>
      <p className="monitor-note">{t('warningsCount', { n: warnings.length, shown: shown.length })}</p>
      <ul className="monitor-warnings" data-testid="monitor-warnings">
        {shown.map((w) => {
          const key = w.indicator.split(':')[1] as 'risk_score' | 'relapse_share' | 'relapse_status';
          const change = `${w.change > 0 ? '+' : ''}${formatNumber(lang, w.change, digits(w))}`;
          return (
            <li key={`${w.adcode}:${w.indicator}`} data-kind={w.kind} data-adcode={w.adcode}>
              <button type="button" onClick={() => onOpen(w.adcode)} aria-label={t('open', { name: nameOf(w.adcode) })}>
                <span className={`monitor-flag monitor-flag--${w.kind}`}>{t(w.kind)}</span> <strong>{nameOf(w.adcode)}</strong>{' '}
                {t(key)}{' '}
                {t('change', { before: formatNumber(lang, w.before, digits(w)), after: formatNumber(lang, w.after, digits(w)), change })}
                {w.line !== null && ` · ${t('lineNote', { line: formatNumber(lang, w.line, 2) })}`}
              </button>
              {/* One step from a warning to a risk-register entry tied to it (tab 风险). */}
              <RiskFromWarningButton
                warning={{
                  id: `${w.indicator}@${w.adcode}@${w.year}`,
                  adcodes: [w.adcode],
                  title: `${nameOf(w.adcode)} · ${t(key)} · ${t(w.kind)}`,
                  indicatorId: w.indicator,
                  description: `${w.previousYear}–${w.year}: ${t('change', { before: formatNumber(lang, w.before, digits(w)), after: formatNumber(lang, w.after, digits(w)), change })}`,
                  year: w.year,
                }}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
