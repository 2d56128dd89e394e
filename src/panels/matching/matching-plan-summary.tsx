/** The solver lines of each plan (which solver ran, status, times, sizes) and the totals of both plans with their difference. */
import type { Lang } from '../../model/view/view-state';
import type { MatchingSlot } from '../../store/matching-store';
import { formatNumber, statusText, totalsRows } from './matching-model';
import { matchingText } from './matching-strings';

function SolverLines({ lang, slot, label }: { lang: Lang; slot: MatchingSlot; label: string }) {
  const r = slot.result;
  return (
    <div className="matching__solver" data-testid="matching-solver" data-slot-status={slot.status} data-user-data={r?.dataLabel || (r?.kind === 'industry' && r.industryLabel) ? 'true' : 'false'}>
      <strong>{label}</strong>{' '}
      {slot.status === 'running' && <span role="status">{matchingText(lang, 'solving')} </span>}
      {slot.status === 'failed' && <span role="alert">{matchingText(lang, 'failed', { message: slot.error ?? '' })} </span>}
      {r && (
        <>
          <span data-testid="matching-status" data-status={r.plan.status} data-solve-ms={Math.round(r.plan.solveMs)}>
            {matchingText(lang, 'solverLine', { solver: r.plan.solver, status: statusText(lang, r.plan.status), ms: formatNumber(lang, r.plan.solveMs) })}
          </span>
          {r.coldMs !== null && <span> · {matchingText(lang, 'coldLine', { ms: formatNumber(lang, r.coldMs) })}</span>}
          <br />
          <small>
            {matchingText(lang, 'sizeLine', { vars: formatNumber(lang, r.plan.variables), solved: formatNumber(lang, r.plan.columnsSolved), cons: formatNumber(lang, r.plan.constraints) })}
            {r.kind === 'industry' && ` · ${matchingText(lang, 'gapLine', { gap: `${formatNumber(lang, 100 * r.plan.gap, 2)}%` })}`}
            {r.kind === 'labour' && (
              <span data-testid="matching-workers" data-workers={r.plan.workers}>
                {' · '}{matchingText(lang, r.plan.workers > 1 ? 'workersParallel' : 'workersSerial', { n: String(r.plan.workers), skills: String(r.plan.skills.length) })}
              </span>
            )}
          </small>
        </>
      )}
    </div>
  );
}

/** Both plans' solver lines and a totals table (A, B, B − A). */
export function MatchingPlanSummary({ lang, slots, labels }: { lang: Lang; slots: [MatchingSlot, MatchingSlot]; labels: [string, string | null] }) {
  const [a, b] = slots;
  const rows = totalsRows(a.result, labels[1] ? b.result : null);
  return (
    <section className="matching__summary">
      <SolverLines lang={lang} slot={a} label={labels[0]} />
      {labels[1] && <SolverLines lang={lang} slot={b} label={labels[1]} />}
      {(a.result || b.result) && (
        <table className="matching__totals" data-testid="matching-totals">
          <thead>
            <tr>
              <th />
              <th>{labels[0]}</th>
              {labels[1] && <th>{labels[1]}</th>}
              {labels[1] && <th>{matchingText(lang, 'difference')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{matchingText(lang, row.key)}</th>
                <td>{formatNumber(lang, row.a, row.digits)}</td>
                {labels[1] && <td>{formatNumber(lang, row.b, row.digits)}</td>}
                {labels[1] && <td>{row.a !== null && row.b !== null ? formatNumber(lang, row.b - row.a, row.digits) : '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
