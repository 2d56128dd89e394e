/**
 * Resolution of an adcode of any vintage (2011–2023) to the County ids of the boundary set, by walking the
 * dated change list backwards (newer codes) or forwards (older codes) until boundary codes are reached.
 */
import type { AdcodeChange, AdcodeChangeList } from './adcode-change';
import { reason as why, type MatchReason } from './match-reason';

/**
 * How a code relates to the boundary polygons: 'exact' it is one; 'changed' same territory under another code;
 * 'merged' the unit covers several polygons; 'split' the unit is part of one (or more) larger polygon(s);
 * 'unknown' it lands on none (see `reason`).
 */
export type CodeResolutionStatus = 'exact' | 'changed' | 'merged' | 'split' | 'unknown';

/** Result of resolving one code against the boundary set. */
export interface CodeResolution {
  status: CodeResolutionStatus;
  /** The normalised 6-digit input, or null when the input is not a code at all. */
  code: string | null;
  /** Boundary county ids the unit lands on (empty when unknown). */
  adcodes: string[];
  /** True when the unit and the polygons do not cover the same territory. */
  approximate: boolean;
  /** The changes walked, e.g. "2018-02 merge: 城区+南郊区 → 平城区". */
  note?: string;
  /** Why a code is unknown (or why it is approximate), in English for the build scripts' logs. */
  reason?: string;
  /** The same reason as a code with parameters, which the interface renders in its language. */
  why?: MatchReason;
  /** The changes walked or found after the vintage, structured (the interface renders them; `note` is their log). */
  changes?: AdcodeChange[];
}

const MAX_HOPS = 6;

/** Normalises "130631", "130631.0", " 130631 ", full-width digits and 12-digit statistical codes to 6 digits. */
export function normalizeAdcode(input: string | number): string | null {
  let s = String(input).normalize('NFKC').replace(/\s+/g, '');
  s = s.replace(/\.0*$/, '');
  if (/^\d{6}$/.test(s)) return s;
  if (/^\d{6}(000|000000)$/.test(s)) return s.slice(0, 6);
  return null;
}

interface Walk {
  adcodes: Set<string>;
  entries: AdcodeChange[];
}

/** The change graph over a boundary set; construction indexes the list once. */
export class AdcodeResolver {
  private readonly byTo = new Map<string, AdcodeChange[]>();
  private readonly byFrom = new Map<string, AdcodeChange[]>();
  private readonly unresolved = new Map<string, { text: string; name: string }>();
  private readonly vintageYear: number;

  constructor(
    private readonly isBoundary: (adcode: string) => boolean,
    private readonly levelName: (adcode: string) => string | undefined,
    list: AdcodeChangeList,
  ) {
    this.vintageYear = Number.parseInt(list.boundaryVintage, 10);
    for (const change of list.changes) {
      for (const u of change.to) push(this.byTo, u.code, change);
      for (const u of change.from) push(this.byFrom, u.code, change);
    }
    for (const u of list.unresolved) this.unresolved.set(u.code, { text: `${u.name}: ${u.reason}`, name: u.name });
  }

  /** Resolves one code; `year` is the data's year, used to flag boundary codes whose territory changed later. */
  resolve(input: string | number, year?: number): CodeResolution {
    const code = normalizeAdcode(input);
    if (code === null) {
      return { status: 'unknown', code: null, adcodes: [], approximate: false, reason: 'not a 6-digit code', why: why('not_a_code') };
    }
    if (this.isBoundary(code)) return this.resolveBoundary(code, year);
    const listed = this.unresolved.get(code);
    if (listed !== undefined) return unknown(code, listed.text, why('code_unresolved', { name: listed.name }));
    const back = this.walk(code, 'back', 0, new Set());
    const fwd = this.walk(code, 'forward', 0, new Set());
    const walk = this.pickWalk(code, back, fwd);
    if (walk) return describeWalk(code, walk);
    return unknown(code, ...this.levelReason(code));
  }

  private resolveBoundary(code: string, year?: number): CodeResolution {
    const exact: CodeResolution = { status: 'exact', code, adcodes: [code], approximate: false };
    const later = [...(this.byTo.get(code) ?? []), ...(this.byFrom.get(code) ?? [])].filter(
      (c) => changeYear(c) > this.vintageYear,
    );
    if (later.length === 0) return exact;
    const notes = [...new Set(later)].map(formatChange).join('; ');
    // A code given to another unit after the vintage (232701: 加格达奇区, then 漠河市 from 2018).
    const reuse = later.find((c) => c.to.some((u) => u.code === code) && !c.from.some((u) => u.code === code));
    if (reuse && year !== undefined && changeYear(reuse) <= year) {
      const adcodes = reuse.from.map((u) => u.code).filter((a) => this.isBoundary(a));
      if (adcodes.length > 0) {
        return { status: 'changed', code, adcodes, approximate: reuse.partial === true, note: formatChange(reuse), changes: [reuse] };
      }
    }
    if (reuse) {
      return { ...exact, note: `code reused in ${reuse.date}; pass the data year: ${formatChange(reuse)}` };
    }
    // Only a merge or split that keeps this code changes what the code stands for; renames do not.
    const reshaped = later.filter(
      (c) => (c.kind === 'merge' || c.kind === 'split') && c.to.some((u) => u.code === code) && changeYear(c) <= (year ?? 0),
    );
    if (reshaped.length === 0) return { ...exact, note: `changed after the boundary vintage: ${notes}` };
    const adcodes = new Set([code]);
    for (const c of reshaped) if (c.kind === 'merge') for (const u of c.from) if (this.isBoundary(u.code)) adcodes.add(u.code);
    const status = adcodes.size > 1 ? 'merged' : 'split';
    return {
      status,
      code,
      adcodes: [...adcodes].sort(),
      approximate: status === 'split' || reshaped.some((c) => c.partial === true),
      note: notes,
      changes: [...new Set(later)],
      reason: `in ${year} this code covers a different territory than its ${this.vintageYear} polygon`,
      why: why('territory_changed', { year: String(year), vintage: String(this.vintageYear) }),
    };
  }

