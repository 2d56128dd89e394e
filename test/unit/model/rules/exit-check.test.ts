import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandOfValue, checkRule, checkRules, isRuleInForce } from '../../../../src/model/rules/exit-check';
import { COUNTY_EXIT_INCIDENCE_RULE_ID, parseRuleFile } from '../../../../src/model/rules/exit-check-rules';
import type { Region } from '../../../../src/model/rules/rule';

const rules = parseRuleFile(JSON.parse(readFileSync('public/data/rules/poverty-exit.json', 'utf8')));
const incidence = rules.find((r) => r.id === COUNTY_EXIT_INCIDENCE_RULE_ID)!;

function check(value: number, region: Region | null, margin?: number, year = 2018) {
  return checkRule(incidence, { region, year, margin, valueOf: (id) => (id === 'poverty_incidence' ? value : undefined) });
}

describe('rules file', () => {
  it('holds the incidence rule with 2% east/central and 3% west, in force 2016–2020, with its source', () => {
    expect(incidence.conditions).toEqual([
      { indicator: 'poverty_incidence', op: '<', value: 2, regions: ['east', 'central'] },
      { indicator: 'poverty_incidence', op: '<', value: 3, regions: ['west'] },
    ]);
    expect(incidence.source.zh).toContain('中办发〔2016〕16号');
    expect(rules.map((r) => r.id)).toEqual([
      'county_exit_incidence', 'county_exit_wrongly_exited', 'county_exit_missed_identification', 'county_exit_public_approval',
    ]);
  });

  it('rejects malformed rules', () => {
    expect(() => parseRuleFile({ schema: 1, rules: [{ id: 'x' }] })).toThrow(/rules file: rules\[0\]\.version: missing/);
    expect(() => parseRuleFile({ schema: 2, rules: [] })).toThrow();
  });
});

describe('exit check', () => {
  it('bands pass / near / fail around the region line and returns the signed distance', () => {
    expect(check(0.5, 'east')).toMatchObject({ status: 'pass', conditions: [{ distance: -1.5, line: 2, meets: true }] });
    expect(check(1.5, 'central')).toMatchObject({ status: 'near', conditions: [{ distance: -0.5, meets: true }] });
    expect(check(2, 'east')).toMatchObject({ status: 'near', conditions: [{ distance: 0, meets: false }] });
    expect(check(3.5, 'east')).toMatchObject({ status: 'fail', conditions: [{ distance: 1.5, meets: false }] });
    expect(check(2.5, 'west')).toMatchObject({ status: 'near', conditions: [{ distance: -0.5, line: 3, meets: true }] });
    expect(check(1.5, 'west')).toMatchObject({ status: 'pass' });
  });

  it('puts the margin edges on the near side below and the fail side above', () => {
    expect(check(1, 'east', 1).status).toBe('near'); // exactly line − margin
    expect(check(0.9, 'east', 1).status).toBe('pass');
    expect(check(3, 'east', 1).status).toBe('fail'); // exactly line + margin
  });

  it('is exactly the rule with margin 0', () => {
    expect(check(1.9, 'east', 0).status).toBe('pass');
    expect(check(2, 'east', 0).status).toBe('fail');
  });

  it('ignores Float32 storage noise at a band edge', () => {
    expect(bandOfValue(Math.fround(1.9), '<', 2, 0.1)).toBe('near');
    expect(bandOfValue(Math.fround(2.1), '<', 2, 0.1)).toBe('fail');
  });

  it('bands "at least" conditions the other way round', () => {
    expect(bandOfValue(92, '>=', 90, 1)).toBe('pass');
    expect(bandOfValue(90.5, '>=', 90, 1)).toBe('near');
    expect(bandOfValue(89, '>=', 90, 1)).toBe('near');
    expect(bandOfValue(88.9, '>=', 90, 1)).toBe('fail');
    expect(bandOfValue(90, '>=', 90, 0)).toBe('pass');
  });

  it('reports no data, not applicable and indicators the dataset lacks', () => {
    expect(check(Number.NaN, 'east').status).toBe('no_data');
    expect(check(1, null).status).toBe('not_applicable');
    const all = checkRules(rules, { region: 'west', year: 2019, valueOf: (id) => (id === 'poverty_incidence' ? 1 : undefined) });
    expect(all.map((r) => r.status)).toEqual(['pass', 'not_available', 'not_available', 'not_available']);
  });

  it('knows the years the rule was in force', () => {
    expect([2015, 2016, 2020, 2021].map((y) => isRuleInForce(incidence, y))).toEqual([false, true, true, false]);
    expect(check(1, 'east', 1, 2022).inForce).toBe(false);
  });
});
