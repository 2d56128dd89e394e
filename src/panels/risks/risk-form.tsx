/**
 * The entry form: every field labelled, native inputs only (Tab moves through them, Enter submits, Escape
 * cancels), each problem shown beside its field with aria-invalid, the first bad field focused on submit.
 */
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CountyIndexJson } from '../../model/geo/county';
import type { Lang } from '../../model/view/view-state';
import { BUILT_IN_RISK_CATEGORIES, RISK_LEVELS, RISK_STATUSES, type RiskCategory, type RiskDraft } from '../../model/risks/risk-entry';
import { checkRiskDraft, type RiskDraftError, type RiskField } from '../../model/risks/risk-validation';
import { draftOfFields, readCountyList, type RiskFormFields } from './risk-form-model';
import { pickText, RISK_NAMES, risksText } from './risks-strings';
import { RiskActionLog } from './risk-action-log';

/** Props: the starting fields, what the register knows, and the submit/cancel callbacks. */
export interface RiskFormProps {
  lang: Lang;
  initial: RiskFormFields;
  editing: boolean;
  index: CountyIndexJson | null;
  categories: readonly RiskCategory[];
  selection: readonly string[];
  indicatorIds: readonly string[];
  onSubmit: (draft: RiskDraft) => Promise<string | null>;
  onCancel: () => void;
  onAddCategory: (name: string) => void;
}

/** The form. */
export function RiskForm({ lang, initial, editing, index, categories, selection, indicatorIds, onSubmit, onCancel, onAddCategory }: RiskFormProps) {
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<RiskDraftError[]>([]);
  const [countyProblems, setCountyProblems] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [newCategory, setNewCategory] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const t = (k: Parameters<typeof risksText>[1], p?: Record<string, string | number>) => risksText(lang, k, p);
  const set = <K extends keyof RiskFormFields>(key: K, value: RiskFormFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const errorOf = (field: RiskField) => errors.find((e) => e.field === field);
  const known = new Set(index?.counties.map((c) => c.adcode) ?? []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reading = readCountyList(fields.counties, index);
    const problems = [...reading.notFound.map((name) => t('notFound', { name })), ...reading.ambiguous.map((name) => t('ambiguous', { name }))];
    const check = checkRiskDraft(draftOfFields(fields, reading.adcodes), (a) => known.has(a), categories);
    const all = check.ok ? [] : check.errors;
    if (problems.length && !all.some((x) => x.field === 'counties')) all.push({ field: 'counties', code: 'invalid' });
    setErrors(all);
    setCountyProblems(problems);
    if (!check.ok || problems.length) {
      formRef.current?.querySelector<HTMLElement>(`[name="${all[0]?.field ?? 'counties'}"]`)?.focus();
      return;
    }
    setSaveError(await onSubmit(check.draft));
  };

  const field = (name: RiskField, label: string, control: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode) => {
    const error = errorOf(name);
    const id = `risk-${name}`;
    return (
      <div className={`risk-form__field${error ? ' risk-form__field--bad' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {control({ id, name, 'aria-invalid': Boolean(error), ...(error ? { 'aria-describedby': `${id}-error` } : {}) })}
        {error && (
          <span id={`${id}-error`} className="risk-form__error" role="alert">
            {name === 'counties' && countyProblems.length > 0 ? countyProblems.join('；') : pickText(lang, RISK_NAMES.errors[error.code], { detail: error.detail ?? '' })}
          </span>
        )}
      </div>
    );
  };

  return (
    <form ref={formRef} className="risk-form" data-testid="risk-form" aria-label={editing ? t('formEdit') : t('formNew')} noValidate onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3>{editing ? t('formEdit') : t('formNew')}</h3>
      {errors.length > 0 && <p className="risk-form__error" role="alert">{t('fixErrors', { n: errors.length })}</p>}
      {field('title', t('titleField'), (p) => <input {...p} data-testid="risk-title" value={fields.title} maxLength={200} onChange={(e) => set('title', e.target.value)} autoFocus />)}
      {field('category', t('category'), (p) => (
        <select {...p} data-testid="risk-category" value={fields.category} onChange={(e) => set('category', e.target.value)}>
          {BUILT_IN_RISK_CATEGORIES.map((c) => <option key={c} value={c}>{pickText(lang, RISK_NAMES.categories[c])}</option>)}
          {categories.map((c) => <option key={c.id} value={c.id}>{pickText(lang, c.name)}</option>)}
        </select>
      ))}
      <div className="risk-form__inline">
        <input aria-label={t('newCategory')} placeholder={t('newCategory')} value={newCategory} maxLength={40} onChange={(e) => setNewCategory(e.target.value)} />
        <button type="button" disabled={newCategory.trim() === ''} onClick={() => { onAddCategory(newCategory.trim()); setNewCategory(''); }}>{t('addCategory')}</button>
      </div>
      {field('description', t('description'), (p) => <textarea {...p} rows={3} value={fields.description} onChange={(e) => set('description', e.target.value)} />)}
      {field('counties', t('counties'), (p) => <input {...p} data-testid="risk-counties" value={fields.counties} onChange={(e) => set('counties', e.target.value)} />)}
      {selection.length > 0 && <button type="button" onClick={() => set('counties', selection.join(', '))}>{t('useSelection')} ({selection.length})</button>}
      {field('owner', t('owner'), (p) => <input {...p} value={fields.owner} maxLength={100} onChange={(e) => set('owner', e.target.value)} />)}
      <div className="risk-form__inline">
        {field('level', t('level'), (p) => (
          <select {...p} data-testid="risk-level" value={fields.level} onChange={(e) => set('level', e.target.value)}>
            {RISK_LEVELS.map((l) => <option key={l} value={l}>{pickText(lang, RISK_NAMES.levels[l])}</option>)}
          </select>
        ))}
        {field('status', t('status'), (p) => (
          <select {...p} data-testid="risk-status" value={fields.status} onChange={(e) => set('status', e.target.value)}>
            {RISK_STATUSES.map((s) => <option key={s} value={s}>{pickText(lang, RISK_NAMES.statuses[s])}</option>)}
          </select>
        ))}
        {field('due', t('due'), (p) => <input {...p} type="date" data-testid="risk-due" value={fields.due} onChange={(e) => set('due', e.target.value)} />)}
      </div>
      {field('link', t('link'), (p) => (
        <span className="risk-form__inline">
          <select {...p} value={fields.linkKind} onChange={(e) => set('linkKind', e.target.value as RiskFormFields['linkKind'])}>
            <option value="">{t('linkNone')}</option>
            <option value="indicator">{t('linkIndicator')}</option>
            <option value="warning">{t('linkWarning')}</option>
          </select>
          {fields.linkKind === 'indicator' && (
            <select aria-label={t('linkIndicator')} value={fields.linkId} onChange={(e) => set('linkId', e.target.value)}>
              <option value="" />
              {indicatorIds.map((id) => <option key={id} value={id}>{id}</option>)}
            </select>
          )}
          {fields.linkKind === 'warning' && <input aria-label={t('linkWarning')} value={fields.linkId} maxLength={200} onChange={(e) => set('linkId', e.target.value)} />}
        </span>
      ))}
      <RiskActionLog lang={lang} actions={fields.actions} invalid={Boolean(errorOf('actions'))} onChange={(actions) => set('actions', actions)} />
      {saveError && <p className="risk-form__error" role="alert">{t('saveFailed', { detail: saveError })}</p>}
      <div className="risk-form__inline">
        <button type="submit" data-testid="risk-save">{t('save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
