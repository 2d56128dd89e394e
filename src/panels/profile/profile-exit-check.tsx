/** The exit-check block of the county profile: one row per county-exit rule, and the near-margin input. */
import { useId } from 'react';
import type { RuleCheck } from '../../model/rules/exit-check';
import type { Rule } from '../../model/rules/rule';
import type { Lang } from '../../model/view/view-state';
import { exitDistanceText } from './profile-exit-text';
import { pickText } from '../indicator/indicator-strings';
import { PROFILE_STRINGS as S } from './profile-strings';

/** Operators as read in the sentence (the county-exit rules are all on percentages). */
const OPS: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** Props of the exit-check block. */
export interface ProfileExitCheckProps {
  checks: RuleCheck[];
  rules: readonly Rule[];
  lang: Lang;
  year: number;
  margin: number;
  onMargin: (margin: number) => void;
}

/** The exit check rows with their status, the distance to the line and the margin input. */
export function ProfileExitCheck({ checks, rules, lang, year, margin, onMargin }: ProfileExitCheckProps) {
  const marginId = useId();
  const t = (key: keyof typeof S, params?: Record<string, string | number>): string => pickText(lang, S[key], params);
  const first = rules.find((r) => r.id === checks[0]?.ruleId);
  return (
    <div className="profile-exit" data-testid="profile-exit-check">
      <h3>{t('exitCheck', { year })}</h3>
      {first && !checks[0]?.inForce && (
        <p className="profile-exit__note">
          {t('notInForce', { from: first.inForce.from.slice(0, 4), to: first.inForce.to?.slice(0, 4) ?? '' })}
        </p>
      )}
      <ul className="profile-exit__rows">
        {checks.map((c) => {
          const rule = rules.find((r) => r.id === c.ruleId);
          const cond = c.conditions[0];
          const reading = cond ? exitDistanceText(lang, cond.value, cond.line, 'percent') : '';
          const need = cond ? t('requirement', { op: OPS[cond.condition.op] ?? cond.condition.op, line: `${cond.line}%` }) : '';
          const detail = reading && `${reading}${lang === 'en' ? ` (${need})` : `（${need}）`}`;
          return (
            <li key={c.ruleId} className="profile-exit__row" data-rule={c.ruleId} data-status={c.status}>
              <span className="profile-exit__name">{rule ? pickText(lang, rule.name) : c.ruleId}</span>
              <span className={`profile-exit__status profile-exit__status--${c.status}`}>{t(c.status)}</span>
              {detail && <span className="profile-exit__detail">{detail}</span>}
            </li>
          );
        })}
      </ul>
      <label htmlFor={marginId} className="profile-exit__margin">
        {t('margin')}
      </label>
      <input
        id={marginId}
        type="number"
        min={0}
        max={10}
        step={0.1}
        value={margin}
        data-testid="exit-margin"
        onChange={(e) => {
          const m = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(m) && m >= 0) onMargin(m);
        }}
      />
    </div>
  );
}
