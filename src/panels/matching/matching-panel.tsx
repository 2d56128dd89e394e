/**
 * The matching tab: what to solve (labour or industry, structure, plan A and plan B, one eastern partner, skill,
 * two weights), which solver ran and how, both plans' totals with the difference, the arcs' legend, the
 * assignments table of plan A with the explanation of one row, CSV export, and the per-pairing summary.
 */
import { useCallback, useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { useMatchingPlans } from '../../selectors/use-matching-plans';
import { toCsv, withSampleColumn, SAMPLE_DATA_LABEL } from '../../lib/csv-export';
import { downloadText } from '../ranking/download-text';
import { effectivePlaceNames } from '../../model/geo/place-name';
import { SKILL_IDS } from '../../model/matching/skills';
import type { MatchingView } from '../../model/matching/matching-view';
import type { ViewState } from '../../model/view/view-state';
import { createPlaceNamer, formatNumber, planCsvRows, skillText } from './matching-model';
import { planArcs } from '../../model/matching/matching-arcs';
import { MatchingPlanSummary } from './matching-plan-summary';
import { MatchingTable } from './matching-table';
import { MatchingExplain } from './matching-explain';
import { MatchingPairings } from './matching-pairings';
import { MatchingTraining } from './matching-training';
import { trainingApplies } from '../../model/matching/matching-scenarios';
import { matchingText } from './matching-strings';
import { useMatchingStore } from '../../store/matching-store';
import { clearAppLabourTables } from '../../selectors/matching-labour-tables';
import { importedLabel } from '../../model/matching/labour-imported';
import { importedIndustryLabel } from '../../model/matching/industry-imported';
import { localText } from '../../i18n/translate';

/** Eastern partners one can plan for (provinces and municipalities of the pairings). */
const EAST_PARTNERS = ['110000', '120000', '210000', '310000', '320000', '330000', '350000', '370000', '440000'];

function setMatching(v: ViewState, patch: Partial<MatchingView>): ViewState {
  return { ...v, matching: { ...v.matching, ...patch } };
}

/** The matching tab's panel. */
export function MatchingPanel() {
  const lang = useAppStore((s) => s.view.lang);
  const mode = useAppStore((s) => s.view.placeNames);
  const m = useAppStore((s) => s.view.matching);
  const index = useAppStore((s) => s.geo.index);
  const selection = useAppStore((s) => s.view.selection);
  const apply = useAppStore((s) => s.viewActions.apply);
  const slots = useMatchingPlans(true);
  const labour = useMatchingStore((s) => s.labour);
  const industry = useMatchingStore((s) => s.industry);
  // Which of the user's tables the plan of this mode uses: industry plans draw on the labour pools too.
  const userTables = labour.tables.length > 0 || (m.mode === 'industry' && industry.tables.length > 0);
  const namer = useMemo(() => (index ? createPlaceNamer(index, effectivePlaceNames(lang, mode)) : null), [index, lang, mode]);
  const set = (patch: Partial<MatchingView>) => apply((v) => setMatching(v, patch));
  // Stable, so the memoised table does not re-render on every change of the panel (a re-solve changes it twice).
  const selectRow = useCallback((row: number) => apply((v) => setMatching(v, { flow: row })), [apply]);
  const reachLabel = (r: 'paired' | 'any') => matchingText(lang, r === 'paired' ? 'reachPaired' : 'reachAny');
  const planLabel = (slot: 0 | 1): string => {
    const reach = slot === 0 ? m.reach : (m.compare ?? m.reach);
    const trained = m.mode === 'labour' && trainingApplies(m, slot) ? ` · ${matchingText(lang, 'trainLabel')}` : '';
    return `${matchingText(lang, slot === 0 ? 'planA' : 'planB')} · ${reachLabel(reach)}${trained}`;
  };
  const a = slots[0].result;
  const maxArc = useMemo(() => (a && namer ? Math.max(0, ...planArcs(a, namer).map((x) => x.value)) : 0), [a, namer]);
  const exportCsv = () => {
    if (!a || !namer) return;
    const rows = planCsvRows(lang, namer, a);
    // Imported tables and the sample they are laid over are both named: a row is never presented as all real.
    const labels = [a.dataLabel, a.kind === 'industry' ? a.industryLabel : null].filter((l) => l !== null);
    const user = labels.length > 0 ? labels.map((l) => `${l.zh} / ${l.en}`).join('; ') : null;
    const note = a.sample ? (user ? `${user}; ${SAMPLE_DATA_LABEL}` : true) : (user ?? false);
    downloadText(`tandem-matching-${m.mode}-${m.structure}-${m.reach}.csv`, toCsv(withSampleColumn(rows, note)));
  };
  return (
    <section className="matching" data-testid="matching-panel" aria-label={matchingText(lang, 'title')}>
      <h3>{matchingText(lang, 'title')}</h3>
      {labour.tables.length > 0 && (
        <p className="matching__user-data" data-testid="matching-user-data">
          {matchingText(lang, 'userTables', { label: localText(lang, importedLabel(labour.tables)), n: formatNumber(lang, labour.checks.reduce((n, c) => n + c.applied, 0)) })}
        </p>
      )}
      {industry.tables.length > 0 && (
        <p className="matching__user-data" data-testid="matching-user-industry">
          {matchingText(lang, 'userTables', { label: localText(lang, importedIndustryLabel(industry.tables)), n: formatNumber(lang, industry.checks.reduce((n, c) => n + c.applied, 0)) })}
        </p>
      )}
      {(labour.tables.length > 0 || industry.tables.length > 0) && (
        <button type="button" onClick={() => void clearAppLabourTables()} data-testid="matching-back-to-sample">{matchingText(lang, 'backToSample')}</button>
      )}
      <p className="matching__sample" data-testid="matching-sample">
        {matchingText(lang, !userTables ? 'sample' : m.mode === 'industry' ? 'sampleRestIndustry' : 'sampleRest')}
      </p>
      <div className="matching__controls">
        <label>
          <select value={m.mode} onChange={(e) => set({ mode: e.target.value as MatchingView['mode'], flow: null })} data-testid="matching-mode">
            <option value="labour">{matchingText(lang, 'modeLabour')}</option>
            <option value="industry">{matchingText(lang, 'modeIndustry')}</option>
          </select>
        </label>
        <label>
          {matchingText(lang, 'structure')}{' '}
          <select value={m.structure} onChange={(e) => set({ structure: Number(e.target.value) as 2016 | 2021, flow: null })}>
            <option value={2021}>2021</option>
            <option value={2016}>2016</option>
          </select>
        </label>
        <label>
          {matchingText(lang, 'planA')}{' '}
          <select value={m.reach} onChange={(e) => set({ reach: e.target.value as 'paired' | 'any', flow: null })} data-testid="matching-reach">
            <option value="paired">{reachLabel('paired')}</option>
            <option value="any">{reachLabel('any')}</option>
          </select>
        </label>
        <label>
          {matchingText(lang, 'planB')}{' '}
          <select value={m.compare ?? '-'} onChange={(e) => set({ compare: e.target.value === '-' ? null : (e.target.value as 'paired' | 'any') })} data-testid="matching-compare">
            <option value="-">{matchingText(lang, 'noCompare')}</option>
            <option value="paired">{reachLabel('paired')}</option>
            <option value="any">{reachLabel('any')}</option>
          </select>
        </label>
        <label>
          {matchingText(lang, 'east')}{' '}
          <select value={m.east ?? ''} onChange={(e) => set({ east: e.target.value || null, flow: null })} data-testid="matching-east">
            <option value="">{matchingText(lang, 'allEast')}</option>
            {EAST_PARTNERS.map((p) => <option key={p} value={p}>{namer?.name(p) ?? p}</option>)}
          </select>
        </label>
        {m.mode === 'labour' && (
          <>
            <label>
              {matchingText(lang, 'skill')}{' '}
              <select value={m.skill ?? ''} onChange={(e) => set({ skill: (e.target.value || null) as MatchingView['skill'], flow: null })} data-testid="matching-skill">
                <option value="">{matchingText(lang, 'allSkills')}</option>
                {SKILL_IDS.map((s) => <option key={s} value={s}>{skillText(lang, s)}</option>)}
              </select>
            </label>
            <label>
              {matchingText(lang, 'partnerBonus')}{' '}
              <input type="number" min={0} max={5000} step={100} value={m.partnerBonus} onChange={(e) => set({ partnerBonus: Math.max(0, Math.min(5000, Number(e.target.value) || 0)), flow: null })} />
            </label>
            <label>
              {matchingText(lang, 'travelCost')}{' '}
              <input type="number" min={0} max={10} step={0.1} value={m.travelCostPerKm} onChange={(e) => set({ travelCostPerKm: Math.max(0, Math.min(10, Number(e.target.value) || 0)), flow: null })} />
            </label>
          </>
        )}
      </div>
      {m.mode === 'labour' && <MatchingTraining lang={lang} namer={namer} m={m} selection={selection} set={set} />}
      <MatchingPlanSummary lang={lang} slots={slots} labels={[planLabel(0), m.compare ? planLabel(1) : null]} />
      {a && (
        <p className="matching__legend" data-testid="matching-legend">
          {matchingText(lang, 'legend', {
            dir: matchingText(lang, a.kind === 'labour' ? 'legendLabour' : 'legendIndustry'),
            what: matchingText(lang, a.kind === 'labour' ? 'people' : 'jobs'),
            max: formatNumber(lang, maxArc),
          })}
        </p>
      )}
      {a && namer && (
        <>
          <button type="button" onClick={exportCsv} data-testid="matching-export">{matchingText(lang, 'export')}</button>
          <MatchingTable lang={lang} namer={namer} r={a} selected={m.flow} onSelect={selectRow} />
          {m.flow !== null && <MatchingExplain lang={lang} namer={namer} r={a} row={m.flow} onClose={() => set({ flow: null })} />}
          {a.kind === 'labour' && <MatchingPairings lang={lang} namer={namer} pairings={a.plan.pairings} />}
        </>
      )}
    </section>
  );
}
