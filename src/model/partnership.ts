/**
 * East–west partnership pairings: the official pairing structures of 2016 and 2021, loaded as data from
 * public/data/partnerships/pairings.json (facts with their sources; never sample data).
 */
import type { LocalText } from './dataset';

/** The year of the document that set up a pairing structure. */
export type PartnershipStructure = 2016 | 2021;

/** The structures the app can switch between, oldest first. */
export const PARTNERSHIP_STRUCTURES: readonly PartnershipStructure[] = [2016, 2021];

/** Administrative level of one end of a pairing. */
export type PartnerLevel = 'province' | 'prefecture';

/** One end of a pairing: a boundary province or prefecture of public/geo/counties.json. */
export interface PartnerEnd {
  /** Boundary adcode of the province or prefecture (vintage 2016). */
  adcode: string;
  /** Full name as in counties.json, e.g. 恩施土家族苗族自治州. */
  name: string;
  /** Short name as the source documents say it, e.g. 恩施州. */
  short: string;
  level: PartnerLevel;
}

/** One eastern partner supporting one western partner within a structure. */
export interface Pairing {
  /** Stable id `${structure}-${east}-${west}`, used in URLs and by flow records. */
  id: string;
  structure: PartnershipStructure;
  /** `province` when both ends are provinces, else `prefecture` (the finer of the two ends). */
  level: PartnerLevel;
  east: PartnerEnd;
  west: PartnerEnd;
  /** The source document, cited exactly as the pairing's policy text names it. */
  source: string;
}

/** A source document of a structure, with bilingual title for display. */
export interface PairingSource {
  structure: PartnershipStructure;
  source: string;
  date: string;
  title: LocalText;
  issuer?: LocalText;
  note?: LocalText;
}

/** The parsed pairings.json. */
export interface PairingsJson {
  schema: 1;
  geoVintage: string;
  sources: PairingSource[];
  pairs: Pairing[];
}

/** The key that identifies the same eastern–western relationship across structures (e.g. 浙江→四川). */
export function relationKey(pair: Pick<Pairing, 'east' | 'west'>): string {
  return `${pair.east.adcode}>${pair.west.adcode}`;
}

/** The pairs of one structure, in file order. */
export function pairsOfStructure(pairs: readonly Pairing[], structure: PartnershipStructure): Pairing[] {
  return pairs.filter((p) => p.structure === structure);
}

const ADCODE_RE = /^\d{6}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(path: string, what: string): never {
  throw new Error(`pairings.json: ${path} ${what}`);
}

function str(o: Record<string, unknown>, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') fail(`${path}.${key}`, 'must be a non-empty string');
  return v;
}

function parseStructure(v: unknown, path: string): PartnershipStructure {
  if (v === 2016 || v === 2021) return v;
  return fail(path, 'must be 2016 or 2021');
}

function parseLevel(v: unknown, path: string): PartnerLevel {
  if (v === 'province' || v === 'prefecture') return v;
  return fail(path, "must be 'province' or 'prefecture'");
}

function parseLocal(v: unknown, path: string): LocalText {
  if (!isRecord(v)) fail(path, 'must be {zh, en}');
  return { zh: str(v, 'zh', path), en: str(v, 'en', path) };
}

function parseEnd(v: unknown, path: string): PartnerEnd {
  if (!isRecord(v)) fail(path, 'must be an object');
  const adcode = str(v, 'adcode', path);
  if (!ADCODE_RE.test(adcode)) fail(`${path}.adcode`, 'must be a 6-digit string');
  const level = parseLevel(v.level, `${path}.level`);
  if ((level === 'province') !== adcode.endsWith('0000')) fail(`${path}.level`, `does not fit adcode ${adcode}`);
  return { adcode, name: str(v, 'name', path), short: str(v, 'short', path), level };
}

function parsePair(v: unknown, path: string): Pairing {
  if (!isRecord(v)) fail(path, 'must be an object');
  const structure = parseStructure(v.structure, `${path}.structure`);
  const east = parseEnd(v.east, `${path}.east`);
  const west = parseEnd(v.west, `${path}.west`);
  const level = parseLevel(v.level, `${path}.level`);
  const expectedLevel = east.level === 'province' && west.level === 'province' ? 'province' : 'prefecture';
  if (level !== expectedLevel) fail(`${path}.level`, `should be ${expectedLevel}`);
  const id = str(v, 'id', path);
  if (id !== `${structure}-${east.adcode}-${west.adcode}`) fail(`${path}.id`, 'must be structure-east-west');
  return { id, structure, level, east, west, source: str(v, 'source', path) };
}

function parseSource(v: unknown, path: string): PairingSource {
  if (!isRecord(v)) fail(path, 'must be an object');
  const out: PairingSource = {
    structure: parseStructure(v.structure, `${path}.structure`),
    source: str(v, 'source', path),
    date: str(v, 'date', path),
    title: parseLocal(v.title, `${path}.title`),
  };
  if (v.issuer !== undefined) out.issuer = parseLocal(v.issuer, `${path}.issuer`);
  if (v.note !== undefined) out.note = parseLocal(v.note, `${path}.note`);
  return out;
}

/** Parses and checks pairings.json (shape, id format, levels, no duplicate pair); throws with the bad path. */
export function parsePairings(json: unknown): PairingsJson {
  if (!isRecord(json) || json.schema !== 1) fail('', 'must be an object with schema 1');
  if (!Array.isArray(json.pairs)) fail('pairs', 'must be an array');
  if (!Array.isArray(json.sources)) fail('sources', 'must be an array');
  const pairs = json.pairs.map((p, i) => parsePair(p, `pairs[${i}]`));
  const seen = new Set<string>();
  for (const p of pairs) {
    if (seen.has(p.id)) fail(`pairs (${p.id})`, 'is listed twice');
    seen.add(p.id);
  }
  const sources = json.sources.map((s, i) => parseSource(s, `sources[${i}]`));
  for (const p of pairs) {
    if (!sources.some((s) => s.structure === p.structure && s.source === p.source)) {
      fail(`pairs (${p.id}).source`, 'is not among the sources');
    }
  }
  return { schema: 1, geoVintage: str(json, 'geoVintage', ''), sources, pairs };
}
