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
  /** Training programme: places (county, prefecture or western province adcodes) where untrained become trained; empty: none. */
  trainPlaces: string[];
  /** Share of the untrained the programme trains (0–1). */
  trainShare: number;
  /** Which plan the programme applies to (plan B alone shows its effect as the difference). */
  trainPlan: TrainPlan;
}

/** The plans a training programme applies to. */
export type TrainPlan = 'a' | 'b' | 'both';
const TRAIN_PLANS: readonly TrainPlan[] = ['a', 'b', 'both'];

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
  trainPlaces: [],
  trainShare: 0.5,
  trainPlan: 'b',
};

/** Creates a fresh default (the view state must not share objects between views). */
export function createDefaultMatchingView(): MatchingView {
  return { ...DEFAULT_MATCHING_VIEW, trainPlaces: [] };
}

const reachSchema = v.picklist(['paired', 'any']);
/** Most places in one training programme (keeps the URL short). */
export const MAX_TRAIN_PLACES = 60;

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
    // Views saved before the training programme existed have none.
    trainPlaces: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{6}$/))), v.maxLength(MAX_TRAIN_PLACES)), () => []),
    trainShare: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), DEFAULT_MATCHING_VIEW.trainShare),
    trainPlan: v.optional(v.picklist(TRAIN_PLANS), DEFAULT_MATCHING_VIEW.trainPlan),
  }),
  createDefaultMatchingView,
);

/** The `mt` URL value, or null at the default (then the parameter is left out). */
export function encodeMatchingView(m: MatchingView): string | null {
  const d = DEFAULT_MATCHING_VIEW;
  const same = (Object.keys(d) as (keyof MatchingView)[]).every((k) => (k === 'trainPlaces' ? m.trainPlaces.length === 0 : m[k] === d[k]));
  if (same) return null;
  const parts: (string | number)[] = [m.mode, m.structure, m.reach, m.compare ?? '-', m.east ?? '', m.skill ?? '', m.partnerBonus, m.travelCostPerKm, m.flow ?? ''];
  // The training programme's three parts only when it departs from the default (older links end at `flow`).
  if (m.trainPlaces.length > 0 || m.trainShare !== d.trainShare || m.trainPlan !== d.trainPlan) parts.push(m.trainPlaces.join(','), m.trainShare, m.trainPlan);
  return parts.join(':');
}

/** Reads an `mt` value into `target`; returns false when any part was bad (the good parts are kept). */
export function decodeMatchingView(raw: string, target: MatchingView): boolean {
  const [mode, structure, reach, compare, east, skill, bonus, travel, flow, trainPlaces, trainShare, trainPlan] = raw.split(':');
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
  if (trainPlaces) {
    const places = trainPlaces.split(',');
    const good = places.filter((p) => /^\d{6}$/.test(p));
    target.trainPlaces = [...new Set(good)].slice(0, MAX_TRAIN_PLACES);
    if (good.length !== places.length || places.length > MAX_TRAIN_PLACES) ok = false;
  }
  const share = num(trainShare, 1);
  if (share !== null) target.trainShare = share;
  else if (trainShare) ok = false;
  if ((TRAIN_PLANS as readonly string[]).includes(trainPlan ?? '')) target.trainPlan = trainPlan as TrainPlan;
  else if (trainPlan) ok = false;
  return ok;
}
