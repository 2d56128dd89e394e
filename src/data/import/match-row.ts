/**
 * Matching one row to a county: by adcode first (any vintage, through the change list), checked against the
 * row's name; else by name within the row's province and prefecture. A doubt is reported, never guessed:
 * ambiguous names and codes that contradict their names come back with their candidates.
 */
import { reason, type MatchReason } from '../../model/geo/match-reason';
import { normalizeName, shortCountyName } from '../../model/geo/name-normalize';
import type { CodeResolution } from '../../model/geo/adcode-resolver';
import type { ImportLookup, ImportNameMatch } from './import-lookup';
import type { RowCandidate, RowMatch } from './import-types';

export type { RowMatch } from './import-types';
import { cleanCell, normaliseCode } from './parse-value';

/** The fields of a row that identify its county. */
export interface RowKey {
  code?: string;
  name?: string;
  province?: string;
  prefecture?: string;
  year?: number;
}


function candidate(lookup: ImportLookup, adcode: string): RowCandidate {
  const county = lookup.get(adcode);
  if (!county) return { adcode, name: adcode };
  const out: RowCandidate = { adcode, name: county.name };
  const prefecture = lookup.getPrefecture(county.prefecture)?.name;
  const province = lookup.getProvince(county.province)?.name;
  if (prefecture) out.prefectureName = prefecture;
  if (province) out.provinceName = province;
  return out;
}

function fromNameMatch(m: ImportNameMatch): RowCandidate[] {
  return m.candidates.map((c) => ({ adcode: c.adcode, name: c.name, prefectureName: c.prefectureName, provinceName: c.provinceName }));
}

/** True for two equal-length names that differ in one character (typos such as 荣阳/荥阳, 浙川/淅川). */
function oneTypoApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diff += 1;
  return diff === 1;
}

/**
 * True when a row's name plausibly names the county the code gives: same stem, one stem extending the other
 * (郧县/郧阳区), or a one-character typo. The code is the stronger evidence; only a different name overrides it.
 */
function namesAgree(rowName: string, countyName: string): boolean {
  if (rowName === countyName) return true; // the common case, without the cost of normalising
  const a = shortCountyName(normalizeName(rowName));
  const b = shortCountyName(normalizeName(countyName));
  return a === b || a.startsWith(b) || b.startsWith(a) || oneTypoApart(a, b);
}

function byName(lookup: ImportLookup, key: RowKey, name: string, prefix: readonly MatchReason[]): RowMatch {
  const query: { name: string; province?: string; prefecture?: string; year?: number } = { name };
  if (key.province) query.province = key.province;
  if (key.prefecture) query.prefecture = key.prefecture;
  if (key.year !== undefined) query.year = key.year;
  const m = lookup.matchName(query);
  const reasons = [...prefix, ...m.reasons];
  const landed = m.adcodes && m.adcodes.length > 0 ? m.adcodes : m.adcode ? [m.adcode] : [];
  if (m.status === 'matched' && landed.length > 0) {
    const match: RowMatch = { status: 'matched', adcode: landed[0] as string, candidates: [], reasons };
    if (landed.length > 1) match.group = [...landed];
    if (m.approximate) match.approximate = true;
    return match;
  }
  return { status: m.status === 'matched' ? 'unmatched' : m.status, adcode: null, candidates: fromNameMatch(m), reasons };
}

/** A code that reached the boundary through the change list: its status and the changes walked. */
function changedCode(code: string, status: string, changes: CodeResolution['changes']): MatchReason {
  const why = reason('code_changed', { code, status });
  return changes && changes.length > 0 ? { ...why, changes } : why;
}

/** True for codes of provinces (XX0000) and prefectures (XXXX00) that are not themselves counties of the set. */
function isAggregateCode(lookup: ImportLookup, code: string): boolean {
  return code.endsWith('00') && lookup.get(code) === undefined;
}

/** True when a name is blank or is exactly the name of a province or prefecture (a subtotal row). */
function namesRegion(lookup: ImportLookup, name: string): boolean {
  if (name === '') return true;
  const n = normalizeName(name);
  const regions = [lookup.prefectureByName(name), lookup.provinceByName(name)];
  return regions.some((r) => r !== undefined && normalizeName(r.name) === n);
}

