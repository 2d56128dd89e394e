// Every schema at the app's edges: the shipped file passes, and each kind of bad file fails with a message that
// names the file, the path inside it and what was expected.
import { describe, expect, it } from 'vitest';
import { parseCountyIndex } from '../../../src/model/geo/county';
import { parseAdcodeChangeList } from '../../../src/model/geo/adcode-change';
import { parseRuleFile } from '../../../src/model/rules/exit-check-rules';
import { parsePairings } from '../../../src/model/partnership/pairings';
import { parseMeasureRegistry } from '../../../src/model/partnership/measures';
import { parsePartnershipFlows } from '../../../src/model/partnership/flows';
import { parseAttributeColumnFile, parseIndicatorColumnFile, parseManifest } from '../../../src/data/dataset-loader';
import { SchemaError } from '../../../src/lib/parse-with-schema';
import { readJson } from './partnership/test-data';

type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is patched freely

/** A deep copy of a shipped file, to break one thing in. */
function copy(path: string): Json {
  return structuredClone(readJson(path)) as Json;
}

/** The message a parse throws (fails the test if it does not throw a SchemaError). */
function messageOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return (error as Error).message;
  }
  throw new Error('expected the parse to throw');
}

describe('geo/counties.json', () => {
  const FILE = 'public/geo/counties.json';
  it('accepts the shipped file', () => {
    const index = parseCountyIndex(readJson(FILE));
    expect(index.counties.length).toBeGreaterThan(2800);
    expect(index.counties[0]?.adcode).toMatch(/^\d{6}$/);
  });
  it('names a bad adcode with its index', () => {
    const bad = copy(FILE);
    bad.counties[12].adcode = '1101';
    expect(messageOf(() => parseCountyIndex(bad))).toBe('geo/counties.json: counties[12].adcode: expected a 6-digit adcode');
  });
  it('names a value of the wrong type', () => {
    const bad = copy(FILE);
    bad.provinces[3].point = 'here';
    expect(messageOf(() => parseCountyIndex(bad))).toBe('geo/counties.json: provinces[3].point: expected an array, got "here"');
  });
  it('names a missing key', () => {
    const bad = copy(FILE);
    delete bad.prefectures[0].bbox;
    expect(messageOf(() => parseCountyIndex(bad))).toBe('geo/counties.json: prefectures[0].bbox: missing');
  });
  it('rejects another schema version and a non-object', () => {
    expect(messageOf(() => parseCountyIndex({ ...copy(FILE), schema: 2 }))).toBe('geo/counties.json: schema: expected 1, got 2');
    expect(messageOf(() => parseCountyIndex(null))).toBe('geo/counties.json: expected an object, got null');
  });
});

describe('geo/changes.json', () => {
  const FILE = 'public/geo/changes.json';
  it('accepts the shipped file and defaults the aliases', () => {
    const list = parseAdcodeChangeList(readJson(FILE));
    expect(list.changes.length).toBeGreaterThan(10);
    const { aliases: _omit, ...withoutAliases } = copy(FILE);
    expect(parseAdcodeChangeList(withoutAliases).aliases).toEqual([]);
  });
  it('names a bad month, kind, unit code and an empty unit list', () => {
    const bad = (patch: Json) => ({ ...copy(FILE), changes: [{ ...copy(FILE).changes[0], ...patch }] });
    expect(messageOf(() => parseAdcodeChangeList(bad({ date: '2019-13' })))).toBe('geo/changes.json: changes[0].date: expected a month YYYY-MM');
    expect(messageOf(() => parseAdcodeChangeList(bad({ kind: 'move' })))).toMatch(/^geo\/changes\.json: changes\[0\]\.kind: expected one of "rename" \| .*, got "move"$/);
    expect(messageOf(() => parseAdcodeChangeList(bad({ from: [{ code: '12', name: 'x' }] })))).toBe('geo/changes.json: changes[0].from[0].code: expected a 6-digit adcode');
    expect(messageOf(() => parseAdcodeChangeList(bad({ to: [] })))).toBe('geo/changes.json: changes[0].to: expected a non-empty array');
  });
  it('names the file it was given', () => {
    expect(messageOf(() => parseAdcodeChangeList({ schema: 1 }, 'fixture.json'))).toBe('fixture.json: boundaryVintage: missing');
  });
});

