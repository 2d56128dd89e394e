/** What flows along each official pairing in plan A, and why nothing does along an idle one (for the scorecard). */
import { memo, useState } from 'react';
import type { Lang } from '../../model/view/view-state';
import type { PairingSummary } from '../../model/matching/labour-plan';
import { formatNumber, type PlaceNamer } from './matching-model';
import { matchingText, type MatchingStringKey } from './matching-strings';

const IDLE_KEY: Record<NonNullable<PairingSummary['idle']>['reason'], MatchingStringKey> = {
  'better-elsewhere': 'idleBetter', 'cities-full': 'idleFull', 'no-far-workers': 'idleNoFar', 'no-vacancies': 'idleNoVacancy',
};

/** One pairing's line: people and average wage, or why nothing flows along it. */
export function pairingSummaryText(lang: Lang, p: PairingSummary): string {
  return p.idle === null
    ? matchingText(lang, 'pairPeople', { n: formatNumber(lang, p.people), w: formatNumber(lang, p.averageWage) })
    : matchingText(lang, IDLE_KEY[p.idle.reason], { rc: formatNumber(lang, p.idle.reducedCost, 1) });
}

/**
 * The per-pairing list, folded; its lines are built only while it is open (a few hundred pairings made every
 * re-render of the panel — a change, a solved plan — build a few hundred hidden lines).
 */
export const MatchingPairings = memo(function MatchingPairings({ lang, namer, pairings }: { lang: Lang; namer: PlaceNamer; pairings: readonly PairingSummary[] }) {
  const [open, setOpen] = useState(false);
  if (pairings.length === 0) return null;
  return (
    <details className="matching__pairings" data-testid="matching-pairings" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{matchingText(lang, 'pairings')}</summary>
      {open && (
        <ul>
          {pairings.map((p) => (
            <li key={p.pairing}>
              {namer.name(p.east)} → {namer.name(p.west)}：
              {pairingSummaryText(lang, p)}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
});
