/**
 * The spend-versus-outcome scatter: one point per county (spend per rural resident against the change of an
 * indicator), with the outliers an office asks about flagged: spent much but moved little (top quarter of spend,
 * bottom quarter of improvement) and spent little but moved much (the reverse). "Improvement" follows the
 * indicator's polarity, so a falling monitored-household share counts as moving the right way.
 */
import { quantileSorted } from 'd3-array';

/** Outlier flags of a point. */
export type OutcomeFlag = 'much_little' | 'little_much' | null;

/** One county of the scatter. */
export interface SpendOutcomePoint {
  county: string;
  /** Spend per resident in yuan (or total spend in yuan when no population is known). */
  spend: number;
  /** Change of the indicator over the year (indicator units). */
  change: number;
  flag: OutcomeFlag;
}

/** Input of one county: spend and change, both finite. */
export interface SpendOutcomeInput {
  county: string;
  spend: number;
  change: number;
}

/** The quartiles the flags used (shown with the scatter so the rule is visible). */
export interface SpendOutcomeCuts {
  spendLow: number;
  spendHigh: number;
  improvementLow: number;
  improvementHigh: number;
}

/** Flags outliers by quartiles of spend and of improvement; fewer than 8 points get no flags (quartiles of noise). */
export function flagSpendOutcome(
  inputs: readonly SpendOutcomeInput[],
  polarity: 'higher_better' | 'lower_better' | 'neutral',
): { points: SpendOutcomePoint[]; cuts: SpendOutcomeCuts | null } {
  const finite = inputs.filter((p) => Number.isFinite(p.spend) && Number.isFinite(p.change));
  const sign = polarity === 'lower_better' ? -1 : 1;
  if (finite.length < 8 || polarity === 'neutral') return { points: finite.map((p) => ({ ...p, flag: null })), cuts: null };
  const spends = finite.map((p) => p.spend).sort((a, b) => a - b);
  const gains = finite.map((p) => sign * p.change).sort((a, b) => a - b);
  const cuts: SpendOutcomeCuts = {
    spendLow: quantileSorted(spends, 0.25)!,
    spendHigh: quantileSorted(spends, 0.75)!,
    improvementLow: quantileSorted(gains, 0.25)!,
    improvementHigh: quantileSorted(gains, 0.75)!,
  };
  const points = finite.map((p): SpendOutcomePoint => {
    const gain = sign * p.change;
    let flag: OutcomeFlag = null;
    if (p.spend >= cuts.spendHigh && gain <= cuts.improvementLow) flag = 'much_little';
    else if (p.spend <= cuts.spendLow && gain >= cuts.improvementHigh) flag = 'little_much';
    return { ...p, flag };
  });
  return { points, cuts };
}
