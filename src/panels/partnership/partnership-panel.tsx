/**
 * The partnership panel: structure switch (with its source), filters, measure, arcs and animation toggles for map 1,
 * the pairing list and the open pairing's scorecard. Loading starts the first time it is shown (after the first map).
 */
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { useAppStore } from '../../store/app-store';
import { setPartnership, updatePane } from '../../store/view-updaters';
import { usePartnershipBundle } from '../../selectors/use-partnership-bundle';
import { cachedArcsOf } from '../../selectors/partnership-arc-cache';
import { countArcsByLevel, countedArcs, nearestFlowYear } from '../../model/partnership/view';
import { useCountyArcDetail } from '../../selectors/use-county-arc-detail';
import { findMeasure } from '../../model/partnership/measures';
import { pairFlowValue } from '../../model/partnership/flows';
import { PARTNERSHIP_STRUCTURES } from '../../model/partnership/pairings';
import type { PartnershipView } from '../../model/view/view-state';
import { localText } from '../../i18n/translate';
import { partnershipText } from './partnership-strings';
import { clearingCountyPair, structureSwitchPatch } from './partnership-panel-model';
import { CountyPairSection } from './county-pair-section';
import { PartnershipFilters } from './partnership-filters';
import { PartnershipPairList } from './partnership-pair-list';
import { PartnershipScorecard } from './partnership-scorecard';
import { RadioGroup } from '../common/radio-group';
import './partnership-panel.css';

/** The panel. */
export function PartnershipPanel() {
  const lang = useAppStore((s) => s.view.lang);
  const pp = useAppStore((s) => s.view.partnership);
  const arcsOn = useAppStore((s) => s.view.panes[0]?.layers.arcs ?? false);
  const paneYear = useAppStore((s) => s.view.panes[0]?.year ?? 0);
  const geoIndex = useAppStore((s) => s.geo.index);
  const countyArcs = useCountyArcDetail(0);
  const status = useAppStore((s) => s.partnershipData);
  const apply = useAppStore((s) => s.viewActions.apply);
  const bundle = usePartnershipBundle(true);
  const set = (patch: Partial<PartnershipView>) => apply((v) => setPartnership(v, clearingCountyPair(patch)));

  if (!bundle || !geoIndex) {
    const text = status.status === 'error' ? partnershipText(lang, 'loadError', { detail: status.error ?? '' }) : partnershipText(lang, 'loading');
    return <section className="partnership-panel" data-testid="partnership-panel" data-status={status.status}>{text}</section>;
  }

  const cached = cachedArcsOf(bundle, geoIndex, pp);
  // What the map draws for these filters: the eastern partner narrows it, and at the national view county arcs wait
  // for a zoom or a filter (see countyArcsShown).
  const drawn = countedArcs(cached.arcs, pp.eastFilter, countyArcs);
  const counts = countArcsByLevel(drawn);
  const year = nearestFlowYear(cached.years, paneYear);
  const measure = findMeasure(bundle.registry, pp.measure) ?? bundle.registry.measures[0]!;
  const source = bundle.pairings.sources.find((s) => s.structure === pp.structure);
  const pair = pp.pair ? bundle.pairById.get(pp.pair) : undefined;

  return (
    <section className="partnership-panel" data-testid="partnership-panel" data-status="ready">
      <header className="partnership-panel__head">
        <h2>{partnershipText(lang, 'title')}</h2>
        {bundle.flows.sample && (
          <ProvenanceBadge source={{ kind: 'sample' }} title={partnershipText(lang, 'sampleNote')} testId="partnership-sample-badge" />
        )}
      </header>
      <RadioGroup
        className="partnership-panel__structure"
        label={partnershipText(lang, 'structure')}
        options={PARTNERSHIP_STRUCTURES}
        value={pp.structure}
        onChange={(s) => set(structureSwitchPatch(bundle.pairings.pairs, pp, s))}
        render={(s) => partnershipText(lang, 'structureYear', { year: s })}
        testId={(s) => `partnership-structure-${s}`}
      />
      {source && (
        <p className="partnership-panel__source" data-testid="partnership-source">
          {partnershipText(lang, 'pairingsAreFacts', { source: `《${localText(lang, source.title)}》`, date: source.date })}
          {source.note ? ` · ${localText(lang, source.note)}` : ''}
        </p>
      )}
      <PartnershipFilters bundle={bundle} index={geoIndex} view={pp} onChange={set} />
      <label className="partnership-panel__toggle">
        <input
          type="checkbox"
          checked={arcsOn}
          data-testid="partnership-arcs-toggle"
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            apply((v) => updatePane(v, 0, { layers: { ...(v.panes[0]?.layers ?? { choropleth: true, labels: true, arcs: false }), arcs: checked } }));
          }}
        />
        {partnershipText(lang, 'arcsOn')}
      </label>
      <label className="partnership-panel__toggle">
        <input type="checkbox" checked={pp.animate} data-testid="partnership-animate-toggle" onChange={(e) => set({ animate: e.currentTarget.checked })} />
        {partnershipText(lang, 'animate')}
      </label>
      <p className="partnership-panel__status" data-testid="partnership-arc-count" data-arcs={drawn.length} data-county-arcs={counts.county}>
        {partnershipText(lang, 'arcCount', { n: drawn.length, ...counts })}
        {!countyArcs && ` · ${partnershipText(lang, 'countyArcsThinned')}`}
        {cached.unresolved.length > 0 && ` · ${partnershipText(lang, 'unresolved', { n: cached.unresolved.length })}`}
      </p>
      {year && (
        <p className="partnership-panel__status" data-testid="partnership-year">
          {year.exact
            ? partnershipText(lang, 'yearShown', { year: year.year })
            : partnershipText(lang, 'yearNearest', { paneYear, structure: pp.structure, year: year.year })}
        </p>
      )}
      {!measure.levels.includes('county_pair') && counts.county > 0 && <p className="partnership-panel__status">{partnershipText(lang, 'countyOnlyPair')}</p>}
      {pair && year && <PartnershipScorecard bundle={bundle} pair={pair} year={year.year} onClose={() => set({ pair: null })} />}
      {year && pp.level === 'county' && (
        <CountyPairSection bundle={bundle} arcs={cached.arcs} measure={measure} year={year.year} eastFilter={pp.eastFilter} selected={pp.countyPair ?? null} />
      )}
      {year && pp.level !== 'county' && (
        <PartnershipPairList
          bundle={bundle}
          view={pp}
          measure={measure}
          valueOf={(id) => pairFlowValue(bundle.flows, id, measure.id, year.year)}
          onOpen={(id) => set({ pair: id })}
        />
      )}
    </section>
  );
}