/** Matches one row; see the module comment for the order of evidence. */
export function matchRow(lookup: ImportLookup, key: RowKey): RowMatch {
  const name = key.name !== undefined ? cleanCell(key.name) : '';
  const rawCode = key.code !== undefined ? cleanCell(key.code) : '';
  const code = rawCode === '' ? null : normaliseCode(rawCode);
  if (code === null) {
    if (name === '') {
      const what = rawCode === '' ? reason('no_code_no_name') : reason('bad_code_no_name', { code: rawCode });
      return { status: 'unmatched', adcode: null, candidates: [], reasons: [what] };
    }
    return byName(lookup, key, name, rawCode === '' ? [] : [reason('bad_code', { code: rawCode })]);
  }
  const resolved = lookup.resolveCode(code, key.year);
  if (resolved.status === 'unknown' || resolved.adcodes.length === 0) {
    const why = resolved.why ?? reason('code_not_listed');
    const aggregate = isAggregateCode(lookup, code);
    if (aggregate && namesRegion(lookup, name)) {
      return { status: 'skipped', adcode: null, candidates: [], reasons: [reason('aggregate_row'), why] };
    }
    if (name !== '') {
      const m = byName(lookup, key, name, [reason('code_unknown', { code }), why]);
      if (!aggregate) return m;
      // Under a prefecture code only a county's exact name counts (文山市 under 532600): 那曲市 under 540600 is
      // the prefecture itself, even though its stem also names a county.
      const exact = m.status === 'matched' && m.adcode !== null && normalizeName(lookup.get(m.adcode)?.name ?? '') === normalizeName(name);
      if (exact) return m;
    }
    if (aggregate) return { status: 'skipped', adcode: null, candidates: [], reasons: [reason('aggregate_row'), why] };
    return { status: 'unmatched', adcode: null, candidates: [], reasons: [reason('code_unknown', { code }), why] };
  }
  const adcodes = resolved.adcodes;
  const first = adcodes[0] as string;
  const landed: RowMatch = {
    status: 'matched',
    adcode: first,
    candidates: [],
    reasons: [resolved.status === 'exact' ? reason('matched_by_code') : changedCode(code, resolved.status, resolved.changes)],
  };
  if (adcodes.length > 1) landed.group = [...adcodes];
  if (resolved.approximate) landed.approximate = true;
  if (name === '') return landed;
  if (adcodes.some((a) => namesAgree(name, lookup.get(a)?.name ?? ''))) return landed;
  // The name does not fit the code's county: trust neither, offer both.
  const m = byName(lookup, key, name, []);
  if (m.status === 'matched' && m.adcode !== null && adcodes.includes(m.adcode)) return landed;
  const codeNames = adcodes.map((a) => lookup.get(a)?.name ?? a).join('/');
  const candidates = [...adcodes.map((a) => candidate(lookup, a)), ...(m.adcode ? [candidate(lookup, m.adcode)] : []), ...m.candidates];
  const unique = candidates.filter((c, i) => candidates.findIndex((d) => d.adcode === c.adcode) === i);
  return {
    status: 'ambiguous',
    adcode: null,
    candidates: unique,
    reasons: [reason('code_name_conflict', { code, codeNames, name })],
  };
}

/** The key of a row's county fields, without the year: a choice made for one row holds for all its years. */
export function rowMatchKey(key: RowKey): string {
  return [key.code ?? '', key.name ?? '', key.province ?? '', key.prefecture ?? ''].join('|');
}

/**
 * A row landed where the user chose (a county of the boundary set), or the matcher's answer unchanged when the choice
 * names no county of the set.
 */
export function applyChoice(lookup: ImportLookup, match: RowMatch, adcode: string | undefined): RowMatch {
  if (adcode === undefined || match.status === 'matched' || match.status === 'skipped') return match;
  const county = lookup.get(adcode);
  if (!county) return match;
  return { status: 'matched', adcode, candidates: [], reasons: [reason('chosen_by_user', { name: county.name })] };
}

/** A memo of matchRow by row key: files repeat the same county once per year. */
export function createRowMatcher(lookup: ImportLookup): (key: RowKey) => RowMatch {
  const cache = new Map<string, RowMatch>();
  return (key) => {
    const id = `${key.code ?? ''}\u0001${key.name ?? ''}\u0001${key.province ?? ''}\u0001${key.prefecture ?? ''}\u0001${key.year ?? ''}`;
    let hit = cache.get(id);
    if (!hit) {
      hit = matchRow(lookup, key);
      if (cache.size < 200_000) cache.set(id, hit);
    }
    return hit;
  };
}
