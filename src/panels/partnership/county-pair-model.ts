/**
 * The county-to-county pair list (携手奔小康) of the partnership panel: rows from the drawn county arcs with the
 * measure's figure, sorting by any column, the CSV rows of an export, and the box that fits both ends on the map.
 */
import type { PartnershipArc } from '../../model/partnership/arcs';
import { countyPairKey } from '../../model/partnership/view';
import { withSampleColumn, type CsvCell } from '../../lib/csv-export';

/** One county pair of the list. */
export interface CountyPairRow {
  /** `${eastCounty}-${westCounty}`, what the view keeps of a selected pair. */
  key: string;
  pairId: string;
  eastAdcode: string;
  westAdcode: string;
  eastProvince: string;
  eastName: string;
  westName: string;
  /** The pairing it belongs to, as the pairing list says it (杭州 → 恩施州). */
  pairLabel: string;
  value: number | null;
}

/** Columns the list sorts by. */
export type CountyPairSortKey = 'east' | 'west' | 'pair' | 'value';

/** A sort: column and direction. */
export interface CountyPairSort {
  key: CountyPairSortKey;
  desc: boolean;
}

/** The default sort: largest figure first. */
export const DEFAULT_COUNTY_PAIR_SORT: CountyPairSort = { key: 'value', desc: true };

/** The rows of the county arcs given (pass the drawn, filtered ones), unsorted. */
export function countyPairRows(
  arcs: readonly PartnershipArc[],
  valueOf: (arc: PartnershipArc) => number | null,
  countyName: (adcode: string) => string,
  pairLabelOf: (pairId: string) => string,
): CountyPairRow[] {
  const rows: CountyPairRow[] = [];
  for (const arc of arcs) {
    if (arc.level !== 'county') continue;
    rows.push({
      key: countyPairKey(arc),
      pairId: arc.pairId,
      eastAdcode: arc.eastAdcode,
      westAdcode: arc.westAdcode,
      eastProvince: arc.eastProvince,
      eastName: countyName(arc.eastAdcode),
      westName: countyName(arc.westAdcode),
      pairLabel: pairLabelOf(arc.pairId),
      value: valueOf(arc),
    });
  }
  return rows;
}

const collator = new Intl.Collator('zh-CN');

function textOf(row: CountyPairRow, key: Exclude<CountyPairSortKey, 'value'>): string {
  return key === 'east' ? row.eastName : key === 'west' ? row.westName : row.pairLabel;
}

/**
 * The rows sorted (a new array): by figure (missing figures always last) or by name (Chinese collation); ties keep
 * a stable order by the pair key so the list does not jump between renders.
 */
export function sortCountyPairs(rows: readonly CountyPairRow[], sort: CountyPairSort): CountyPairRow[] {
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'value') {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else if (a.value !== b.value) return sign * (a.value - b.value);
    } else {
      const c = collator.compare(textOf(a, sort.key), textOf(b, sort.key));
      if (c !== 0) return sign * c;
    }
    return a.key.localeCompare(b.key);
  });
}

/** The sort after clicking a column header: the same column flips, another starts descending for figures. */
export function nextSort(current: CountyPairSort, key: CountyPairSortKey): CountyPairSort {
  if (current.key === key) return { key, desc: !current.desc };
  return { key, desc: key === 'value' };
}

/** Column headers of an export, in the interface language. */
export interface CountyPairCsvHeaders {
  eastAdcode: string;
  east: string;
  westAdcode: string;
  west: string;
  pair: string;
  value: string;
  unit: string;
}

/** The CSV rows (header first) of the list as sorted, with the sample-data column for sample flows. */
export function countyPairCsvRows(
  rows: readonly CountyPairRow[],
  headers: CountyPairCsvHeaders,
  year: number,
  unit: string,
  sample: boolean,
): CsvCell[][] {
  const out: CsvCell[][] = [[headers.eastAdcode, headers.east, headers.westAdcode, headers.west, headers.pair, `${headers.value} ${year}`, headers.unit]];
  for (const r of rows) out.push([r.eastAdcode, r.eastName, r.westAdcode, r.westName, r.pairLabel, r.value, unit]);
  return withSampleColumn(out, sample);
}

/** A box [w, s, e, n]. */
export type Bbox = [number, number, number, number];

/** The box holding both ends' boxes (each a county's bbox), so fitting it shows the eastern and western county. */
export function unionBox(a: readonly number[] | undefined, b: readonly number[] | undefined): Bbox | null {
  const boxes = [a, b].filter((x): x is readonly number[] => x !== undefined && x.length === 4);
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((x) => x[0]!)),
    Math.min(...boxes.map((x) => x[1]!)),
    Math.max(...boxes.map((x) => x[2]!)),
    Math.max(...boxes.map((x) => x[3]!)),
  ];
}