  private walk(code: string, dir: 'back' | 'forward', hops: number, seen: Set<string>): Walk | null {
    const key = `${dir}:${code}`;
    if (hops > MAX_HOPS || seen.has(key)) return null;
    seen.add(key);
    const entries = (dir === 'back' ? this.byTo : this.byFrom).get(code) ?? [];
    // A unit kept under its own code in a change (余杭区 → 余杭区 + 临平区) is no step away from it.
    const steps = entries.filter((c) => !(dir === 'back' ? c.from : c.to).every((u) => u.code === code));
    if (steps.length === 0) return null;
    const result: Walk = { adcodes: new Set(), entries: [] };
    for (const change of steps) {
      const next = (dir === 'back' ? change.from : change.to).map((u) => u.code);
      let reached = false;
      for (const n of next) {
        if (this.isBoundary(n)) {
          result.adcodes.add(n);
          reached = true;
          continue;
        }
        // The boundary may show a newer unit under its old code (320802 清江浦区): walking forward past it,
        // turn back from the newer code to reach that polygon.
        const deeper =
          this.walk(n, dir, hops + 1, seen) ?? (dir === 'forward' ? this.walk(n, 'back', hops + 1, seen) : null);
        if (!deeper) continue;
        reached = true;
        for (const a of deeper.adcodes) result.adcodes.add(a);
        result.entries.push(...deeper.entries);
      }
      if (reached) result.entries.unshift(change);
    }
    return result.adcodes.size > 0 ? result : null;
  }

  private pickWalk(code: string, back: Walk | null, fwd: Walk | null): { walk: Walk; dir: 'back' | 'forward' } | null {
    if (back && !fwd) return { walk: back, dir: 'back' };
    if (fwd && !back) return { walk: fwd, dir: 'forward' };
    if (!back || !fwd) return null;
    // Both directions reach the boundary: a code born after the vintage walks back, an older one forward.
    const born = Math.min(...(this.byTo.get(code) ?? []).map(changeYear));
    return born > this.vintageYear ? { walk: back, dir: 'back' } : { walk: fwd, dir: 'forward' };
  }

  private levelReason(code: string): [string, MatchReason] {
    const named = (name: string | undefined) => ({ name: name ?? '' });
    if (code.endsWith('0000')) {
      const name = this.levelName(code);
      return [`province-level code${suffixName(name)}, not a county`, why('province_code', named(name))];
    }
    if (code.endsWith('00')) {
      const name = this.levelName(code);
      return [`prefecture-level code${suffixName(name)}, not a county`, why('prefecture_code', named(name))];
    }
    if (code[4] === '7') return ['development zone, not a county', why('development_zone')];
    if (code.endsWith('01')) {
      const name = this.levelName(code.slice(0, 4) + '00');
      return [`市辖区 (all city districts together) code${suffixName(name)}, not a county`, why('city_districts_code', named(name))];
    }
    return ['code not in the boundary set nor in the change list', why('code_not_listed')];
  }
}

function describeWalk(code: string, pick: { walk: Walk; dir: 'back' | 'forward' }): CodeResolution {
  const { walk, dir } = pick;
  const adcodes = [...walk.adcodes].sort();
  const note = walk.entries.map(formatChange).join('; ');
  const partial = walk.entries.some((c) => c.partial === true);
  // Backwards through a split, or forwards through a merge, the unit is a part of what it lands on.
  const partOf = walk.entries.some((c) => (dir === 'back' ? c.kind === 'split' : c.kind === 'merge'));
  const changes = walk.entries;
  if (partOf) return { status: 'split', code, adcodes, approximate: true, note, changes };
  if (adcodes.length > 1) return { status: 'merged', code, adcodes, approximate: partial, note, changes };
  return { status: 'changed', code, adcodes, approximate: partial, note, changes };
}

function unknown(code: string, reason: string, reasonCode: MatchReason): CodeResolution {
  return { status: 'unknown', code, adcodes: [], approximate: false, reason, why: reasonCode };
}

function suffixName(name: string | undefined): string {
  return name ? ` (${name})` : '';
}

function changeYear(change: AdcodeChange): number {
  return Number.parseInt(change.date.slice(0, 4), 10);
}

function formatChange(c: AdcodeChange): string {
  const side = (units: AdcodeChange['from']) => units.map((u) => `${u.name} ${u.code}`).join(' + ');
  return `${c.date} ${c.kind}: ${side(c.from)} → ${side(c.to)}${c.note ? ` (${c.note})` : ''}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