describe('rules (public/data/rules)', () => {
  const FILE = 'public/data/rules/poverty-exit.json';
  it('accepts the shipped file', () => {
    expect(parseRuleFile(readJson(FILE), FILE).length).toBeGreaterThan(0);
  });
  it('names a bad operator, a non-finite value, an unknown region and no conditions', () => {
    const rule = copy(FILE).rules[0];
    const withCondition = (patch: Json) => ({ schema: 1, rules: [{ ...rule, conditions: [{ ...rule.conditions[0], ...patch }] }] });
    expect(messageOf(() => parseRuleFile(withCondition({ op: '==' }), 'r.json'))).toMatch(/^r\.json: rules\[0\]\.conditions\[0\]\.op: expected one of "<" \|/);
    expect(messageOf(() => parseRuleFile(withCondition({ value: Infinity }), 'r.json'))).toBe('r.json: rules[0].conditions[0].value: expected a finite number');
    expect(messageOf(() => parseRuleFile(withCondition({ regions: ['north'] }), 'r.json'))).toMatch(/^r\.json: rules\[0\]\.conditions\[0\]\.regions\[0\]: expected one of "east"/);
    expect(messageOf(() => parseRuleFile({ schema: 1, rules: [{ ...rule, conditions: [] }] }, 'r.json'))).toBe('r.json: rules[0].conditions: expected a non-empty array');
  });
});

describe('pairings.json', () => {
  const FILE = 'public/data/partnerships/pairings.json';
  const pairWith = (patch: Json) => {
    const f = copy(FILE);
    f.pairs[0] = { ...f.pairs[0], ...patch };
    return f;
  };
  it('accepts the shipped file', () => {
    expect(parsePairings(readJson(FILE)).pairs.length).toBeGreaterThan(10);
  });
  it('names a bad id, a level that does not fit, a duplicate and an unknown source', () => {
    const f = copy(FILE);
    const first = f.pairs[0];
    expect(messageOf(() => parsePairings(pairWith({ id: 'x' })))).toBe('pairings.json: pairs[0].id: expected structure-east-west');
    expect(messageOf(() => parsePairings(pairWith({ east: { ...first.east, level: first.east.level === 'province' ? 'prefecture' : 'province' } })))).toMatch(
      /^pairings\.json: pairs\[0\]\.east\.level: expected a level that fits adcode \d{6}$/,
    );
    expect(messageOf(() => parsePairings({ ...f, pairs: [first, first] }))).toBe(`pairings.json: pairs: expected each pair once (${first.id} is listed twice)`);
    expect(messageOf(() => parsePairings(pairWith({ source: '某文件' })))).toBe(`pairings.json: pairs: expected every pair's source among the sources (${first.id} is not)`);
  });
});

describe('measures.json', () => {
  const FILE = 'public/data/partnerships/measures.json';
  const measureWith = (patch: Json) => {
    const f = copy(FILE);
    f.measures[1] = { ...f.measures[1], ...patch };
    return f;
  };
  it('accepts the shipped file', () => {
    expect(parseMeasureRegistry(readJson(FILE)).measures.length).toBeGreaterThan(3);
  });
  it('names an unknown unit, direction, dimension, parent, no level and a duplicate', () => {
    expect(messageOf(() => parseMeasureRegistry(measureWith({ unit: 'furlongs' })))).toMatch(/^measures\.json: measures\[1\]\.unit: expected one of "percent" \|/);
    expect(messageOf(() => parseMeasureRegistry(measureWith({ direction: 'both' })))).toMatch(/^measures\.json: measures\[1\]\.direction: expected one of "east_to_west"/);
    expect(messageOf(() => parseMeasureRegistry(measureWith({ dimension: 'morale' })))).toMatch(/^measures\.json: measures\[1\]\.dimension: expected one of "organisation"/);
    expect(messageOf(() => parseMeasureRegistry(measureWith({ levels: [] })))).toBe('measures.json: measures[1].levels: expected at least one level');
    const id = copy(FILE).measures[1].id;
    expect(messageOf(() => parseMeasureRegistry(measureWith({ partOf: 'nothing' })))).toBe(`measures.json: measures: expected partOf to name a listed measure (${id}.partOf does not)`);
    const f = copy(FILE);
    expect(messageOf(() => parseMeasureRegistry({ ...f, measures: [f.measures[0], f.measures[0]] }))).toBe(
      `measures.json: measures: expected each measure once (${f.measures[0].id} is listed twice)`,
    );
  });
  it('names a measure whose dimension the registry does not list', () => {
    const f = copy(FILE);
    const dim = f.measures[0].dimension;
    const bad = { ...f, dimensions: f.dimensions.filter((d: Json) => d.id !== dim) };
    expect(messageOf(() => parseMeasureRegistry(bad))).toBe("measures.json: measures: expected every measure's dimension among the dimensions");
  });
});

