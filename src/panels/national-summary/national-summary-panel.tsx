/**
 * The county column while no county is focused: what to do (click a county or search), then the national summary
 * of pane 1's indicator and year — the national figure, the distribution of county values, the highest and lowest
 * counties (each opens its profile). Thin: the numbers come from national-summary-model.ts.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { useIndicator } from '../../selectors/use-indicator-values';
import { shownYear } from '../../model/indicators/indicator-year';
import { pickText } from '../indicator/indicator-strings';
import { formatterFor } from '../compare/paths-panel-model';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { effectivePlaceNames, placeName } from '../../model/geo/place-name';
import { nationalSummary, type RankedCounty } from './national-summary-model';
import { summaryText, type SummaryStringKey } from './national-summary-strings';
import './national-summary-panel.css';

/** The panel (nothing while a county is focused: the profile takes the column). */
export function NationalSummaryPanel() {
  const lang = useAppStore((s) => s.view.lang);
  const focus = useAppStore((s) => s.view.focus);
  const indicator = useAppStore((s) => s.view.panes[0]?.indicator ?? null);
  const chosenYear = useAppStore((s) => s.view.panes[0]?.year ?? 0);
  const index = useAppStore((s) => s.geo.index);
  const geo = useAppStore((s) => s.geo.view);
  const selectCounty = useAppStore((s) => s.viewActions.selectCounty);
  const { dataset, meta, values, status } = useIndicator(focus ? null : indicator);
  const aggregation = meta?.aggregation;
  const weightId =
    aggregation?.method === 'weighted_mean' && dataset?.manifest.indicators.some((m) => m.id === aggregation.weight)
      ? `${dataset.id}:${aggregation.weight}`
      : null;
  const weight = useIndicator(focus ? null : weightId);
  const year = meta ? shownYear(meta.years, chosenYear) : chosenYear;

  // County names as the place-name setting says (pinyin in English), like every other list.
  const names = useAppStore((st) => effectivePlaceNames(st.view.lang, st.view.placeNames));
  const summary = useMemo(() => {
    const column = values?.byYear.get(year);
    if (!column || !index || !aggregation) return null;
    const weights = weight.values ? (weight.values.byYear.get(year) ?? [...weight.values.byYear.values()].at(-1) ?? null) : null;
    return nationalSummary({ values: column, adcodes: index.counties.map((c) => c.adcode), aggregation, weights });
  }, [values, year, index, aggregation, weight.values]);

  if (focus) return null;
  const t = (key: SummaryStringKey, params?: Record<string, string | number>) => summaryText(lang, key, params);
  const format = meta ? formatterFor(lang, meta) : String;
  const unit = meta ? pickText(lang, meta.unitLabel) : '';
  const nameOf = (a: string) => {
    const c = geo?.county(a);
    return c ? placeName(c, names) : a;
  };
  const most = summary ? Math.max(1, ...summary.bins.map((b) => b.count)) : 1;
  const list = (key: 'highest' | 'lowest', rows: readonly RankedCounty[]) => (
    <div className="national-summary__list">
      <h4>{t(key)}</h4>
      <ol data-testid={`national-summary-${key}`}>
        {rows.map((r) => (
          <li key={r.adcode}>
            <button type="button" className="national-summary__county" title={t('openCounty', { name: nameOf(r.adcode) })} onClick={() => selectCounty(r.adcode, 'replace')}>
              {nameOf(r.adcode)}
            </button>
            <span className="national-summary__value">{format(r.value)}</span>
          </li>
        ))}
      </ol>
    </div>
  );

  return (
    <section className="panel national-summary" data-testid="national-summary">
      <p className="national-summary__hint" data-testid="national-summary-hint">{t('hint')}</p>
      {meta && (
        <>
          <h3>
            {t('title')} <ProvenanceBadge source={dataset?.manifest} testId="national-summary-badge" />
          </h3>
          <p className="national-summary__heading">{t('heading', { indicator: pickText(lang, meta.name), year: String(year) })}</p>
        </>
      )}
      {!summary ? (
        <p className="national-summary__muted">{status === 'loading' ? t('loading') : meta ? t('noData') : ''}</p>
      ) : (
        <>
          <p className="national-summary__figure" data-testid="national-summary-figure">
            <span>{t(`figure_${summary.figure.kind}`)}</span>
            <strong>{format(summary.figure.value)}</strong>
            {unit && <span className="national-summary__muted">{unit}</span>}
          </p>
          <p className="national-summary__muted">{t('counted', { n: summary.counted, missing: summary.missing })}</p>
          <figure className="national-summary__distribution">
            <figcaption>{t('distribution')}</figcaption>
            <svg viewBox={`0 0 ${summary.bins.length * 10} 40`} preserveAspectRatio="none" role="img" aria-label={t('distribution')}>
              {summary.bins.map((b, i) => (
                <rect key={i} x={i * 10 + 0.5} width={9} y={40 - (38 * b.count) / most} height={(38 * b.count) / most}>
                  <title>{t('bar', { from: format(b.x0), to: format(b.x1), n: b.count })}</title>
                </rect>
              ))}
            </svg>
            <div className="national-summary__axis">
              <span>{format(summary.bins[0]?.x0 ?? 0)}</span>
              <span>{format(summary.bins.at(-1)?.x1 ?? 0)}</span>
            </div>
          </figure>
          <div className="national-summary__lists">
            {list('highest', summary.highest)}
            {list('lowest', summary.lowest)}
          </div>
        </>
      )}
    </section>
  );
}
