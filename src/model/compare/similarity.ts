/**
 * "Counties like this one": the k counties nearest to a target by standardised (z-score) Euclidean distance over
 * chosen indicators in one year. Counties missing any chosen indicator cannot be placed and are skipped — and
 * counted, so the panel can say how many were left out rather than silently shrinking the pool.
 */
import type { IndicatorValues } from '../indicators/dataset';
import type { CountyPositions } from './columns';

/** Options of `rankSimilarCounties`. */
export interface SimilarityOptions {
  /** Adcode → column position of the dataset the indicators come from. */
  positions: CountyPositions;
  /** Restricts the candidates (e.g. one province); absent = every county of the dataset. */
  within?: readonly string[];
  /** Counties never returned (e.g. those already in the comparison set); the target is always excluded. */
  exclude?: readonly string[];
}

/** One similar county and its distance (in standard deviations, summed over indicators as a Euclidean norm). */
export interface SimilarCounty {
  adcode: string;
  distance: number;
}

/** Why no ranking could be made, when `similar` is empty for a reason other than a tiny pool. */
export type SimilarityProblem = 'no_indicators' | 'target_unknown' | 'target_missing_data';

/** The ranking with what was left out, so the panel can explain it. */
export interface SimilarityResult {
  similar: SimilarCounty[];
  /** Candidates skipped because they lack a value for at least one chosen indicator in the year. */
  skippedMissing: number;
  /** Counties with every chosen indicator (the pool the z-scores are computed over). */
  comparable: number;
  /** Indicator ids the target itself lacks in the year. */
  targetMissing: string[];
  /** Indicator ids left out of the distance because all comparable counties share one value (sd = 0). */
  constantIndicators: string[];
  problem: SimilarityProblem | null;
}

/**
 * The k counties most similar to `target` in `year`, nearest first (ties by adcode). z-scores use the mean and
 * standard deviation over the counties that have every chosen indicator, so each indicator weighs the same
 * whatever its unit.
 */
export function rankSimilarCounties(
  target: string,
  indicators: readonly IndicatorValues[],
  year: number,
  k: number,
  options: SimilarityOptions,
): SimilarityResult {
  const empty = (problem: SimilarityProblem | null, extra: Partial<SimilarityResult> = {}): SimilarityResult => ({
    similar: [],
    skippedMissing: 0,
    comparable: 0,
    targetMissing: [],
    constantIndicators: [],
    problem,
    ...extra,
  });
  if (indicators.length === 0) return empty('no_indicators');
  const targetPos = options.positions.get(target);
  if (targetPos === undefined) return empty('target_unknown');

  const columns = indicators.map((ind) => ind.byYear.get(year));
  const targetMissing = indicators
    .filter((_, j) => {
      const v = columns[j]?.[targetPos];
      return v === undefined || Number.isNaN(v);
    })
    .map((ind) => ind.id);
  if (targetMissing.length > 0) return empty('target_missing_data', { targetMissing });

  const pool = options.within ?? [...options.positions.keys()];
  const excluded = new Set(options.exclude ?? []);
  excluded.add(target);

  // Complete cases across the whole pool (target included) define the standardisation.
  const complete: { adcode: string; pos: number }[] = [];
  let skippedMissing = 0;
  for (const adcode of pool) {
    const pos = options.positions.get(adcode);
    if (pos === undefined) continue;
    const ok = columns.every((col) => {
      const v = col?.[pos];
      return v !== undefined && !Number.isNaN(v);
    });
    if (ok) complete.push({ adcode, pos });
    else if (!excluded.has(adcode)) skippedMissing++;
  }
  if (!complete.some((c) => c.pos === targetPos)) complete.push({ adcode: target, pos: targetPos });

  const stats = columns.map((col) => meanAndSd(col!, complete));
  const constantIndicators = indicators.filter((_, j) => !(stats[j]!.sd > 0)).map((ind) => ind.id);

  const scored: SimilarCounty[] = [];
  for (const c of complete) {
    if (excluded.has(c.adcode)) continue;
    let sum = 0;
    columns.forEach((col, j) => {
      const { sd } = stats[j]!;
      if (!(sd > 0)) return;
      const d = (col![c.pos]! - col![targetPos]!) / sd;
      sum += d * d;
    });
    scored.push({ adcode: c.adcode, distance: Math.sqrt(sum) });
  }
  scored.sort((a, b) => a.distance - b.distance || a.adcode.localeCompare(b.adcode));
  return {
    similar: scored.slice(0, Math.max(0, Math.floor(k))),
    skippedMissing,
    comparable: complete.length,
    targetMissing: [],
    constantIndicators,
    problem: null,
  };
}

function meanAndSd(column: Float32Array, rows: readonly { pos: number }[]): { mean: number; sd: number } {
  if (rows.length === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (const r of rows) sum += column[r.pos]!;
  const mean = sum / rows.length;
  let sq = 0;
  for (const r of rows) sq += (column[r.pos]! - mean) ** 2;
  // Population sd: the pool is the whole set of counties, not a sample of them.
  return { mean, sd: Math.sqrt(sq / rows.length) };
}
