/**
 * From solved plans to what the matching tab draws: names, status words, the totals of two plans and their
 * difference, table rows (built only for the rows in view), CSV rows with the sample label, and arcs for the map.
 */
import type { CsvCell } from '../../lib/csv-export';
import type { Lang } from '../../model/view/view-state';
import type { LpStatus } from '../../lib/lp-solver';
import type { MatchingResult } from '../../data/matching-messages';
import { unpackLabourFlow } from '../../model/matching/packed-flows';
import type { PlaceNamer } from '../../model/matching/matching-arcs';
export { createPlaceNamer, type PlaceNamer } from '../../model/matching/matching-arcs';
import type { LabourFlow } from '../../model/matching/labour-explain';
import type { SkillId } from '../../model/matching/skills';
import { matchingText, type MatchingStringKey } from './matching-strings';

const STATUS_KEY: Record<LpStatus, MatchingStringKey> = {
  optimal: 'statusOptimal', infeasible: 'statusInfeasible', 'time-limit': 'statusTimeLimit', unbounded: 'statusUnbounded', error: 'statusError',
};

/** The status in words. */
export function statusText(lang: Lang, status: LpStatus): string {
  return matchingText(lang, STATUS_KEY[status]);
}

const SKILL_KEY: Record<SkillId, MatchingStringKey> = {
  construction: 'skConstruction', manufacturing: 'skManufacturing', services: 'skServices', care: 'skCare', agri_processing: 'skAgri', ecommerce_logistics: 'skEcommerce',
};

/** A skill's name. */
export function skillText(lang: Lang, skill: SkillId): string {
  return matchingText(lang, SKILL_KEY[skill]);
}

/** A supply group's name, e.g. "已培训·愿赴东部". */
export function groupText(lang: Lang, group: string): string {
  const [t, w] = group.split('-');
  const a = matchingText(lang, t === 'trained' ? 'groupTrained' : 'groupUntrained');
  const b = matchingText(lang, w === 'local' ? 'willLocal' : w === 'province' ? 'willProvince' : 'willFar');
  return lang === 'en' ? `${a}, ${b}` : `${a}·${b}`;
}

/** A destination's name with its kind. */
export function destText(lang: Lang, namer: PlaceNamer, kind: string, adcode: string): string {
  const name = namer.name(adcode);
  if (kind === 'local') return matchingText(lang, 'destLocal', { name });
  if (kind === 'capital') return matchingText(lang, 'destCapital', { name });
  return name;
}

/** One row of the totals comparison: label, plan A, plan B, B − A. */
export interface TotalsRow {
  key: MatchingStringKey;
  a: number | null;
  b: number | null;
  digits: number;
}

/** The totals rows of one or two plans. */
export function totalsRows(a: MatchingResult | null, b: MatchingResult | null): TotalsRow[] {
  const pick = (r: MatchingResult | null, f: (t: Record<string, number>) => number): number | null => (r ? f(r.plan.totals as unknown as Record<string, number>) : null);
  if ((a ?? b)?.kind === 'industry') {
    return [
      { key: 'enterprisesPlaced', a: pick(a, (t) => t['placed']!), b: pick(b, (t) => t['placed']!), digits: 1 },
      { key: 'jobsCreated', a: pick(a, (t) => t['jobs']!), b: pick(b, (t) => t['jobs']!), digits: 0 },
      { key: 'landUsed', a: pick(a, (t) => t['landHa']!), b: pick(b, (t) => t['landHa']!), digits: 0 },
      { key: 'partnerShare', a: pick(a, (t) => 100 * t['partnerShare']!), b: pick(b, (t) => 100 * t['partnerShare']!), digits: 1 },
    ];
  }
  const rows: [MatchingStringKey, string, number, number][] = [
    ['placed', 'placed', 1, 0], ['placedEast', 'placedEast', 1, 0], ['averageWage', 'averageWage', 1, 0], ['totalDistance', 'totalDistanceKm', 1e-4, 0],
    ['averageDistance', 'averageDistanceKm', 1, 0], ['vacanciesLeft', 'vacanciesLeft', 1, 0], ['supplyLeft', 'supplyLeft', 1, 0], ['partnerShare', 'partnerShare', 100, 1],
  ];
  return rows.map(([key, field, scale, digits]) => ({ key, a: pick(a, (t) => t[field]! * scale), b: pick(b, (t) => t[field]! * scale), digits }));
}

/**
 * One formatter per language and number of digits: `toLocaleString` builds a fresh Intl.NumberFormat on every call
 * (tens of microseconds each), which made re-rendering the table and the pairing list the largest main-thread cost
 * of a re-solve.
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number for the interface. */
export function formatNumber(lang: Lang, value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const key = `${lang}|${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** Number of table rows of a result. */
export function rowCount(r: MatchingResult | null): number {
  if (!r) return 0;
  return r.kind === 'labour' ? r.plan.flows.count : r.plan.flows.length;
}

/** The labour flow of row `i` (unpacked on demand). */
export function labourRow(r: MatchingResult & { kind: 'labour' }, i: number): LabourFlow {
  return unpackLabourFlow(r.plan.flows, i);
}

/** The CSV of a plan's assignments with explanations; every row carries the sample label when it is sample data. */
export function planCsvRows(lang: Lang, namer: PlaceNamer, r: MatchingResult): CsvCell[][] {
  if (r.kind === 'industry') {
    const head = ['enterprise', 'sector', 'city', 'county', 'share', 'jobs', 'land_ha', 'pairing', 'fit', 'value', 'binding', 'runner_up', 'runner_up_reduced_cost', 'land_shadow', 'labour_shadow'];
    return [head, ...r.plan.flows.map((f) => [f.enterprise, f.sector, namer.name(f.city), namer.name(f.county), f.share, f.jobs, f.landHa, f.pairing ?? '', f.fit.fit, f.fit.value, f.binding.join(' '), f.runnerUp ? namer.name(f.runnerUp.county) : '', f.runnerUp?.reducedCost ?? '', f.landShadow, f.labourShadow])];
  }
  const head = ['county_adcode', 'county', 'skill', 'group', 'destination_kind', 'destination_adcode', 'destination', 'people', 'distance_km', 'pairing', 'wage', 'travel', 'housing', 'training', 'partner', 'utility', 'binding', 'runner_up', 'runner_up_reduced_cost', 'supply_shadow', 'vacancy_shadow', 'trained_shadow'];
  const rows: CsvCell[][] = [head];
  for (let i = 0; i < r.plan.flows.count; i++) {
    const f = unpackLabourFlow(r.plan.flows, i);
    const u = f.utility;
    rows.push([f.county, namer.name(f.county), f.skill, f.group, f.destKind, f.dest, destText(lang, namer, f.destKind, f.dest), f.people, f.distanceKm, f.pairing ?? '', u.wage, u.travel, u.housing, u.training, u.partner, u.total, f.binding.join(' '), f.runnerUp ? f.runnerUp.dest : '', f.runnerUp?.reducedCost ?? '', f.supplyShadow, f.vacancyShadow, f.trainedShadow ?? '']);
  }
  return rows;
}
