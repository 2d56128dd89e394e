/** Smart sets: add the same prefecture, the same province, the exit cohort (real list), a pairing's partners or the k most similar counties. */
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { addToCompare, MAX_COMPARE } from '../../store/view-updaters';
import { fillCompareSet, partnerSetsOf, type SmartSetKind } from '../../model/compare/sets';
import { pairsOfStructure, type Pairing } from '../../model/partnership/pairings';
import type { CountyPositions } from '../../model/compare/columns';
import type { IndicatorValues } from '../../model/indicators/dataset';
import { localText } from '../../i18n/translate';
import { compareText } from './compare-strings';
import { smartSetCandidates } from './smart-set-model';
import { defaultSimilarityProfile } from './paths-panel-model';
import { useIndicatorValues, type IndicatorSource } from '../../selectors/use-indicator-values';
import { useDesignationColumns } from '../../selectors/use-designation-columns';

/** Props of the smart-set controls. */
export interface SmartSetsProps {
  source: IndicatorSource;
  positions: CountyPositions;
  /** Indicator the similarity profile starts with (the chart's). */
  initialIndicator: string;
  year: number;
  pairings?: readonly Pairing[];
}

/** The smart-set buttons and the similarity profile picker. */
export function SmartSets({ source, positions, initialIndicator, year, pairings }: SmartSetsProps) {
  const lang = useAppStore((s) => s.view.lang);
  const index = useAppStore((s) => s.geo.index);
  const geo = useAppStore((s) => s.geo.view);
  const target = useAppStore((s) => s.view.focus ?? s.view.compare[0] ?? null);
  const current = useAppStore((s) => s.view.compare);
  const structure = useAppStore((s) => s.view.partnership.structure);
  const apply = useAppStore((s) => s.viewActions.apply);
  const [chosen, setChosen] = useState<string[]>(() => defaultSimilarityProfile(source.manifest, initialIndicator));
  const [k, setK] = useState(5);
  const [message, setMessage] = useState<string | null>(null);
  const loaded = useIndicatorValues(source, chosen);
  const designation = useDesignationColumns();
  const county = target ? geo?.county(target) : undefined;
  const partners = useMemo(
    () => (county && pairings ? partnerSetsOf(pairsOfStructure(pairings, structure), county) : []),
    [county, pairings, structure],
  );
  if (!index || !county || !target) return <p className="compare__hint">{compareText(lang, 'smartNeedsTarget')}</p>;

  const run = (kind: SmartSetKind, partner?: string): void => {
    const indicators = chosen.flatMap((id): IndicatorValues[] => {
      const v = loaded.values.get(id);
      return v ? [v] : [];
    });
    const room = MAX_COMPARE - current.length;
    const { candidates, similarity } = smartSetCandidates({
      kind, counties: index.counties, target, positions, indicators, year, k, room, current, ...(partner ? { partner } : {}),
      ...(designation ? { designation } : {}),
    });
    const fill = fillCompareSet(current, candidates, MAX_COMPARE);
    apply((v) => addToCompare(v, fill.added));
    const notes = [compareText(lang, 'addedSome', { n: fill.added.length })];
    if (fill.overflow) notes.push(compareText(lang, 'overflow', { n: fill.overflow }));
    if (similarity?.problem === 'no_indicators') notes.push(compareText(lang, 'noIndicators'));
    if (similarity?.problem === 'target_missing_data') {
      const names = similarity.targetMissing.map((id) => source.manifest.indicators.find((m) => m.id === id)).map((m) => (m ? localText(lang, m.name) : ''));
      notes.push(compareText(lang, 'targetMissing', { name: county.name, year, indicators: names.join('、') }));
    }
    if (similarity?.skippedMissing) notes.push(compareText(lang, 'skipped', { n: similarity.skippedMissing }));
    setMessage(notes.join('；'));
  };

  return (
    <div className="smart-sets">
      <div className="smart-sets__title">{compareText(lang, 'smartSets', { name: county.name })}</div>
      <div className="smart-sets__buttons">
        <button type="button" onClick={() => run('prefecture')}>{compareText(lang, 'samePrefecture')}</button>
        <button type="button" onClick={() => run('province')}>{compareText(lang, 'sameProvince')}</button>
        {designation && (
          <button type="button" onClick={() => run('exit_cohort')} data-testid="smart-exit-cohort" title={compareText(lang, 'exitCohortTitle')}>
            {compareText(lang, 'exitCohort')}
          </button>
        )}
        {partners.length === 0 && <span className="compare__hint">{compareText(lang, 'partners')}: {compareText(lang, 'partnersNone')}</span>}
        {partners.map((p) => (
          <button key={p.pairId} type="button" onClick={() => run('partners', p.partner)} title={compareText(lang, 'partners')}>
            {p.label}
          </button>
        ))}
        <button type="button" disabled={chosen.length === 0 || loaded.loading} onClick={() => run('similar')} data-testid="smart-similar">
          {compareText(lang, 'similar', { k })}
        </button>
        <label className="smart-sets__k">
          {compareText(lang, 'similarK')}
          <input type="number" min={1} max={MAX_COMPARE - 1} value={k} onChange={(e) => setK(Math.min(MAX_COMPARE - 1, Math.max(1, Number(e.target.value) || 1)))} />
        </label>
      </div>
      <details className="smart-sets__profile">
        <summary>{compareText(lang, 'similarBy', { year })}</summary>
        {source.manifest.indicators.map((m) => (
          <label key={m.id} className="smart-sets__indicator">
            <input
              type="checkbox"
              checked={chosen.includes(m.id)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, m.id] : c.filter((id) => id !== m.id)))}
            />
            {localText(lang, m.name)}
          </label>
        ))}
      </details>
      {message && <p className="compare__hint" role="status">{message}</p>}
    </div>
  );
}
