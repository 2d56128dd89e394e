/**
 * The ranking table: every county (or one province's) by an indicator's value in a year or by its change between
 * two years, with inline bars, virtualised rows that add to the comparison set, and CSV export.
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { createCountyPositions } from '../../model/compare/columns';
import type { RankBy } from '../../model/compare/ranking';
import { toCsv } from '../../lib/csv-export';
import { localText } from '../../i18n/translate';
import { IndicatorSelect, YearSelect } from '../compare/indicator-select';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { useDesignationColumns } from '../../selectors/use-designation-columns';
import { parsePovertyFilter, povertyFilterCounties, povertyFilterValue } from '../../model/indicators/poverty-filter';
import { exportLabel } from '../provenance/provenance-badge-model';
import { defaultIndicatorId, formatterFor } from '../compare/paths-panel-model';
import { useIndicatorValues, type IndicatorSource } from '../../selectors/use-indicator-values';
import { fitTargetPane } from '../../selectors/pane-registry';
import { useRankingRows } from './use-ranking-rows';
import { RankingRows } from './ranking-rows';
import { barDomain, rankingCsvRows, rankingFileName, rowNames } from './ranking-model';
import { rankingText } from './ranking-strings';
import { downloadText } from './download-text';
import './ranking-panel.css';

/** Props of the ranking table. */
export interface RankingPanelProps {
  /** The dataset to rank (a DatasetLoader fits); null while none is loaded. */
  source: IndicatorSource | null;
}

