/**
 * The map follows the fund tab: while it is open with a province or a Sankey node chosen, counties outside the
 * fund flow shown (or outside the node's counties) are dimmed, as a per-county mask in map order (1 = kept).
 * Combined with the poverty-county filter's mask by `combineMasks`.
 */
import { useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import { countiesThroughNode, choosePlaceLevel, filterFundRows, type PlaceOf } from '../model/funds/fund-flow-graph';
import type { FundsView } from '../model/funds/funds-view';
import type { FundRow } from '../model/funds/fund-table';
import type { CountyIndexJson } from '../model/geo/county';

/** A mask and a key that changes with it. */
export interface CountyMask {
  mask: Uint8Array;
  key: string;
}

/** The counties the map keeps for the fund view, or null when it keeps everything. */
export function fundsKeptCounties(rows: readonly FundRow[], years: readonly number[], fv: FundsView, selection: readonly string[], paneYear: number, index: CountyIndexJson): Set<string> | null {
  if (!fv.province && !fv.node) return null;
  const year = fv.year !== null && years.includes(fv.year) ? fv.year : years.reduce<number | null>((b, y) => (b === null || Math.abs(y - paneYear) < Math.abs(b - paneYear) ? y : b), null);
  if (year === null) return null;
  const chosen = selection.length ? new Set(selection) : null;
  const counties = new Set(index.counties.filter((c) => (!fv.province || c.province === fv.province) && (!chosen || chosen.has(c.adcode))).map((c) => c.adcode));
  const byCode = new Map(index.counties.map((c) => [c.adcode, { prefecture: c.prefecture, province: c.province }]));
  const placeOf: PlaceOf = (c) => byCode.get(c);
  if (!fv.node) return counties;
  const kept = filterFundRows(rows, { year, counties });
  return countiesThroughNode(kept, { year, counties, level: choosePlaceLevel(kept, placeOf) }, fv.node, placeOf);
}

/** The fund tab's mask, or null. */
export function useFundsMapMask(): CountyMask | null {
  const open = useAppStore((s) => s.view.sideTab === 'funds');
  const fv = useAppStore((s) => s.view.funds);
  const selection = useAppStore((s) => s.view.selection);
  const paneYear = useAppStore((s) => s.view.panes[0]?.year ?? 0);
  const table = useAppStore((s) => s.fundsData.bundle?.funds.table ?? null);
  const index = useAppStore((s) => s.geo.index);
  return useMemo(() => {
    if (!open || !table || !index) return null;
    const kept = fundsKeptCounties(table.rows, table.years, fv, selection, paneYear, index);
    if (!kept) return null;
    const mask = new Uint8Array(index.counties.length);
    index.counties.forEach((c, i) => (mask[i] = kept.has(c.adcode) ? 1 : 0));
    return { mask, key: `funds:${fv.year ?? paneYear}:${fv.province ?? ''}:${fv.node ?? ''}:${kept.size}:${selection.length}` };
  }, [open, table, index, fv, selection, paneYear]);
}

/** Both masks at once (a county is kept when every mask keeps it); null when neither filters. */
export function combineMasks(a: CountyMask | null, b: CountyMask | null): CountyMask | null {
  if (!a) return b;
  if (!b) return a;
  const mask = new Uint8Array(a.mask.length);
  for (let i = 0; i < mask.length; i++) mask[i] = a.mask[i]! & (b.mask[i] ?? 0);
  return { mask, key: `${a.key}&${b.key}` };
}
