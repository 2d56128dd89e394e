/**
 * What the monitoring tab draws, from selector output: the year of the index nearest the pane's, a county's
 * deprivations (value, cutoff, deprived or not, distance), and H / A / M0 with contributions for sets of counties.
 */
import { aggregate, isDeprived, normaliseWeights, scoreUnits, type AfAggregate } from '../../model/monitoring/alkire-foster';
import type { MonitorDimension } from '../../model/monitoring/monitor-view';
import type { IndicatorValues } from '../../model/indicators/dataset';

/** The index year shown: the pane's year when the index has it, else the nearest earlier one, else the first. */
export function pickIndexYear(years: readonly number[], year: number): number | null {
  if (years.length === 0) return null;
  if (years.includes(year)) return year;
  const earlier = years.filter((y) => y < year);
  return earlier.length ? earlier[earlier.length - 1]! : years[0]!;
}

/** One row of a county's deprivation table. */
export interface DeprivationRow {
  id: string;
  value: number;
  op: MonitorDimension['op'];
  cutoff: number;
  /** null = no value. */
  deprived: boolean | null;
  /** value − cutoff; NaN without a value. */
  distance: number;
  /** Normalised weight (0…1). */
  weight: number;
}

/** A county's deprivations in `year` from the dataset's per-dimension columns (`dim_<id>`, map order). */
export function countyDeprivations(
  dims: readonly MonitorDimension[],
  columns: ReadonlyMap<string, IndicatorValues>,
  year: number,
  position: number,
): DeprivationRow[] {
  const positive = dims.filter((d) => d.weight > 0 && columns.has(`dim_${d.id}`));
  if (positive.length === 0) return [];
  const weights = normaliseWeights(positive.map((d) => d.weight));
  return positive.map((d, j) => {
    const raw = columns.get(`dim_${d.id}`)?.byYear.get(year)?.[position];
    const value = raw === undefined ? Number.NaN : raw;
    const has = !Number.isNaN(value);
    return { id: d.id, value, op: d.op, cutoff: d.cutoff, deprived: has ? isDeprived(value, d.op, d.cutoff) : null, distance: has ? value - d.cutoff : Number.NaN, weight: weights[j]! };
  });
}

/** One set of counties to summarise: an id, and its members (map positions; null = all). */
export interface SummaryGroup {
  id: string;
  members: readonly number[] | null;
}

/** H, A, M0 and contributions for each group, recomputed from the per-dimension columns of `year`. */
export function indexSummaries(
  dims: readonly MonitorDimension[],
  k: number,
  columns: ReadonlyMap<string, IndicatorValues>,
  year: number,
  groups: readonly SummaryGroup[],
): { id: string; aggregate: AfAggregate }[] {
  // Dimensions without a column (no dataset has their indicator) are left out, as the derived dataset does.
  const positive = dims.filter((d) => d.weight > 0 && columns.get(`dim_${d.id}`)?.byYear.has(year));
  const cols = positive.map((d) => columns.get(`dim_${d.id}`)?.byYear.get(year));
  if (positive.length === 0 || cols.some((c) => !c)) return [];
  const scores = scoreUnits(cols as Float32Array[], positive, k);
  const ids = positive.map((d) => d.id);
  return groups.map((g) => ({ id: g.id, aggregate: aggregate(scores, ids, g.members ?? undefined) }));
}
