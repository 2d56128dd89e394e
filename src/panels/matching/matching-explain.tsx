/** The explanation of one assignment: utility parts, binding constraints, runner-up with its reduced cost, shadow prices. */
import type { Lang } from '../../model/view/view-state';
import type { MatchingResult } from '../../data/matching-messages';
import { destText, formatNumber, labourRow, type PlaceNamer } from './matching-model';
import { matchingText } from './matching-strings';

const BIND_KEY = { supply: 'bindSupply', vacancies: 'bindVacancies', willingness: 'bindWillingness', 'park-land': 'bindLand', labour: 'bindLabour' } as const;

/** The explanation of row `row` of plan `r`. */
export function MatchingExplain({ lang, namer, r, row, onClose }: { lang: Lang; namer: PlaceNamer; r: MatchingResult; row: number; onClose: () => void }) {
  const n = (v: number, d = 0) => formatNumber(lang, v, d);
  if (r.kind === 'industry') {
    const f = r.plan.flows[row];
    if (!f) return null;
    return (
      <aside className="matching__explain" data-testid="matching-explain" aria-label={matchingText(lang, 'explain')}>
        <h4>{matchingText(lang, 'explain')}: {f.enterprise} → {namer.name(f.county)}</h4>
        <p>{matchingText(lang, 'fitLine', { e: n(f.fit.endowment, 2), l: n(f.fit.labour, 2), a: n(f.fit.access, 2), p: n(f.fit.partner, 2) })} = {n(f.fit.fit, 2)} × {n(f.jobs)}</p>
        <p>{matchingText(lang, 'binding')}: {f.binding.length ? f.binding.map((b) => matchingText(lang, BIND_KEY[b])).join('；') : matchingText(lang, 'bindNone')}</p>
        <p>{f.runnerUp ? matchingText(lang, 'runnerUp', { dest: namer.name(f.runnerUp.county), u: n(f.runnerUp.value, 1), rc: n(f.runnerUp.reducedCost, 2), loss: n(-f.runnerUp.reducedCost, 2) }) : matchingText(lang, 'noRunnerUp')}</p>
        <p>{matchingText(lang, 'shadowLand', { v: n(f.landShadow, 3) })}</p>
        <button type="button" onClick={onClose}>{matchingText(lang, 'closeExplain')}</button>
      </aside>
    );
  }
  if (row >= r.plan.flows.count) return null;
  const f = labourRow(r, row);
  const u = f.utility;
  return (
    <aside className="matching__explain" data-testid="matching-explain" aria-label={matchingText(lang, 'explain')}>
      <h4>{matchingText(lang, 'explain')}: {namer.name(f.county)} → {destText(lang, namer, f.destKind, f.dest)}</h4>
      <table>
        <tbody>
          <tr><th scope="row">{matchingText(lang, 'uWage')}</th><td>{n(u.wage)}</td></tr>
          <tr><th scope="row">{matchingText(lang, 'uTravel')}</th><td>{n(u.travel)} ({n(f.distanceKm)} km)</td></tr>
          <tr><th scope="row">{matchingText(lang, 'uHousing')}</th><td>{n(u.housing)}</td></tr>
          <tr><th scope="row">{matchingText(lang, 'uTraining')}</th><td>{n(u.training)}</td></tr>
          <tr><th scope="row">{matchingText(lang, 'uPartner')}</th><td>{n(u.partner)}</td></tr>
          <tr><th scope="row">{matchingText(lang, 'uTotal')}</th><td><strong>{n(u.total)}</strong></td></tr>
        </tbody>
      </table>
      <p>{matchingText(lang, 'binding')}: {f.binding.length ? f.binding.map((b) => matchingText(lang, BIND_KEY[b])).join('；') : matchingText(lang, 'bindNone')}</p>
      <p data-testid="matching-runner-up">
        {f.runnerUp
          ? matchingText(lang, 'runnerUp', { dest: destText(lang, namer, f.runnerUp.destKind, f.runnerUp.dest), u: n(f.runnerUp.utility), rc: n(f.runnerUp.reducedCost, 1), loss: n(-f.runnerUp.reducedCost, 1) })
          : matchingText(lang, 'noRunnerUp')}
      </p>
      <p>{matchingText(lang, 'shadowVacancy', { v: n(f.vacancyShadow, 1) })}</p>
      <p>{matchingText(lang, 'shadowSupply', { v: n(f.supplyShadow, 1) })}</p>
      {f.trainedShadow !== null && <p>{matchingText(lang, 'shadowTrained', { v: n(f.trainedShadow, 1) })}</p>}
      <button type="button" onClick={onClose}>{matchingText(lang, 'closeExplain')}</button>
    </aside>
  );
}
