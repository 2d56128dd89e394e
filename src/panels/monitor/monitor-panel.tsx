/**
 * The monitoring tab: the risk index's weights, cutoffs and k (in the view state), H / A / M0 with contributions,
 * the focused county's deprivations, the early warnings of the pane's year, and the rule sets in use. Thin: the
 * numbers come from the derived `monitor` dataset and the pure monitor-model.ts.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectCounty, setFocus, setPaneIndicator } from '../../store/view-updaters';
import { useDatasetIndicators } from '../../selectors/use-indicator-values';
import { useEarlyWarnings } from '../../selectors/use-early-warnings';
import { useRuleSets } from '../../selectors/use-monitor-rule-sets';
import { MONITOR_DATASET_ID } from '../../model/monitoring/monitor-manifest';
import { effectivePlaceNames, placeName } from '../../model/geo/place-name';
import type { MonitorView } from '../../model/monitoring/monitor-view';
import { countyDeprivations, indexSummaries, pickIndexYear, type SummaryGroup } from './monitor-model';
import { provinceMembers } from '../profile/profile-model';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { MonitorIndexEditor } from './monitor-index-editor';
import { MonitorSummary } from './monitor-summary';
import { MonitorCounty } from './monitor-county';
import { MonitorWarnings } from './monitor-warnings';
import { MonitorRules } from './monitor-rules';
import { MonitorCountyRules } from './monitor-county-rules';
import { monitorText } from './monitor-strings';
import './monitor-panel.css';

/** The panel. */
export function MonitorPanel() {
  const lang = useAppStore((s) => s.view.lang);
  const monitor = useAppStore((s) => s.view.monitor);
  const focus = useAppStore((s) => s.view.focus);
  const selection = useAppStore((s) => s.view.selection);
  const paneYear = useAppStore((s) => s.view.panes[0]?.year ?? 2020);
  const names = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  const apply = useAppStore((s) => s.viewActions.apply);
  const margin = useAppStore((s) => s.view.exitMargin);
  const index = useAppStore((s) => s.geo.index);
  const geoView = useAppStore((s) => s.geo.view);
  const dataset = useAppStore((s) => s.data.datasets.find((d) => d.id === MONITOR_DATASET_ID) ?? null);
  const columns = useDatasetIndicators(MONITOR_DATASET_ID);
  const ruleSets = useRuleSets();
  const t = (key: Parameters<typeof monitorText>[1], params?: Record<string, string | number>) => monitorText(lang, key, params);

  const riskYears = dataset?.manifest.indicators.find((m) => m.id === 'risk_score')?.years ?? [];
  const year = pickIndexYear(riskYears, paneYear);
  const warnings = useEarlyWarnings(paneYear);
  const nameOf = (adcode: string): string => {
    const c = geoView?.county(adcode);
    return c ? placeName(c, names) : adcode;
  };
  // The open profile's county, else the last one picked on the map.
  const county = focus ?? selection.at(-1) ?? null;
  const position = county && geoView ? geoView.positionOf.get(county) : undefined;
  const focusProvince = county && geoView ? geoView.county(county)?.province : undefined;

  const summaries = useMemo(() => {
    if (!index || year === null) return [];
    const groups: (SummaryGroup & { label: string })[] = [{ id: 'nation', members: null, label: t('nation') }];
    if (focusProvince) {
      const p = index.provinces.find((x) => x.adcode === focusProvince);
      groups.push({ id: 'province', members: provinceMembers(index, focusProvince), label: p ? placeName(p, names) : focusProvince });
    }
    if (selection.length > 0 && geoView) {
      const members = selection.map((a) => geoView.positionOf.get(a)).filter((i): i is number => i !== undefined);
      groups.push({ id: 'selection', members, label: t('selection') });
    }
    const labels = new Map(groups.map((g) => [g.id, g.label]));
    return indexSummaries(monitor.dims, monitor.k, columns, year, groups).map((r) => ({ ...r, label: labels.get(r.id) ?? r.id }));
    // `t` only reads `lang`, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [index, year, focusProvince, selection, geoView, monitor, columns, names, lang]);

  const set = (next: MonitorView) => apply((v) => ({ ...v, monitor: next }));
  const open = (adcode: string) => apply((v) => setFocus(selectCounty(v, adcode, 'replace'), adcode));
  const cell = (id: string) => (position !== undefined && year !== null ? (columns.get(id)?.byYear.get(year)?.[position] ?? Number.NaN) : Number.NaN);

  return (
    <section className="monitor-panel" data-testid="monitor-panel" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      {dataset && <ProvenanceBadge source={dataset.manifest} testId="monitor-badge" />}
      {dataset?.manifest.kind === 'sample' && <p className="monitor-note">{t('sample')}</p>}
      <h3>{t('indexTitle')} {year !== null && <span className="monitor-note">{t('year', { year })}</span>}</h3>
      <p className="monitor-note">{t('indexNote')}</p>
      <MonitorIndexEditor lang={lang} view={monitor} onChange={set} />
      <button type="button" data-testid="monitor-show-map" onClick={() => apply((v) => setPaneIndicator(v, 0, `${MONITOR_DATASET_ID}:risk_score`))}>
        {t('showOnMap')}
      </button>
      {summaries.length > 0 ? <MonitorSummary lang={lang} rows={summaries} /> : <p>{t('loading')}</p>}
      <p className="monitor-note">{t('summaryNote')}</p>
      {county && position !== undefined && year !== null ? (
        <MonitorCounty
          lang={lang}
          name={nameOf(county)}
          rows={countyDeprivations(monitor.dims, columns, year, position)}
          score={cell('risk_score')}
          atRisk={cell('at_risk')}
        />
      ) : (
        <p className="monitor-note">{t('noCounty')}</p>
      )}
      {county && position !== undefined && (
        <>
          <h3>{t('rulesCounty', { name: nameOf(county), margin })}</h3>
          <MonitorCountyRules lang={lang} sets={ruleSets} adcode={county} position={position} year={paneYear} margin={margin} />
        </>
      )}
      <h3>{t('warningsTitle', { year: paneYear, previous: paneYear - 1 })}</h3>
      <div className="monitor-warn-settings">
        <label>
          {t('warnRisk')}
          <input type="number" min={0} max={1} step={0.05} value={monitor.warnRisk} data-testid="monitor-warn-risk"
            onChange={(e) => { const n = Number(e.target.value); if (e.target.value !== '' && n >= 0 && n <= 1) set({ ...monitor, warnRisk: n }); }} />
        </label>
        <label>
          {t('warnRelapse')}
          <input type="number" min={0} max={100} step={0.1} value={monitor.warnRelapse} data-testid="monitor-warn-relapse"
            onChange={(e) => { const n = Number(e.target.value); if (e.target.value !== '' && n >= 0 && n <= 100) set({ ...monitor, warnRelapse: n }); }} />
        </label>
      </div>
      <MonitorWarnings lang={lang} warnings={warnings} nameOf={nameOf} onOpen={open} />
      <h3>{t('rulesTitle')}</h3>
      <MonitorRules lang={lang} sets={ruleSets} />
    </section>
  );
}
