/**
 * Builds the candidates of a smart set for the comparison set: same prefecture, same province, a pairing's partner
 * end, or the k most similar counties. When a unit holds more counties than the set has room for, the ones most
 * similar to the target (over the chosen indicators) come first, so the cap keeps the most comparable ones.
 */
import type { County } from '../../model/geo/county';
import type { IndicatorValues } from '../../model/indicators/dataset';
import type { CountyPositions } from '../../model/compare/columns';
import { expandToCounties, sameUnitCounties, type SmartSetKind } from '../../model/compare/sets';
import { rankSimilarCounties, type SimilarityResult } from '../../model/compare/similarity';
import { exitCohort, type DesignationColumns } from '../../model/indicators/poverty-filter';

/** Everything a smart set is computed from. */
export interface SmartSetInput {
  kind: SmartSetKind;
  counties: readonly County[];
  target: string;
  positions: CountyPositions;
  /** Indicators of the similarity profile (loaded values). */
  indicators: readonly IndicatorValues[];
  year: number;
  /** How many similar counties to add ('similar'). */
  k: number;
  /** Room left in the comparison set. */
  room: number;
  /** The current comparison set (never re-added; excluded from 'similar'). */
  current: readonly string[];
  /** Partner end adcode (province or prefecture) for 'partners'. */
  partner?: string;
  /** The real designation in `counties` order, for 'exit_cohort'. */
  designation?: DesignationColumns;
}

/** Candidates in priority order, and the similarity ranking used, if any (for its "skipped" notes). */
export interface SmartSetCandidates {
  candidates: string[];
  similarity: SimilarityResult | null;
}

/** The candidates of one smart set, best first. */
export function smartSetCandidates(input: SmartSetInput): SmartSetCandidates {
  const { kind, counties, target } = input;
  if (kind === 'similar') {
    const similarity = rankSimilarCounties(target, input.indicators, input.year, input.k, {
      positions: input.positions,
      exclude: input.current,
    });
    return { candidates: [target, ...similarity.similar.map((s) => s.adcode)], similarity };
  }
  const unit =
    kind === 'partners'
      ? expandToCounties(counties, input.partner ? [input.partner] : [])
      : kind === 'exit_cohort'
        ? (input.designation ? exitCohort(counties, target, input.designation) : [])
        : sameUnitCounties(counties, target, kind);
  const fresh = unit.filter((a) => !input.current.includes(a));
  if (fresh.length <= input.room || input.indicators.length === 0) return { candidates: unit, similarity: null };
  const similarity = rankSimilarCounties(target, input.indicators, input.year, fresh.length, {
    positions: input.positions,
    within: fresh,
  });
  const ranked = similarity.similar.map((s) => s.adcode);
  const rest = fresh.filter((a) => a !== target && !ranked.includes(a));
  // The target leads a same-unit set (it is what the set is "the same" as); a partner set is the other side only.
  const lead = kind === 'partners' ? [] : [target];
  return { candidates: [...lead, ...ranked, ...rest], similarity };
}
