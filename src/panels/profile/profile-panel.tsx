/** The county profile of `view.focus`: facts, every indicator with ranks and a line chart, and the exit check. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { setExitMargin, setFocus } from '../../store/view-updaters';
import { splitIndicatorId } from '../../model/dataset';
import type { Region } from '../../model/rule';
import { formatNumber } from '../../i18n/translate';
import { useDataset, useDatasetAttributes, useDatasetIndicators } from '../../selectors/use-indicator-values';
import { useRules } from '../../selectors/use-rules';
import { pickText } from '../indicator/indicator-strings';
import { buildSparkline, profileExitChecks, provinceMembers, rankAt } from './profile-model';
import { PROFILE_STRINGS as S } from './profile-strings';
import { ProfileExitCheck } from './profile-exit-check';
import './profile-panel.css';

const REGIONS: readonly Region[] = ['east', 'central', 'west'];

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
  const datasetId = indicator ? splitIndicatorId(indicator).datasetId : 'sample';
  const dataset = useDataset(datasetId);
  const values = useDatasetIndicators(focus ? datasetId : null);
  const attributes = useDatasetAttributes(focus ? datasetId : null);
  const rules = useRules();
  const t = (key: keyof typeof S, params?: Record<string, string | number>): string => pickText(lang, S[key], params);
  const position = focus && geoView ? geoView.positionOf.get(focus) : undefined;
  const county = focus && geoView ? geoView.county(focus) : undefined;

  const rows = useMemo(() => {
    if (!dataset || !index || position === undefined || !county) return [];
    const members = provinceMembers(index, county.province);
    return dataset.manifest.indicators.map((meta) => {
      const v = values.get(meta.id);
      const column = v?.byYear.get(year);
      const value = column?.[position] ?? Number.NaN;
      return {
        meta,
        loaded: !!v,
        value,
        province: column ? rankAt(column, position, members, meta.polarity) : null,
        nation: column ? rankAt(column, position, null, meta.polarity) : null,
        sparkline: v ? buildSparkline(v, position, dataset.manifest.years, year) : null,
      };
    });
  }, [dataset, index, position, county, values, year]);

  const region = useMemo(() => {
    const a = attributes?.get('region');
    const r = a?.kind === 'category' && position !== undefined ? a.values[position] : null;
    return REGIONS.find((x) => x === r) ?? null;
  }, [attributes, position]);

  const checks = useMemo(() => {
    if (position === undefined || !dataset) return [];
    const valueOf = (id: string): number | undefined => {
      if (!dataset.manifest.indicators.some((m) => m.id === id)) return undefined;
      return values.get(id)?.byYear.get(year)?.[position] ?? Number.NaN;
    };
    return profileExitChecks(rules, region, year, valueOf, margin);
  }, [rules, region, year, values, position, dataset, margin]);

  if (!focus) return null;
  const close = (): void => apply((v) => setFocus(v, null));
  if (!county || position === undefined) {
    return (
      <section className="panel profile-panel" data-testid="profile-panel">
        <p>{t('unknownCounty', { adcode: focus })}</p>
        <button type="button" onClick={close}>{t('close')}</button>
      </section>
    );
  }
  const attrLabel = (id: string): string => {
    const a = attributes?.get(id);
    if (!a) return '—';
    if (a.kind === 'number') return Number.isNaN(a.values[position] ?? Number.NaN) ? '—' : String(a.values[position]);
    const raw = a.values[position] ?? null;
    const cat = dataset?.manifest.attributes.find((m) => m.id === id)?.categories?.find((c) => c.value === raw);
    return cat ? pickText(lang, cat.label) : (raw ?? '—');
  };
  const sample = !!dataset?.manifest.sample;
  const fmt = (v: number, unit: string): string => (Number.isNaN(v) ? t('noData') : formatNumber(lang, v, unit === 'percent' ? 1 : 0));

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
      {sample && (
        <span className="map-sample-badge" title={t('sampleTitle')} data-testid="profile-sample-badge">
          示例数据 / Sample data
        </span>
      )}
      <dl className="profile-panel__facts">
        <dt>{t('prefecture')}</dt>
        <dd>{geoView?.prefecture.get(county.prefecture)?.name ?? '—'}</dd>
        <dt>{t('province')}</dt>
        <dd>{geoView?.province.get(county.province)?.name ?? '—'}</dd>
        <dt>{t('region')}</dt>
        <dd>{attrLabel('region')}</dd>
        <dt>{t('designation')}</dt>
        <dd>{attrLabel('designation')}</dd>
        <dt>{t('exitYear')}</dt>
        <dd>{attrLabel('exit_year')}</dd>
      </dl>
      <ProfileExitCheck
        checks={checks}
        rules={rules}
        lang={lang}
        year={year}
        margin={margin}
        onMargin={(m) => apply((v) => setExitMargin(v, m))}
      />
      <h3>{t('indicators', { year })}</h3>
      <table className="profile-panel__table" data-testid="profile-indicators">
        <caption className="visually-hidden">{t('rankNote')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col" title={t('rankNote')}>{t('rankProvince')}</th>
            <th scope="col" title={t('rankNote')}>{t('rankNation')}</th>
            <th scope="col">{t('trend')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.meta.id}>
              <th scope="row">{pickText(lang, r.meta.name)}</th>
              <td>
                {r.loaded ? fmt(r.value, r.meta.unit) : t('loading')} {r.loaded && !Number.isNaN(r.value) ? pickText(lang, r.meta.unitLabel) : ''}
              </td>
              <td>{r.province ? t('rankOf', { rank: r.province.rank, of: r.province.of }) : '—'}</td>
              <td>{r.nation ? t('rankOf', { rank: r.nation.rank, of: r.nation.of }) : '—'}</td>
              <td>
                {r.sparkline && (
                  <svg className="profile-panel__spark" viewBox={`0 0 ${r.sparkline.width} ${r.sparkline.height}`} aria-hidden="true">
                    {r.sparkline.currentX !== null && (
                      <line x1={r.sparkline.currentX} x2={r.sparkline.currentX} y1={0} y2={r.sparkline.height} className="profile-panel__spark-now" />
                    )}
                    <path d={r.sparkline.path} className="profile-panel__spark-line" />
                    {r.sparkline.points
                      .filter((p) => p.year === year)
                      .map((p) => (
                        <circle key={p.year} cx={p.x} cy={p.y} r={2.2} className="profile-panel__spark-dot" />
                      ))}
                  </svg>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