/** The panel. */
export function RankingPanel({ source }: RankingPanelProps) {
  const lang = useAppStore((s) => s.view.lang);
  const paneIndicator = useAppStore((s) => s.view.panes[0]?.indicator ?? null);
  const paneYear = useAppStore((s) => s.view.panes[0]?.year ?? 0);
  // The ranking lists what map 1 shows: counties, or prefectures / provinces when the map is coloured by them.
  const level = useAppStore((s) => s.view.panes[0]?.level ?? 'county');
  const compareSet = useAppStore((s) => s.view.compare);
  const [compareOnly, setCompareOnly] = useState(false);
  const index = useAppStore((s) => s.geo.index);
  const geo = useAppStore((s) => s.geo.view);
  const manifest = source?.manifest ?? null;
  // The table's choices are view state (view.briefing.ranking), so a scene or a link replays them.
  const choice = useAppStore((s) => s.view.briefing.ranking);
  const apply = useAppStore((s) => s.viewActions.apply);
  const choose = (patch: Partial<typeof choice>): void =>
    apply((v) => ({ ...v, briefing: { ...v.briefing, ranking: { ...v.briefing.ranking, ...patch } } }));
  const { indicator: chosen, mode, order, province } = choice;
  const poverty = parsePovertyFilter(choice.poverty);
  const setChosen = (indicator: string | null): void => choose({ indicator });
  const [year, setYear] = useState<number | null>(null);
  const [fromYear, setFromYear] = useState<number | null>(null);
  const [toYear, setToYear] = useState<number | null>(null);
  const indicatorId = manifest ? (chosen ?? defaultIndicatorId(manifest, paneIndicator)) : null;
  const meta = manifest?.indicators.find((m) => m.id === indicatorId);
  const values = useIndicatorValues(source, indicatorId ? [indicatorId] : []).values.get(indicatorId ?? '');
  const positions = useMemo(() => createCountyPositions(manifest?.counties ?? []), [manifest]);
  const years = meta?.years ?? [];
  const pick = (y: number | null, fallback: number | undefined): number => (y !== null && years.includes(y) ? y : (fallback ?? 0));
  const valueYear = pick(year, years.includes(paneYear) ? paneYear : years.at(-1));
  const from = pick(fromYear, years[0]);
  const to = pick(toYear, years.at(-1));
  const by = useMemo<RankBy>(
    () => (mode === 'value' ? { kind: 'value', year: valueYear } : { kind: 'change', fromYear: from, toYear: to }),
    [mode, valueYear, from, to],
  );
  const designation = useDesignationColumns();
  const povertyKeep = useMemo(
    () => (index && designation && poverty !== 'all' ? new Set(povertyFilterCounties(poverty, index.counties.map((c) => c.adcode), designation)) : null),
    [index, poverty, designation],
  );
  const onlySet = compareOnly && compareSet.length > 0;
  const scope = useMemo(() => ({ ...(province ? { province } : {}), ...(onlySet ? { compareSet } : {}) }), [province, onlySet, compareSet]);
  const rows = useRankingRows({ source, manifest, meta, values, positions, level, by, order, scope, povertyKeep: level === 'county' ? povertyKeep : null });
  const domain = useMemo(() => barDomain(rows), [rows]);
  const format = useMemo(() => (meta ? formatterFor(lang, meta) : String), [lang, meta]);
  const nameOf = useMemo(
    () => (a: string) => {
      const n = rowNames(geo, level, a);
      return { name: n.name, province: n.provinceShort };
    },
    [geo, level],
  );
  // A prefecture or province row zooms map 1 to it (a county row selects the county, as before).
  const openUnit = (a: string) => {
    const box = level === 'province' ? geo?.province.get(a)?.bbox : geo?.prefecture.get(a)?.bbox;
    if (box) fitTargetPane(box, 9);
  };

  const title = rankingText(lang, level === 'province' ? 'titleProvince' : level === 'prefecture' ? 'titlePrefecture' : 'title');
  if (!manifest || !meta || !indicatorId) {
    return (
      <section className="panel ranking" aria-label={title}>
        <h2>{title}</h2>
        <p className="compare__hint">{rankingText(lang, manifest ? 'loading' : 'noDataset')}</p>
      </section>
    );
  }
  const exportCsv = (): void => {
    const namesOf = (a: string) => rowNames(geo, level, a);
    const t = (k: Parameters<typeof rankingText>[1]) => rankingText(lang, k);
    const headers = { rank: t('rank'), adcode: t('adcode'), county: t(level === 'province' ? 'provinceCol' : level === 'prefecture' ? 'prefecture' : 'county'), prefecture: t('prefecture'), province: t('provinceCol'), value: t('value'), change: t('change'), unit: t('unit') };
    const csv = toCsv(rankingCsvRows(rows, by, namesOf, headers, localText(lang, meta.unitLabel), exportLabel(manifest)));
    downloadText(rankingFileName(indicatorId, by, new Date()), csv);
  };
  const missing = rows.filter((r) => r.value === null).length;
  return (
    <section className="panel ranking" aria-label={title} data-testid="ranking-panel">
      <header className="panel__header">
        <h2>{title}</h2>
        <ProvenanceBadge source={manifest} form="full" testId={(kind) => (kind === 'sample' ? 'sample-badge' : `ranking-${kind}-badge`)} />
      </header>
      <div className="compare-controls">
        <IndicatorSelect manifest={manifest} lang={lang} label={rankingText(lang, 'indicator')} value={indicatorId} onChange={setChosen} />
        <label className="compare-control">
          <span>{rankingText(lang, 'by')}</span>
          <select value={mode} onChange={(e) => choose({ mode: e.target.value === 'change' ? 'change' : 'value' })}>
            <option value="value">{rankingText(lang, 'byValue')}</option>
            <option value="change">{rankingText(lang, 'byChange')}</option>
          </select>
        </label>
        {by.kind === 'value' && <YearSelect label={rankingText(lang, 'year')} years={years} value={by.year} onChange={setYear} />}
        {by.kind === 'change' && <YearSelect label={rankingText(lang, 'fromYear')} years={years} value={by.fromYear} onChange={setFromYear} />}
        {by.kind === 'change' && <YearSelect label={rankingText(lang, 'toYear')} years={years} value={by.toYear} onChange={setToYear} />}
        <label className="compare-control">
          <span>{rankingText(lang, 'province')}</span>
          <select value={province} onChange={(e) => choose({ province: e.target.value })}>
            <option value="">{rankingText(lang, 'allProvinces')}</option>
            {index?.provinces.map((p) => <option key={p.adcode} value={p.adcode}>{p.name}</option>)}
          </select>
        </label>
        <label className="compare-control compare-control--check" title={compareSet.length === 0 ? rankingText(lang, 'compareEmpty') : undefined}>
          <input type="checkbox" checked={onlySet} disabled={compareSet.length === 0} onChange={(e) => setCompareOnly(e.currentTarget.checked)} data-testid="ranking-compare-only" />
          <span>{rankingText(lang, 'compareOnly', { n: compareSet.length })}</span>
        </label>
        {designation && level === 'county' && (
          <label className="compare-control">
            <span>{rankingText(lang, 'poverty')}</span>
            <select value={povertyFilterValue(poverty)} onChange={(e) => choose({ poverty: povertyFilterValue(parsePovertyFilter(e.target.value)) })} data-testid="ranking-poverty-filter">
              <option value="all">{rankingText(lang, 'povertyAll')}</option>
              <option value="designated">{rankingText(lang, 'povertyOnly')}</option>
              <option value="not_designated">{rankingText(lang, 'povertyNot')}</option>
              {[2016, 2017, 2018, 2019, 2020].map((y) => (
                <option key={y} value={y}>{rankingText(lang, 'povertyExit', { year: y })}</option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => choose({ order: order === 'desc' ? 'asc' : 'desc' })} aria-label={rankingText(lang, 'order')}>
          {rankingText(lang, order)}
        </button>
        <button type="button" onClick={exportCsv} disabled={rows.length === 0} data-testid="ranking-export">
          {rankingText(lang, 'export')}
        </button>
      </div>
      <p className="compare__hint">
        {rankingText(lang, level === 'province' ? 'countProvinces' : level === 'prefecture' ? 'countPrefectures' : 'count', { n: rows.length, missing })} · {localText(lang, meta.unitLabel)}
        {level !== 'county' && ` · ${rankingText(lang, 'followsMap')}`}
      </p>
      {values ? (
        <RankingRows rows={rows} unit={level !== 'county'} onOpenUnit={openUnit} domain={domain} lang={lang} nameOf={nameOf} format={format} label={rankingText(lang, 'tableLabel', { indicator: localText(lang, meta.name) })} />
      ) : (
        <p className="compare__hint">{rankingText(lang, 'loading')}</p>
      )}
    </section>
  );
}
