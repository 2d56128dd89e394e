/**
 * The matching tab's part of the view state (`view.matching`): what to solve and how the two plans differ. It
 * lives in the URL as one `mt` parameter (omitted at the default), in saved views and in scenes, like every view
 * option. Type, default, schema and URL codec are here so the shared view files need one line each.
 */
import * as v from 'valibot';
import { DEFAULT_LABOUR_WEIGHTS } from './labour-utility';
import type { EastReach } from './labour-scenario';
import { SKILL_IDS, type SkillId } from './skills';

/** The matching options of the view. */
export interface MatchingView {
  mode: 'labour' | 'industry';
  structure: 2016 | 2021;
  /** Plan A: eastern jobs open to official partners only, or to any city. */
  reach: EastReach;
  /** Plan B beside it (null: one plan only). */
  compare: EastReach | null;
  /** Plan for one eastern partner (province or municipality adcode), or all. */
  east: string | null;
  skill: SkillId | null;
  /** Partner bonus of the utility (yuan/month). */
  partnerBonus: number;
  /** Travel cost of the utility (yuan/month per km). */
  travelCostPerKm: number;
  /** The assignment whose explanation is open (row index in plan A's table), or null. */
  flow: number | null;
}

/** The default: labour, 2021 structure, partners only beside any city, default weights. */
export const DEFAULT_MATCHING_VIEW: Readonly<MatchingView> = {
  mode: 'labour',
  structure: 2021,
  reach: 'paired',
  compare: 'any',
  east: null,
  skill: null,
  partnerBonus: DEFAULT_LABOUR_WEIGHTS.partnerBonus,
  travelCostPerKm: DEFAULT_LABOUR_WEIGHTS.travelCostPerKm,
  flow: null,
};

/** Creates a fresh default (the view state must not share objects between views). */
export function createDefaultMatchingView(): MatchingView {
  return { ...DEFAULT_MATCHING_VIEW };
}

const reachSchema = v.picklist(['paired', 'any']);

/** Schema of `view.matching`; views saved before the tab existed read as the default. */
export const matchingViewSchema = v.optional(
  v.object({
    mode: v.picklist(['labour', 'industry']),
    structure: v.picklist([2016, 2021]),
    reach: reachSchema,
    compare: v.nullable(reachSchema),
    east: v.nullable(v.pipe(v.string(), v.regex(/^\d{6}$/))),
    skill: v.nullable(v.picklist(SKILL_IDS)),
    partnerBonus: v.pipe(v.number(), v.minValue(0), v.maxValue(5000)),
    travelCostPerKm: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
    flow: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  createDefaultMatchingView,
);

/** The `mt` URL value, or null at the default (then the parameter is left out). */
export function encodeMatchingView(m: MatchingView): string | null {
  const d = DEFAULT_MATCHING_VIEW;
  const same = (Object.keys(d) as (keyof MatchingView)[]).every((k) => m[k] === d[k]);
  if (same) return null;
  return [m.mode, m.structure, m.reach, m.compare ?? '-', m.east ?? '', m.skill ?? '', m.partnerBonus, m.travelCostPerKm, m.flow ?? ''].join(':');
}

/** Reads an `mt` value into `target`; returns false when any part was bad (the good parts are kept). */
export function decodeMatchingView(raw: string, target: MatchingView): boolean {
  const [mode, structure, reach, compare, east, skill, bonus, travel, flow] = raw.split(':');
  let ok = true;
  if (mode === 'labour' || mode === 'industry') target.mode = mode;
  else ok = false;
  if (structure === '2016' || structure === '2021') target.structure = Number(structure) as 2016 | 2021;
  else if (structure !== undefined) ok = false;
  if (reach === 'paired' || reach === 'any') target.reach = reach;
  else if (reach !== undefined) ok = false;
  if (compare === 'paired' || compare === 'any') target.compare = compare;
  else if (compare === '-') target.compare = null;
  else if (compare !== undefined) ok = false;
  if (east && /^\d{6}$/.test(east)) target.east = east;
  else if (east) ok = false;
  if (skill && (SKILL_IDS as readonly string[]).includes(skill)) target.skill = skill as SkillId;
  else if (skill) ok = false;
  const num = (s: string | undefined, max: number): number | null => {
    if (s === undefined || s === '' || !/^\d+(\.\d+)?$/.test(s)) return null;
    const n = Number(s);
    return n <= max ? n : null;
  };
  const b = num(bonus, 5000);
  if (b !== null) target.partnerBonus = b;
  else if (bonus) ok = false;
  const t = num(travel, 10);
  if (t !== null) target.travelCostPerKm = t;
  else if (travel) ok = false;
  if (flow && /^\d{1,7}$/.test(flow)) target.flow = Number(flow);
  else if (flow) ok = false;
  return ok;
}
