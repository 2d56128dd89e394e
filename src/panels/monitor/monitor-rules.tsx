/** The rule sets in use: name, version, dates in force, source, and whether they are examples or illustrative. */
import type { RuleSet } from '../../model/rules/rule-set';
import { comparisonsOf } from '../../model/rules/rule-set';
import type { Lang } from '../../model/view/view-state';
import { pickText } from '../indicator/indicator-strings';
import { monitorText } from './monitor-strings';

/** The list of rule sets. */
export function MonitorRules({ lang, sets }: { lang: Lang; sets: readonly RuleSet[] }) {
  const t = (key: Parameters<typeof monitorText>[1], params?: Record<string, string | number>) => monitorText(lang, key, params);
  return (
    <ul className="monitor-rules" data-testid="monitor-rules">
      {sets.map((s) => {
        const illustrative = comparisonsOf(s.criteria).some((c) => c.illustrative) || Object.keys(s.lines ?? {}).length > 0;
        return (
          <li key={s.id} data-rule-set={s.id}>
            <strong>{pickText(lang, s.name)}</strong> <span className="monitor-note">（{s.version}）</span>
            {s.example && <span className="monitor-tag">{t('example')}</span>}
            {illustrative && <span className="monitor-tag">{t('illustrative')}</span>}
            <div className="monitor-note">
              {t('inForce', { from: s.inForce.from.slice(0, 4), to: s.inForce.to?.slice(0, 4) ?? t('now') })} · {t('criteria', { n: comparisonsOf(s.criteria).length })}
            </div>
            <div className="monitor-source">{pickText(lang, s.source)}</div>
            {s.note && <div className="monitor-note">{pickText(lang, s.note)}</div>}
            {Object.entries(s.lines ?? {}).map(([name, line]) =>
              typeof line === 'object' && 'cases' in line ? (
                <table key={name} className="monitor-table" data-line={name}>
                  <caption className="monitor-note">{t('lineTable')}</caption>
                  <tbody>
                    {line.cases.map((c, i) => (
                      <tr key={i}>
                        <td>{c.from ?? ''}–{c.to ?? ''}</td>
                        <td>{c.provinces?.join(', ') ?? t('allProvinces')}</td>
                        <td className="monitor-num">{c.value}</td>
                        <td>{c.illustrative ? t('illustrativeShort') : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null,
            )}
          </li>
        );
      })}
    </ul>
  );
}
