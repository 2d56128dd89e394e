/**
 * Smart sets for the comparison set: counties of the same prefecture or province as a target, the counties of a
 * partnership pairing's ends, and filling the set up to its cap without duplicates. The k-most-similar set is
 * `rankSimilarCounties` (similarity.ts).
 */
import type { County } from '../geo/county';
import type { Pairing } from '../partnership/pairings';

/** The kinds of smart set the panel offers. */
/** 'exit_cohort': the national poverty counties of the target's province that exited in its year (real list). */
export type SmartSetKind = 'prefecture' | 'province' | 'partners' | 'similar' | 'exit_cohort';

/** The counties sharing the target's prefecture or province, the target first, then in index order. */
export function sameUnitCounties(counties: readonly County[], target: string, level: 'prefecture' | 'province'): string[] {
  const t = counties.find((c) => c.adcode === target);
  if (!t) return [];
  const unit = t[level];
  return [target, ...counties.filter((c) => c[level] === unit && c.adcode !== target).map((c) => c.adcode)];
}

/**
 * Expands adcodes of any level into counties: a county stays itself, a prefecture or province gives its counties
 * (index order). Used for the ends of a pairing, which are provinces or prefectures. Unknown codes are dropped.
 */
export function expandToCounties(counties: readonly County[], adcodes: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (a: string): void => {
    if (!seen.has(a)) {
      seen.add(a);
      out.push(a);
    }
  };
  for (const code of adcodes) {
    if (counties.some((c) => c.adcode === code)) {
      add(code);
      continue;
    }
    for (const c of counties) if (c.prefecture === code || c.province === code) add(c.adcode);
  }
  return out;
}

/** What adding candidates to a set of capped size would do. */
export interface SetFill {
  /** Candidates that fit, in candidate order. */
  added: string[];
  /** Candidates already in the set. */
  alreadyIn: number;
  /** Candidates left out because the set is full. */
  overflow: number;
}

/** Picks the candidates that fit into `current` under the cap, in order (the store's `addToCompare` applies them). */
export function fillCompareSet(current: readonly string[], candidates: readonly string[], max: number): SetFill {
  const have = new Set(current);
  const added: string[] = [];
  let alreadyIn = 0;
  let overflow = 0;
  for (const c of candidates) {
    if (have.has(c)) {
      alreadyIn++;
      continue;
    }
    have.add(c);
    if (current.length + added.length < max) added.push(c);
    else overflow++;
  }
  return { added, alreadyIn, overflow };
}

/** A partner set for a target county: the other end of a pairing one of whose ends contains the county. */
export interface PartnerSet {
  pairId: string;
  /** "east → west" with the ends' short names. */
  label: string;
  /** Adcode of the partner end (a province or prefecture); expand with `expandToCounties`. */
  partner: string;
}

/** The partner ends of the pairings (of one structure) touching the county's prefecture or province. */
export function partnerSetsOf(
  pairs: readonly Pairing[],
  county: Pick<County, 'prefecture' | 'province'>,
): PartnerSet[] {
  const touches = (adcode: string): boolean => adcode === county.prefecture || adcode === county.province;
  const out: PartnerSet[] = [];
  for (const p of pairs) {
    const label = `${p.east.short} → ${p.west.short}`;
    if (touches(p.west.adcode)) out.push({ pairId: p.id, label, partner: p.east.adcode });
    else if (touches(p.east.adcode)) out.push({ pairId: p.id, label, partner: p.west.adcode });
  }
  return out;
}