describe('partnership flows', () => {
  const FILE = 'public/data/sample/partnership-flows.json';
  it('accepts the shipped file and indexes it', () => {
    const flows = parsePartnershipFlows(readJson(FILE));
    expect(flows.sample).toBe(true);
    expect(flows.seriesByPair.size).toBe(flows.pairFlows.length);
  });
  it('names a series of the wrong length, a short county column and a missing provenance', () => {
    const f = copy(FILE);
    const series = f.pairFlows[0];
    const m = Object.keys(series.values)[0]!;
    const short = { ...f, pairFlows: [{ ...series, values: { [m]: [1] } }] };
    expect(messageOf(() => parsePartnershipFlows(short))).toBe(`partnership-flows.json: pairFlows[0]: expected values.${m} to have ${series.years.length} numbers or nulls, got 1`);
    const set = f.countyPairs[0];
    const cut = { ...f, countyPairs: [{ ...set, west: set.west.slice(1) }] };
    expect(messageOf(() => parsePartnershipFlows(cut))).toBe(
      `partnership-flows.json: countyPairs[0]: expected west to have ${set.pair.length} strings (one per county pair), got ${set.pair.length - 1}`,
    );
    const { provenance: _p, ...noProvenance } = f;
    expect(messageOf(() => parsePartnershipFlows(noProvenance))).toBe('partnership-flows.json: provenance: missing');
  });
});

describe('dataset manifest and columns', () => {
  const FILE = 'public/data/sample/manifest.json';
  it('accepts the shipped manifest, keeping provenance fields as they are', () => {
    const m = parseManifest(readJson(FILE));
    expect(m.provenance.generator?.seed).toBeTypeOf('number');
    expect(m.indicators.every((i) => i.level === 'county')).toBe(true);
  });
  it('names a bad id, an unknown theme, a weighted mean without a weight and a bad domain', () => {
    const f = copy(FILE);
    const ind = (patch: Json) => ({ ...f, indicators: [{ ...f.indicators[0], ...patch }] });
    expect(messageOf(() => parseManifest({ ...f, id: 'Bad Id' }, 'm.json'))).toBe('m.json: id: expected [a-z0-9_-]+');
    expect(messageOf(() => parseManifest(ind({ theme: 'weather' }), 'm.json'))).toMatch(/^m\.json: indicators\[0\]\.theme: expected one of "poverty" \|/);
    expect(messageOf(() => parseManifest(ind({ aggregation: { method: 'weighted_mean' } }), 'm.json'))).toBe('m.json: indicators[0].aggregation.weight: missing');
    expect(messageOf(() => parseManifest(ind({ domain: [0] }), 'm.json'))).toMatch(/^m\.json: indicators\[0\]\.domain\[1\]: /);
  });
  it('names a column cell, a short row and a values/years mismatch', () => {
    const file = (values: unknown[][], years = [2019]) => ({ schema: 1, indicators: [{ id: 'x', years, values }] });
    expect(messageOf(() => parseIndicatorColumnFile(file([[1, 'a', null]]), 3, 'c.json'))).toBe('c.json: indicators[0].values[0]: expected numbers or nulls, got "a" at [1]');
    expect(messageOf(() => parseIndicatorColumnFile(file([[1, 2]]), 3, 'c.json'))).toBe('c.json: indicators[0].values[0]: expected 3 counties, got 2');
    expect(messageOf(() => parseIndicatorColumnFile(file([[1, 2, 3]], [2019, 2020]), 3, 'c.json'))).toBe('c.json: indicators[0].values: expected 2 years, got 1');
    const values = parseIndicatorColumnFile(file([[1, null, 3]]), 3)[0]!.byYear.get(2019)!;
    expect([...values]).toEqual([1, Number.NaN, 3]);
  });
  it('names an attribute column of the wrong length', () => {
    const attrs = { schema: 1, attributes: [{ id: 'region', values: ['east'] }] };
    expect(messageOf(() => parseAttributeColumnFile(attrs, 2, new Map(), 'a.json'))).toBe('a.json: attributes[0].values: expected 2 counties');
  });
});
