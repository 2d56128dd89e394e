/**
 * A user's own labour figures as a long table — one row per county × skill (× supply group) with a value — laid
 * over the labour data: the rows' counties (already matched to adcodes by the import pipeline's county matching)
 * replace the sample's supply or local vacancies of that skill, everything else stays. Skill and group cells may
 * be ids, Chinese or English names. Rows that cannot be used are reported by reason, never dropped silently, and a
 * table that changes nothing is an error rather than a plan labelled real.
 *
 * Wired: the import pipeline reads such a table (src/data/import/labour-long-rows.ts), the matching worker lays
 * it over labour.json (labour-imported.ts) after checking it fits.
 */
import type { LabourData } from './matching-data';
import { SKILL_IDS, SUPPLY_GROUPS, type SkillId, type SupplyGroup } from './skills';

/** What the value column holds. */
export type LabourLongMeasure = 'supply' | 'local-vacancies';

/** One row of the long table after county matching. */
export interface LabourLongRow {
  /** County adcode from the import pipeline's matcher, or null when it matched none. */
  county: string | null;
  skill: string;
  /** Supply group (for supply rows); empty when the table has no group column. */
  group: string;
  value: number | null;
}

/** Why a row was not used. */
export type LabourLongSkip = 'county-unmatched' | 'county-not-western' | 'skill-unknown' | 'group-unknown' | 'value-missing' | 'duplicate';

/** The outcome of laying a long table over the data. */
export interface LabourLongResult {
  data: LabourData;
  applied: number;
  skipped: { row: number; reason: LabourLongSkip }[];
}

const SKILL_NAMES: Record<SkillId, readonly string[]> = {
  construction: ['建筑', '建筑业', 'construction'],
  manufacturing: ['制造', '制造装配', '制造业', 'manufacturing', 'manufacturing and assembly'],
  services: ['服务', '服务餐饮', '餐饮', 'services', 'services and hospitality'],
  care: ['护理', '护理照料', '养老', 'care'],
  agri_processing: ['农产品加工', 'agri-processing', 'agricultural processing'],
  ecommerce_logistics: ['电商物流', '电商', '物流', 'e-commerce', 'logistics', 'e-commerce and logistics'],
};

const GROUP_NAMES: Record<SupplyGroup, readonly string[]> = {
  'untrained-local': ['未培训-就地就近', '未培训就地就近'],
  'untrained-province': ['未培训-省内', '未培训省内'],
  'untrained-far': ['未培训-愿赴东部', '未培训愿赴东部', '未培训-东部'],
  'trained-local': ['已培训-就地就近', '已培训就地就近'],
  'trained-province': ['已培训-省内', '已培训省内'],
  'trained-far': ['已培训-愿赴东部', '已培训愿赴东部', '已培训-东部'],
};

const norm = (s: string): string => s.trim().toLowerCase().replace(/[\s_（）()]/g, '');

/** The skill id a cell names (id, Chinese or English), or null. */
export function skillOfCell(cell: string): SkillId | null {
  const c = norm(cell);
  for (const id of SKILL_IDS) if (norm(id) === c || SKILL_NAMES[id].some((n) => norm(n) === c)) return id;
  return null;
}

/** The supply group a cell names (id or Chinese), or null. */
export function groupOfCell(cell: string): number | null {
  const c = norm(cell);
  const g = SUPPLY_GROUPS.findIndex((id) => norm(id) === c || GROUP_NAMES[id].some((n) => norm(n) === c));
  return g >= 0 ? g : null;
}

/** Lays `rows` over `base`; `label` names the user's file (the result is kind 'real' once a row applies). */
export function applyLabourLongTable(base: LabourData, rows: readonly LabourLongRow[], measure: LabourLongMeasure, label: { zh: string; en: string }): LabourLongResult {
  const countyIndex = new Map(base.counties.map((c, i) => [c, i]));
  const supply: Record<string, number[]> = Object.fromEntries(Object.entries(base.supply).map(([k, a]) => [k, [...a]]));
  const localDemand: LabourData['localDemand'] = Object.fromEntries(Object.entries(base.localDemand).map(([k, d]) => [k, { vacancies: [...d.vacancies], wage: [...d.wage] }]));
  const seen = new Set<string>();
  const skipped: LabourLongResult['skipped'] = [];
  let applied = 0;
  rows.forEach((r, row) => {
    const skip = (reason: LabourLongSkip) => skipped.push({ row, reason });
    if (r.county === null) return skip('county-unmatched');
    const i = countyIndex.get(r.county);
    if (i === undefined) return skip('county-not-western');
    const skill = skillOfCell(r.skill);
    if (!skill || !base.skills.includes(skill)) return skip('skill-unknown');
    if (r.value === null || !Number.isFinite(r.value) || r.value < 0) return skip('value-missing');
    if (measure === 'supply') {
      const g = groupOfCell(r.group);
      if (g === null) return skip('group-unknown');
      const key = `${r.county}|${skill}|${g}`;
      if (seen.has(key)) return skip('duplicate');
      seen.add(key);
      supply[skill]![i * 6 + g] = Math.round(r.value);
    } else {
      const key = `${r.county}|${skill}`;
      if (seen.has(key)) return skip('duplicate');
      seen.add(key);
      localDemand[skill]!.vacancies[i] = Math.round(r.value);
    }
    applied++;
  });
  const data: LabourData = applied > 0 ? { ...base, kind: 'real', label, supply, localDemand } : base;
  return { data, applied, skipped };
}
