/**
 * Results per yuan, per county and year: how much of the allocation was spent (execution rate), the industry share
 * against the rule, and the change of chosen indicators per 10,000 yuan (万元) spent. Sums are integer fen; the
 * ratios are computed once from those exact sums.
 */
import type { FundRow } from './fund-table';
import { evaluateIndustryShare, type FundShareRule, type ShareVerdict } from './industry-share-rule';

/** Fen in 10,000 yuan. */
export const FEN_PER_WAN_YUAN = 1_000_000;

/** The money of one county-year, in fen. */
export interface CountyYearMoney {
  county: string;
  year: number;
  allocatedFen: number;
  /** Spent; null when no row of the county-year says what was spent. */
  spentFen: number | null;
  /** Money of the rule's basis (its sources) and its industry part. */
  basisFen: number;
  industryFen: number;
}

/** Key of a county-year. */
export function countyYearKey(county: string, year: number): string {
  return `${county}|${year}`;
}

/**
 * Sums the table by county-year. The basis of the industry share is taken from the rule in force each year (so a
 * rule that changes its basis changes the sums); without a rule the basis is empty.
 */
export function sumByCountyYear(rows: readonly FundRow[], basisOf: (year: number) => { sources: readonly string[]; programmes: readonly string[] } | null): Map<string, CountyYearMoney> {
  const out = new Map<string, CountyYearMoney>();
  const basisCache = new Map<number, { sources: Set<string>; programmes: Set<string> } | null>();
  for (const r of rows) {
    const key = countyYearKey(r.county, r.year);
    let m = out.get(key);
    if (!m) out.set(key, (m = { county: r.county, year: r.year, allocatedFen: 0, spentFen: null, basisFen: 0, industryFen: 0 }));
    m.allocatedFen += r.amountFen;
    if (r.spentFen !== null) m.spentFen = (m.spentFen ?? 0) + r.spentFen;
    if (!basisCache.has(r.year)) {
      const b = basisOf(r.year);
      basisCache.set(r.year, b ? { sources: new Set(b.sources), programmes: new Set(b.programmes) } : null);
    }
    const basis = basisCache.get(r.year);
    if (basis?.sources.has(r.source)) {
      m.basisFen += r.amountFen;
      if (basis.programmes.has(r.programme)) m.industryFen += r.amountFen;
    }
  }
  return out;
}

/** Execution rate in percent (spent / allocated), null when unknown or nothing was allocated. */
export function executionRatePct(money: Pick<CountyYearMoney, 'allocatedFen' | 'spentFen'>): number | null {
  if (money.spentFen === null || money.allocatedFen <= 0) return null;
  return (100 * money.spentFen) / money.allocatedFen;
}

/** The money that counts as "spent" for results: spending where known, else the allocation. */
export function effectiveSpendFen(money: Pick<CountyYearMoney, 'allocatedFen' | 'spentFen'>): number {
  return money.spentFen ?? money.allocatedFen;
}

/**
 * Change of an indicator per 10,000 yuan spent: (value in `year` − value the year before) ÷ (spend in 万元).
 * Null when a value is missing or nothing was spent.
 */
export function changePerWanYuan(before: number | null, after: number | null, spendFen: number): number | null {
  if (before === null || after === null || !Number.isFinite(before) || !Number.isFinite(after) || spendFen <= 0) return null;
  return (after - before) / (spendFen / FEN_PER_WAN_YUAN);
}

/** Everything the results view shows for one county-year. */
export interface CountyYearResult extends CountyYearMoney {
  executionPct: number | null;
  share: ShareVerdict;
}

/** Results of every county-year of the table. */
export function resultsPerYuan(rows: readonly FundRow[], rules: readonly FundShareRule[]): CountyYearResult[] {
  const basisOf = (year: number) => {
    const verdict = evaluateIndustryShare(rules, year, 0, 0);
    return verdict.rule ? (verdict.rule as FundShareRule).basis : null;
  };
  return [...sumByCountyYear(rows, basisOf).values()].map((m) => ({
    ...m,
    executionPct: executionRatePct(m),
    share: evaluateIndustryShare(rules, m.year, m.industryFen, m.basisFen),
  }));
}
