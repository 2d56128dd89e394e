/**
 * Ranking of counties by an indicator's value in a year or by its change between two years. Counties without a
 * value sort last and get no rank; equal values share a rank (standard competition ranking: 1, 2, 2, 4).
 */
import type { IndicatorValues } from '../indicators/dataset';
import { cleanDifference, fromFloat32, type CountyPositions } from './columns';

/** What a ranking orders by. */
export type RankBy = { kind: 'value'; year: number } | { kind: 'change'; fromYear: number; toYear: number };

/** Sort direction: 'desc' puts the largest value first. */
export type RankOrder = 'asc' | 'desc';

/** One row of a ranking. */
export interface RankRow {
  adcode: string;
  /** The value ranked by (the year's value, or to − from); null = missing. */
  value: number | null;
  /** For change rankings, the two ends; for value rankings both are null. */
  from: number | null;
  to: number | null;
  /** 1-based rank; null for rows without a value. */
  rank: number | null;
}

/** Options of `rankCounties`. */
export interface RankOptions {
  by: RankBy;
  order: RankOrder;
  /** Restricts the ranked counties (e.g. one province's); absent = every county of `positions`. */
  within?: readonly string[];
}

function read(column: Float32Array | undefined, pos: number): number | null {
  const v = column?.[pos];
  return v === undefined || Number.isNaN(v) ? null : fromFloat32(v);
}

/** Ranks counties by `options.by`; rows with a value come first (ties by adcode), missing ones last by adcode. */
export function rankCounties(values: IndicatorValues, positions: CountyPositions, options: RankOptions): RankRow[] {
  const adcodes = options.within ?? [...positions.keys()];
  const by = options.by;
  const fromCol = by.kind === 'change' ? values.byYear.get(by.fromYear) : undefined;
  const toCol = values.byYear.get(by.kind === 'change' ? by.toYear : by.year);
  const rows: RankRow[] = [];
  for (const adcode of adcodes) {
    const pos = positions.get(adcode);
    if (pos === undefined) continue;
    if (by.kind === 'value') {
      rows.push({ adcode, value: read(toCol, pos), from: null, to: null, rank: null });
    } else {
      const from = read(fromCol, pos);
      const to = read(toCol, pos);
      rows.push({ adcode, value: from !== null && to !== null ? cleanDifference(to, from) : null, from, to, rank: null });
    }
  }
  const sign = options.order === 'desc' ? -1 : 1;
  rows.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) return sign * (a.value - b.value);
    return a.adcode.localeCompare(b.adcode);
  });
  rows.forEach((row, i) => {
    if (row.value === null) return;
    const prev = rows[i - 1];
    row.rank = prev && prev.value === row.value ? prev.rank : i + 1;
  });
  return rows;
}
