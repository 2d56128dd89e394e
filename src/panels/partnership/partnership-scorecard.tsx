/**
 * A pairing's scorecard: the six assessment dimensions with the year's figures, change on the previous year and a
 * sparkline since 2016, and the paired western counties' poverty incidence from the sample dataset alongside.
 */
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { useMatchingPairingSummary } from '../../selectors/use-matching-pairing-summary';
import { useMatchingStore } from '../../store/matching-store';
import { pairingSummaryText } from '../matching/matching-pairings';
import { matchingText } from '../matching/matching-strings';
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { findDataset } from '../../store/data-slice';
import type { Pairing } from '../../model/partnership/pairings';
import type { PartnershipBundle } from '../../data/partnership-data';
import { computeScorecard } from '../../model/partnership/scorecard';
import { westCountiesOfPair } from '../../model/partnership/flows';
import { createCountyPositions } from '../../model/compare/columns';
import { formatNumber, localText } from '../../i18n/translate';
import { useIndicatorValues } from '../../selectors/use-indicator-values';
import { formatMeasureValue, pairLabel } from './partnership-panel-model';
import { povertySummary, sparkline } from './scorecard-model';
import { partnershipText } from './partnership-strings';

/** Sparkline box in CSS pixels. */
const SPARK_W = 64;
const SPARK_H = 18;
const POVERTY = ['poverty_incidence'];

/** Props of the scorecard. */
export interface PartnershipScorecardProps {
  bundle: PartnershipBundle;
  pair: Pairing;
  year: number;
  onClose: () => void;
}

function Spark({ trend }: { trend: Parameters<typeof sparkline>[0] }) {
  const s = sparkline(trend, SPARK_W, SPARK_H);
  return (
    <svg className="spark" width={SPARK_W} height={SPARK_H} aria-hidden="true">
      <path d={s.path} />
      {s.last && <circle cx={s.last.x} cy={s.last.y} r={2} />}
    </svg>
  );
}

/** The scorecard. */
export function PartnershipScorecard({ bundle, pair, year, onClose }: PartnershipScorecardProps) {
  const lang = useAppStore((s) => s.view.lang);
  const view = useAppStore((s) => s.geo.view);
  const sample = useAppStore((s) => findDataset(s.data.datasets, 'sample') ?? null);
  const card = useMemo(() => computeScorecard(pair, bundle.flows, year), [pair, bundle, year]);
  const loaded = useIndicatorValues(sample?.loader ?? null, POVERTY);
  const positions = useMemo(() => (sample ? createCountyPositions(sample.manifest.counties) : new Map<string, number>()), [sample]);
  const counties = useMemo(() => westCountiesOfPair(bundle.flows, pair.id), [bundle, pair]);
  const poverty = povertySummary(counties, loaded.values.get('poverty_incidence'), positions, year, (a) => view?.county(a)?.name);
  const pct = (v: number | null) => (v === null ? '—' : formatNumber(lang, v, 1));
  const label = pairLabel(pair);
  // What the solved matching plan places along this pairing (nothing until a plan is solved in the matching tab).
  const matched = useMatchingPairingSummary(pair.id);
  // Once the user's labour tables are in use the plan is no longer all sample: say which part is whose.
  const importedLabour = useMatchingStore((s) => s.labour.tables.length > 0);

  return (
    <article className="scorecard" data-testid="partnership-scorecard" data-pair={pair.id}>
      <header className="scorecard__head">
        <h3>{partnershipText(lang, 'scorecard', { pair: label })}</h3>
        {card.sample && <ProvenanceBadge source={{ kind: 'sample' }} title={partnershipText(lang, 'sampleNote')} testId="scorecard-sample-badge" />}
        <button type="button" onClick={onClose} aria-label={partnershipText(lang, 'closeScorecard')}>×</button>
      </header>
      <p className="scorecard__note">
        {pair.source} · {partnershipText(lang, 'hoverYear', { year })}
      </p>
      {matched && (
        <p className="scorecard__note" data-testid="scorecard-matching">
          {matchingText(lang, importedLabour ? 'scorecardPlanImported' : 'scorecardPlan')}
          {pairingSummaryText(lang, matched)}
        </p>
      )}
      {!card.hasYear && <p className="scorecard__note">{partnershipText(lang, 'noYear', { year, structure: pair.structure })}</p>}
      <table className="scorecard__table">
        <thead>
          <tr>
            <th />
            <th>{partnershipText(lang, 'hoverYear', { year })}</th>
            <th>{partnershipText(lang, 'change')}</th>
            <th>{partnershipText(lang, 'trendSince')}</th>
          </tr>
        </thead>
        {card.dimensions.map((d) => (
          <tbody key={d.dimension.id} data-dimension={d.dimension.id}>
            <tr className="scorecard__dimension">
              <th colSpan={4}>{localText(lang, d.dimension.name)}</th>
            </tr>
            {d.measures.map((m) => (
              <tr key={m.measure.id}>
                <td>{localText(lang, m.measure.name)}</td>
                <td className="num">{formatMeasureValue(lang, m.value, m.measure)}</td>
                <td className="num">{m.change === null ? '—' : `${m.change >= 0 ? '+' : ''}${formatNumber(lang, m.change * 100, 0)}%`}</td>
                <td>
                  <Spark trend={m.trend} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <section className="scorecard__poverty" data-testid="partnership-poverty">
        <h4>
          {partnershipText(lang, 'povertyTitle', { n: counties.length })}
          <ProvenanceBadge source={sample?.manifest} testId="scorecard-poverty-sample-badge" />
        </h4>
        {poverty.rows.length === 0 || poverty.mean === null ? (
          <p className="scorecard__note">{loaded.loading ? partnershipText(lang, 'loading') : partnershipText(lang, 'povertyNone')}</p>
        ) : (
          <>
            <p className="scorecard__note">
              {partnershipText(lang, 'povertyMean', { value: pct(poverty.mean), year, base: pct(poverty.baseMean) })} <Spark trend={poverty.trend} />
            </p>
            <table className="scorecard__table scorecard__counties">
              <thead>
                <tr>
                  <th>{partnershipText(lang, 'county')}</th>
                  <th>2016</th>
                  <th>{year}</th>
                </tr>
              </thead>
              <tbody>
                {poverty.rows.map((r) => (
                  <tr key={r.adcode}>
                    <td>{r.name}</td>
                    <td className="num">{pct(r.base)}</td>
                    <td className="num">{pct(r.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </article>
  );
}
