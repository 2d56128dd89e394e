/**
 * A county's result under one rule set: every criterion with its status, value, line, distance and source (as the
 * tooltip), illustrative lines marked; or why the rule set does not apply this year.
 */
import type { RuleSetResult } from '../../model/rules/rule-engine';
import { flattenResults } from '../../model/rules/rule-engine';
import type { RuleSet } from '../../model/rules/rule-set';
import type { Lang } from '../../model/view/view-state';
import { formatNumber } from '../../i18n/translate';
import { pickText } from '../indicator/indicator-strings';
import { monitorText } from './monitor-strings';

/** Props of one rule set's block. */
export interface MonitorRuleDetailProps {
  lang: Lang;
  set: RuleSet;
  result: RuleSetResult;
}

/** The block. */
export function MonitorRuleDetail({ lang, set, result }: MonitorRuleDetailProps) {
  const t = (key: Parameters<typeof monitorText>[1], params?: Record<string, string | number>) => monitorText(lang, key, params);
  const fmt = (x: number) => (Number.isNaN(x) ? '–' : formatNumber(lang, x, Math.abs(x) >= 100 ? 0 : 2));
  return (
    <div className="monitor-rule-detail" data-testid={`monitor-rule-${set.id}`} data-status={result.status}>
      <h4>
        {pickText(lang, set.name)} · {t('year', { year: result.year })} ·{' '}
        <span className={`monitor-status monitor-status--${result.status}`}>{t(`status_${result.status}`)}</span>
      </h4>
      {!result.inForce && <p className="monitor-note">{t('notInForce', { from: set.inForce.from.slice(0, 4), to: set.inForce.to?.slice(0, 4) ?? t('now') })}</p>}
      <table className="monitor-table">
        <tbody>
          {flattenResults(result.criteria).map((c) => (
            <tr key={c.id} data-criterion={c.id} data-status={c.status} title={pickText(lang, c.source)}>
              <th scope="row">{pickText(lang, c.name)}{c.illustrative ? ` (${t('illustrativeShort')})` : ''}</th>
              <td className="monitor-num">{fmt(c.value)}</td>
              <td className="monitor-num">{c.op} {fmt(c.line)}{c.upper !== undefined ? `–${fmt(c.upper)}` : ''}</td>
              <td className="monitor-num">{Number.isNaN(c.distance) ? '' : `${c.distance > 0 ? '+' : ''}${fmt(c.distance)}`}</td>
              <td className={`monitor-status monitor-status--${c.status}`}>{t(`status_${c.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
