/** One dataset's indicators in the profile: value, ranks in province and nation, and a trend line, under its badge. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import type { County, CountyIndexJson } from '../../model/geo/county';
import { formatIndicatorValue } from '../../i18n/format-indicator-value';
import { shownYear } from '../../model/indicators/indicator-year';
import { useDataset, useDatasetAttributes, useDatasetIndicators } from '../../selectors/use-indicator-values';
import { pickText } from '../indicator/indicator-strings';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { buildSparkline, provinceMembers, rankAt } from './profile-model';
import { PROFILE_STRINGS as S } from './profile-strings';

/** Props: the dataset, the chosen year, the county and its map position. */
export interface ProfileIndicatorTableProps {
  datasetId: string;
  year: number;
  county: County;
  position: number;
  index: CountyIndexJson;
}

/** The table (nothing until the dataset is known). */
export function ProfileIndicatorTable({ datasetId, year, county, position, index }: ProfileIndicatorTableProps) {
  const lang = useAppStore((s) => s.view.lang);
  const dataset = useDataset(datasetId);
  const values = useDatasetIndicators(datasetId);
  const attributes = useDatasetAttributes(datasetId);
  const match = attributes?.get('match');
  const approximate = match?.kind === 'category' && match.values[position] === 'approximate';
  const t = (key: keyof typeof S, params?: Record<string, string | number>): string => pickText(lang, S[key], params);
  const rows = useMemo(() => {
    if (!dataset) return [];
    const members = provinceMembers(index, county.province);
    return dataset.manifest.indicators.map((meta) => {
      const v = values.get(meta.id);
      const at = shownYear(meta.years, year);
      const column = v?.byYear.get(at);
      const value = column?.[position] ?? Number.NaN;
      return {
        meta,
        at,
        loaded: !!v,
        value,
        province: column ? rankAt(column, position, members, meta.polarity) : null,
        nation: column ? rankAt(column, position, null, meta.polarity) : null,
        sparkline: v && meta.years.length > 1 ? buildSparkline(v, position, dataset.manifest.years, year) : null,
      };
    });
  }, [dataset, index, county, values, year, position]);
  if (!dataset) return null;
  const years = [...new Set(rows.map((r) => r.at))];
  const fmt = (v: number, unit: string): string => (Number.isNaN(v) ? t('noData') : formatIndicatorValue(lang, v, unit, unit === 'persons' ? 0 : unit === 'percent' ? 1 : 2));
  return (
    <section className="profile-panel__section" data-testid={`profile-section-${datasetId}`}>
      <h3>
        {t('indicators', { year: years.length === 1 ? years[0]! : year })} <ProvenanceBadge source={dataset.manifest} form="full" testId={(kind) => `profile-${kind}-badge`} />
      </h3>
      {approximate && (
        <p className="profile-panel__note" data-testid="profile-approximate">{t('approximate')}</p>
      )}
      <table className="profile-panel__table" data-testid={datasetId === 'sample' ? 'profile-indicators' : `profile-indicators-${datasetId}`}>
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
              <th scope="row">
                <span className="profile-panel__name" title={pickText(lang, r.meta.name)}>{pickText(lang, r.meta.name)}</span>
              </th>
              <td className="profile-panel__num">
                {r.loaded ? fmt(r.value, r.meta.unit) : t('loading')} {r.loaded && !Number.isNaN(r.value) ? pickText(lang, r.meta.unitLabel) : ''}
              </td>
              <td className="profile-panel__num">{r.province ? t('rankOf', { rank: r.province.rank, of: r.province.of }) : '—'}</td>
              <td className="profile-panel__num">{r.nation ? t('rankOf', { rank: r.nation.rank, of: r.nation.of }) : '—'}</td>
              <td>
                {r.sparkline ? (
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
                ) : (
                  r.at
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
