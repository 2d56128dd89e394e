/** The dated action log inside the form: one row per action (date + text), a button to add one. */
import type { Lang } from '../../model/view/view-state';
import { risksText } from './risks-strings';

/** Props: the actions being edited. */
export interface RiskActionLogProps {
  lang: Lang;
  actions: { date: string; text: string }[];
  invalid: boolean;
  onChange: (actions: { date: string; text: string }[]) => void;
}

/** The log editor. */
export function RiskActionLog({ lang, actions, invalid, onChange }: RiskActionLogProps) {
  const t = (k: Parameters<typeof risksText>[1]) => risksText(lang, k);
  const today = new Date().toISOString().slice(0, 10);
  const patch = (i: number, p: Partial<{ date: string; text: string }>) => onChange(actions.map((a, j) => (j === i ? { ...a, ...p } : a)));
  return (
    <fieldset className="risk-form__actions" aria-invalid={invalid}>
      <legend>{t('actions')}</legend>
      {actions.map((a, i) => (
        <div key={i} className="risk-form__inline">
          <input type="date" aria-label={t('actionDate')} value={a.date} onChange={(e) => patch(i, { date: e.target.value })} />
          <input aria-label={t('actionText')} value={a.text} maxLength={2000} onChange={(e) => patch(i, { text: e.target.value })} />
          <button type="button" aria-label={t('remove')} onClick={() => onChange(actions.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      <button type="button" name="actions" onClick={() => onChange([...actions, { date: today, text: '' }])}>{t('addAction')}</button>
    </fieldset>
  );
}
