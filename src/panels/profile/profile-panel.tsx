/** The county profile of `view.focus`: real facts, the series of the pane's dataset and the 2020 census with ranks, and the exit check. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { setExitMargin, setFocus } from '../../store/view-updaters';
import { splitIndicatorId } from '../../model/indicators/dataset';
import { useDatasetAttributes, useDatasetIndicators } from '../../selectors/use-indicator-values';
import { useRules } from '../../selectors/use-rules';
import { pickText } from '../indicator/indicator-strings';
import { profileExitChecks, profileRegion } from './profile-model';
import { PROFILE_STRINGS as S } from './profile-strings';
import { ProfileExitCheck } from './profile-exit-check';
import { ProfileIndicatorTable } from './profile-indicator-table';
import { exitCheckDataset, factsDatasetId, profileSections } from './profile-sections';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import './profile-panel.css';

/** The dataset holding the exit assessment's rates (the monitoring inputs, issue 16). */
const EXIT_INPUTS_DATASET = 'monitor_sample';

const REGION_KEYS = { east: 'regionEast', central: 'regionCentral', west: 'regionWest' } as const;

/** The profile panel (nothing when no county is focused). */
export function ProfilePanel() {
  const lang = useAppStore((s) => s.view.lang);
  const focus = useAppStore((s) => s.view.focus);
  const year = useAppStore((s) => s.view.panes[0]?.year ?? 2020);
  const indicator = useAppStore((s) => s.view.panes[0]?.indicator ?? null);
  const margin = useAppStore((s) => s.view.exitMargin);
  const apply = useAppStore((s) => s.viewActions.apply);
  const index = useAppStore((s) => s.geo.index);
  const geoView = useAppStore((s) => s.geo.view);
  const datasets = useAppStore((s) => s.data.datasets);
  const paneDatasetId = indicator ? splitIndicatorId(indicator).datasetId : 'sample';
  const rules = useRules();
  const sections = useMemo(() => profileSections(paneDatasetId, datasets), [paneDatasetId, datasets]);
  // The exit check reads incidence from the pane's dataset when it has one (an import), else from the sample.
  const checkId = exitCheckDataset(paneDatasetId, datasets, ['poverty_incidence']);
  const factsId = factsDatasetId(datasets);
  const checkDataset = datasets.find((d) => d.id === checkId) ?? null;
  const checkValues = useDatasetIndicators(focus ? checkId : null);
  // The exit assessment's other three rates (wrongly exited, missed, approval) come with the monitoring inputs.
  const exitInputs = datasets.find((d) => d.id === EXIT_INPUTS_DATASET && d.id !== checkId) ?? null;
  const exitInputValues = useDatasetIndicators(focus && exitInputs ? EXIT_INPUTS_DATASET : null);
  const checkAttributes = useDatasetAttributes(focus ? checkId : null);
  const facts = useDatasetAttributes(focus ? factsId : null);
  const factsManifest = datasets.find((d) => d.id === factsId)?.manifest;
  const t = (key: keyof typeof S, params?: Record<string, string | number>): string => pickText(lang, S[key], params);
  const position = focus && geoView ? geoView.positionOf.get(focus) : undefined;
  const county = focus && geoView ? geoView.county(focus) : undefined;

  // The region of the exit line: the list's (facts) or the check dataset's value, else the province's belt, so it
  // never goes missing when the pane maps an import.
  const regionInfo = useMemo(() => {
    const a = facts?.get('region') ?? checkAttributes?.get('region');
    const listed = a?.kind === 'category' && position !== undefined ? a.values[position] : null;
    return profileRegion(listed, focus ?? '');
  }, [facts, checkAttributes, position, focus]);
  const region = regionInfo.region;

  const checks = useMemo(() => {
    if (position === undefined || !checkDataset) return [];
    const valueOf = (id: string): number | undefined => {
      if (checkDataset.manifest.indicators.some((m) => m.id === id)) return checkValues.get(id)?.byYear.get(year)?.[position] ?? Number.NaN;
      if (!exitInputs?.manifest.indicators.some((m) => m.id === id)) return undefined;
      // That dataset lists its own counties: find the focused one there.
      const at = focus ? exitInputs.manifest.counties.indexOf(focus) : -1;
      return at < 0 ? Number.NaN : (exitInputValues.get(id)?.byYear.get(year)?.[at] ?? Number.NaN);
    };
    return profileExitChecks(rules, region, year, valueOf, margin);
  }, [rules, region, year, checkValues, position, checkDataset, margin, exitInputs, exitInputValues, focus]);

  if (!focus) return null;
  const close = (): void => apply((v) => setFocus(v, null));
  if (!county || position === undefined || !index) {
    return (
      <section className="panel profile-panel" data-testid="profile-panel">
        <p>{t('unknownCounty', { adcode: focus })}</p>
        <button type="button" onClick={close}>{t('close')}</button>
      </section>
    );
  }
  const factLabel = (id: string): string => {
    const a = facts?.get(id);
    if (!a) return '—';
    if (a.kind === 'number') return Number.isNaN(a.values[position] ?? Number.NaN) ? '—' : String(a.values[position]);
    const raw = a.values[position] ?? null;
    const cat = factsManifest?.attributes.find((m) => m.id === id)?.categories?.find((c) => c.value === raw);
    return cat ? pickText(lang, cat.label) : (raw ?? '—');
  };
  const listed = factLabel('listed_name');

  return (
    <section className="panel profile-panel" data-testid="profile-panel" aria-labelledby="profile-title">
      <div className="panel__header">
        <h2 id="profile-title">
          {county.name} <span className="profile-panel__adcode">{county.adcode}</span>
        </h2>
        <button type="button" onClick={close} aria-label={t('close')} data-testid="profile-close">
          ×
        </button>
      </div>
      <dl className="profile-panel__facts" data-testid="profile-facts">
        <dt>{t('prefecture')}</dt>
        <dd>{geoView?.prefecture.get(county.prefecture)?.name ?? '—'}</dd>
        <dt>{t('province')}</dt>
        <dd>{geoView?.province.get(county.province)?.name ?? '—'}</dd>
        <dt>{t('region')}</dt>
        <dd data-testid="profile-region">
          {region ? t(REGION_KEYS[region]) : '—'}
          {region && regionInfo.from === 'province' && <span className="profile-panel__muted">（{t('regionByProvince')}）</span>}
        </dd>
        <dt>{t('designation')}</dt>
        <dd data-testid="profile-designation">
          {factLabel('designation')} <ProvenanceBadge source={factsManifest} testId="profile-facts-badge" />
        </dd>
        <dt>{t('exitYear')}</dt>
        <dd data-testid="profile-exit-year">{factLabel('exit_year')}</dd>
        {listed !== '—' && listed !== county.name && (
          <>
            <dt>{t('listedAs')}</dt>
            <dd>{listed}</dd>
          </>
        )}
      </dl>
      <div className="profile-panel__check-source">
        <ProvenanceBadge source={checkDataset?.manifest} testId={(kind) => `profile-exit-${kind}-badge`} />
      </div>
      <ProfileExitCheck
        checks={checks}
        rules={rules}
        lang={lang}
        year={year}
        margin={margin}
        onMargin={(m) => apply((v) => setExitMargin(v, m))}
      />
      {sections.map((id) => (
        <ProfileIndicatorTable key={id} datasetId={id} year={year} county={county} position={position} index={index} />
      ))}
    </section>
  );
}
