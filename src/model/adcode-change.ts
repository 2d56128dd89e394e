/**
 * The dated list of county-level changes (public/geo/changes.json) that lets codes and names of any vintage
 * from 2011 to 2023 land on the polygons of the 2016 boundary set. Parsed here from `unknown` at the edge.
 */

/** What happened to the units of one change entry. */
export type AdcodeChangeKind = 'rename' | 'upgrade' | 'merge' | 'split' | 'recode';

/** One unit on either side of a change: a 6-digit adcode and the name it had then. */
export interface AdcodeUnit {
  code: string;
  name: string;
}

/** One dated change: the `from` units became the `to` units in month `date` ("YYYY-MM"). */
export interface AdcodeChange {
  date: string;
  kind: AdcodeChangeKind;
  from: AdcodeUnit[];
  to: AdcodeUnit[];
  /** True when a `to` unit covers only part of the `from` polygons (or the reverse): the mapping is approximate. */
  partial?: boolean;
  note?: string;
  source?: string;
}

/** A code that is known but deliberately lands on no polygon, with the reason shown to users. */
export interface UnresolvedCode {
  code: string;
  name: string;
  reason: string;
}

/** A name without a code of its own (冷湖行委) that stands for boundary counties. */
export interface NameAlias {
  name: string;
  adcodes: string[];
  approximate: boolean;
  note?: string;
}

/** The parsed public/geo/changes.json. */
export interface AdcodeChangeList {
  schema: 1;
  /** Vintage of the boundary set the list is written against, e.g. "2016". */
  boundaryVintage: string;
  changes: AdcodeChange[];
  unresolved: UnresolvedCode[];
  /** Optional: older files and fixtures may omit it. */
  aliases?: NameAlias[];
}

const KINDS: readonly AdcodeChangeKind[] = ['rename', 'upgrade', 'merge', 'split', 'recode'];
const ADCODE_RE = /^\d{6}$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseUnits(value: unknown, where: string): AdcodeUnit[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: expected a non-empty array`);
  return value.map((unit, i) => {
    if (!isRecord(unit) || typeof unit.code !== 'string' || typeof unit.name !== 'string') {
      throw new Error(`${where}[${i}]: expected {code, name}`);
    }
    if (!ADCODE_RE.test(unit.code)) throw new Error(`${where}[${i}]: bad adcode "${unit.code}"`);
    return { code: unit.code, name: unit.name };
  });
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${where}: expected a string`);
  return value;
}

/** Validates parsed JSON as an AdcodeChangeList, throwing an Error that names the first bad entry. */
export function parseAdcodeChangeList(json: unknown): AdcodeChangeList {
  if (!isRecord(json) || json.schema !== 1) throw new Error('changes.json: expected {schema: 1, ...}');
  if (typeof json.boundaryVintage !== 'string') throw new Error('changes.json: missing boundaryVintage');
  if (!Array.isArray(json.changes)) throw new Error('changes.json: missing changes array');
  const changes = json.changes.map((raw: unknown, i): AdcodeChange => {
    const where = `changes[${i}]`;
    if (!isRecord(raw)) throw new Error(`${where}: expected an object`);
    if (typeof raw.date !== 'string' || !DATE_RE.test(raw.date)) throw new Error(`${where}: bad date`);
    const kind = KINDS.find((k) => k === raw.kind);
    if (!kind) throw new Error(`${where}: bad kind "${String(raw.kind)}"`);
    const change: AdcodeChange = {
      date: raw.date,
      kind,
      from: parseUnits(raw.from, `${where}.from`),
      to: parseUnits(raw.to, `${where}.to`),
    };
    if (raw.partial !== undefined) change.partial = raw.partial === true;
    const note = optionalString(raw.note, `${where}.note`);
    if (note !== undefined) change.note = note;
    const source = optionalString(raw.source, `${where}.source`);
    if (source !== undefined) change.source = source;
    return change;
  });
  const unresolvedRaw: unknown[] = Array.isArray(json.unresolved) ? json.unresolved : [];
  const unresolved = unresolvedRaw.map((raw, i): UnresolvedCode => {
    if (!isRecord(raw) || typeof raw.code !== 'string' || typeof raw.name !== 'string' || typeof raw.reason !== 'string') {
      throw new Error(`unresolved[${i}]: expected {code, name, reason}`);
    }
    return { code: raw.code, name: raw.name, reason: raw.reason };
  });
  const aliasesRaw: unknown[] = Array.isArray(json.aliases) ? json.aliases : [];
  const aliases = aliasesRaw.map((raw, i): NameAlias => {
    if (!isRecord(raw) || typeof raw.name !== 'string' || !Array.isArray(raw.adcodes)) {
      throw new Error(`aliases[${i}]: expected {name, adcodes}`);
    }
    const adcodes = raw.adcodes.filter((a): a is string => typeof a === 'string' && ADCODE_RE.test(a));
    if (adcodes.length !== raw.adcodes.length || adcodes.length === 0) throw new Error(`aliases[${i}]: bad adcodes`);
    const alias: NameAlias = { name: raw.name, adcodes, approximate: raw.approximate === true };
    const note = optionalString(raw.note, `aliases[${i}].note`);
    if (note !== undefined) alias.note = note;
    return alias;
  });
  return { schema: 1, boundaryVintage: json.boundaryVintage, changes, unresolved, aliases };
}
