/** A pane's indicator picker and classification controls (method, classes, scheme, manual breaks, level). */
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { setPaneClassesPerYear, setPaneClassification, setPaneIndicator, setPaneLevel, setPaneOwnClasses } from '../../store/view-updaters';
import type { ClassMethod, Level } from '../../model/view/view-state';
import { CLASS_COUNTS, findOption, formatBreaks, groupIndicators, methodOptions, parseBreaks, schemeOptions } from './indicator-picker-model';
import { INDICATOR_STRINGS as S, LEVEL_NAMES, pickText } from './indicator-strings';
import { RadioGroup } from '../common/radio-group';
import { isDivergingScheme } from '../../model/indicators/color-scheme';
import { MidpointControl } from './midpoint-control';
import './indicator-panel.css';

const LEVELS: Level[] = ['county', 'prefecture', 'province'];

/** Props: the pane. */
export interface IndicatorPanelProps {
  pane: number;
}

/** The controls of pane `pane`. */
export function IndicatorPanel({ pane }: IndicatorPanelProps) {
  const lang = useAppStore((s) => s.view.lang);
  const config = useAppStore((s) => s.view.panes[pane]);
  const datasets = useAppStore((s) => s.data.datasets);
  const single = useAppStore((s) => s.view.panes.length === 1);
  const apply = useAppStore((s) => s.viewActions.apply);
  const groups = useMemo(() => groupIndicators(datasets.map((d) => d.manifest), lang), [datasets, lang]);
  const [breaksText, setBreaksText] = useState<string | null>(null);
  if (!config) return null;
  const c = config.classification;
  const option = findOption(groups, config.indicator);
  const t = (key: keyof typeof S): string => pickText(lang, S[key]);
  const setClassification = (patch: Partial<typeof c>): void => apply((v) => setPaneClassification(v, pane, { ...c, ...patch }));
  const shownBreaks = breaksText ?? formatBreaks(c.breaks);
  const parsedBreaks = parseBreaks(shownBreaks);
  const commitBreaks = (): void => {
    if (parsedBreaks) setClassification({ breaks: parsedBreaks });
    if (parsedBreaks) setBreaksText(null);
  };
  const id = (name: string): string => `pane${pane}-${name}`;

  return (
    <details className="indicator-panel" data-testid={`indicator-panel-${pane}`} open={single || undefined}>
      <summary>{option ? option.label : t('controls')}</summary>
      <div className="indicator-panel__body">
        <label htmlFor={id('indicator')}>{t('indicator')}</label>
        <select
          id={id('indicator')}
          data-testid={`indicator-select-${pane}`}
          value={config.indicator ?? ''}
          onChange={(e) => apply((v) => setPaneIndicator(v, pane, e.target.value || null))}
        >
          <option value="">{t('none')}</option>
          {config.indicator && !option && <option value={config.indicator}>{config.indicator}</option>}
          {groups.map((g) => (
            <optgroup key={g.datasetId} label={g.label} data-kind={g.kind ?? 'own'}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {config.indicator && option?.meta.categories?.length ? (
          <p className="indicator-panel__note" data-testid={`categorical-note-${pane}`}>{t('categorical')}</p>
        ) : null}
        {config.indicator && !option?.meta.categories?.length && (
          <>
            <label htmlFor={id('method')}>{t('method')}</label>
            <select
              id={id('method')}
              data-testid={`method-select-${pane}`}
              value={c.method}
              onChange={(e) => setClassification({ method: e.target.value as ClassMethod })}
            >
              {methodOptions(option?.meta, lang).map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
            {c.method !== 'threshold' && c.method !== 'manual' && (
              <>
                <label htmlFor={id('classes')}>{t('classes')}</label>
                <select id={id('classes')} value={c.classes} onChange={(e) => setClassification({ classes: Number(e.target.value) })}>
                  {CLASS_COUNTS.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </>
            )}
            {c.method === 'manual' && (
              <>
                <label htmlFor={id('breaks')}>{t('breaks')}</label>
                <input
                  id={id('breaks')}
                  data-testid={`breaks-input-${pane}`}
                  type="text"
                  inputMode="decimal"
                  value={shownBreaks}
                  placeholder={t('breaksHint')}
                  aria-invalid={!parsedBreaks}
                  aria-describedby={parsedBreaks ? undefined : id('breaks-error')}
                  onChange={(e) => setBreaksText(e.target.value)}
                  onBlur={commitBreaks}
                  onKeyDown={(e) => e.key === 'Enter' && commitBreaks()}
                />
                {!parsedBreaks && (
                  <span id={id('breaks-error')} className="indicator-panel__error" role="alert">
                    {t('breaksInvalid')}
                  </span>
                )}
              </>
            )}
            {c.method !== 'threshold' && (
              <>
                <label htmlFor={id('scheme')}>{t('scheme')}</label>
                <select id={id('scheme')} value={c.scheme} onChange={(e) => setClassification({ scheme: e.target.value })}>
                  {schemeOptions(lang).map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </>
            )}
            {(c.method === 'quantile' || c.method === 'equal' || c.method === 'jenks') && isDivergingScheme(c.scheme) && (
              <MidpointControl pane={pane} classification={c} label={t('midpoint')} valueLabel={t('midpointValue')} />
            )}
            {(c.method === 'quantile' || c.method === 'equal' || c.method === 'jenks') && (
              <label className="indicator-panel__check">
                <input
                  type="checkbox"
                  data-testid={`per-year-${pane}`}
                  checked={!!c.perYear}
                  onChange={(e) => apply((v) => setPaneClassesPerYear(v, pane, e.target.checked))}
                />
                {t('perYear')}
              </label>
            )}
            {!single && (
              <label className="indicator-panel__check">
                <input
                  type="checkbox"
                  data-testid={`own-classes-${pane}`}
                  checked={!!c.own}
                  onChange={(e) => apply((v) => setPaneOwnClasses(v, pane, e.target.checked))}
                />
                {t('ownClasses')}
              </label>
            )}
            <span id={id('level')}>{t('level')}</span>
            <RadioGroup
              className="indicator-panel__levels"
              labelledBy={id('level')}
              options={LEVELS}
              value={config.level}
              onChange={(l) => apply((v) => setPaneLevel(v, pane, l))}
              render={(l) => pickText(lang, LEVEL_NAMES[l])}
              testId={(l) => `level-${l}-${pane}`}
            />
          </>
        )}
      </div>
    </details>
  );
}
