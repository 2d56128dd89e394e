/** Results per yuan of the year shown: execution, the industry-share rule, and the spend-vs-outcome scatter. */
import { useMemo } from 'react';
import type { Lang } from '../../model/view/view-state';
import type { CountyIndexJson } from '../../model/geo/county';
import type { FundRow } from '../../model/funds/fund-table';
import type { FundShareRule } from '../../model/funds/industry-share-rule';
import { FUND_OUTCOME_INDICATORS } from '../../model/funds/fund-indicators';
import { useAppStore } from '../../store/app-store';
import { setFunds } from '../../store/funds-view-updaters';
import { useDataset, useIndicatorValues } from '../../selectors/use-indicator-values';
import { yearResults } from './funds-results-model';
import { fundsText } from './funds-strings';
import { SpendOutcomeScatter } from './spend-outcome-scatter';

/** Props: the rows shown (one year, filtered), the rules, the outcome indicator id. */
export interface FundsResultsProps {
  lang: Lang;
  year: number;
  rows: readonly FundRow[];
  rules: readonly FundShareRule[];
  outcome: string;
  index: CountyIndexJson;
}

/** The results section. */
export function FundsResults({ lang, year, rows, rules, outcome, index }: FundsResultsProps) {
  const apply = useAppStore((s) => s.viewActions.apply);
  const sample = useDataset('sample');
  const funds = useDataset('funds');
  const summary = useMemo(() => yearResults(rows, rules, year), [rows, rules, year]);
  const shown = useMemo(() => new Set(rows.map((r) => r.county)), [rows]);
  const perResident = useIndicatorValues(funds?.loader ?? null, ['funds_per_resident']).values.get('funds_per_resident');
  const outcomeValues = useIndicatorValues(sample?.loader ?? null, [outcome]).values.get(outcome);
  const meta = sample?.manifest.indicators.find((i) => i.id === outcome);
  const nameOf = useMemo(() => {
    const names = new Map(index.counties.map((c) => [c.adcode, lang === 'en' ? c.pinyin : c.name]));
    return (a: string) => names.get(a) ?? a;
  }, [index, lang]);
  const t = (k: Parameters<typeof fundsText>[1], p?: Record<string, string | number>) => fundsText(lang, k, p);
  const min = summary.rule?.conditions[0]?.value;
  return (
    <section className="funds-results" data-testid="funds-results">
      <h3>{t('results')}</h3>
      <p data-testid="funds-execution">{t('execution', { pct: summary.executionPct === null ? '—' : `${summary.executionPct.toFixed(1)}%` })}</p>
      {summary.rule && min !== undefined ? (
        <p data-testid="funds-rule" data-pass={summary.pass} data-fail={summary.fail}>
          {t('rule', { min, pass: summary.pass, fail: summary.fail })}
          <br />
          <small title={lang === 'en' ? summary.rule.source.en : summary.rule.source.zh}>{t('ruleSource')}: {lang === 'en' ? summary.rule.source.en : summary.rule.source.zh}</small>
        </p>
      ) : (
        <p data-testid="funds-rule">{t('noRule', { year })}</p>
      )}
      <label>
        {t('outcome')}{' '}
        <select data-testid="funds-outcome" value={outcome} onChange={(e) => apply((v) => setFunds(v, { outcome: e.target.value }))}>
          {FUND_OUTCOME_INDICATORS.map((o) => {
            const m = sample?.manifest.indicators.find((i) => i.id === o.id);
            return m ? <option key={o.id} value={o.id}>{lang === 'en' ? m.name.en : m.name.zh}</option> : null;
          })}
        </select>
      </label>
      {meta && sample && (
        <SpendOutcomeScatter lang={lang} counties={sample.manifest.counties} shown={shown} year={year} perResident={perResident} outcome={outcomeValues} meta={meta} nameOf={nameOf} />
      )}
    </section>
  );
}
