import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import type { IndicatorValues } from '../../../../src/model/indicators/dataset';
import { parseRuleFile } from '../../../../src/model/rules/exit-check-rules';
import { buildSparkline, countyExitRules, profileExitChecks, profileRegion, provinceMembers, rankAt, readDistance } from '../../../../src/panels/profile/profile-model';
import { exitDistanceText } from '../../../../src/panels/profile/profile-exit-text';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const rules = parseRuleFile(JSON.parse(readFileSync('public/data/rules/poverty-exit.json', 'utf8')));
const f32 = (xs: number[]) => Float32Array.from(xs);

describe('rankAt', () => {
  const values = f32([5, 3, 3, NaN, 1]);
  it('ranks higher as better for higher_better, ties share a rank, no-data counties are not counted', () => {
    expect(rankAt(values, 0, null, 'higher_better')).toEqual({ rank: 1, of: 4 });
    expect(rankAt(values, 1, null, 'higher_better')).toEqual({ rank: 2, of: 4 });
    expect(rankAt(values, 2, null, 'higher_better')).toEqual({ rank: 2, of: 4 });
    expect(rankAt(values, 4, null, 'higher_better')).toEqual({ rank: 4, of: 4 });
  });
  it('ranks lower as better for lower_better', () => {
    expect(rankAt(values, 4, null, 'lower_better')).toEqual({ rank: 1, of: 4 });
    expect(rankAt(values, 2, null, 'lower_better')).toEqual({ rank: 2, of: 4 });
    expect(rankAt(values, 0, null, 'lower_better')).toEqual({ rank: 4, of: 4 });
  });
  it('gives no rank to a county without a value, and ranks within a member list', () => {
    expect(rankAt(values, 3, null, 'neutral')).toBeNull();
    expect(rankAt(values, 1, [1, 3, 4], 'higher_better')).toEqual({ rank: 1, of: 2 });
  });
  it('lists a province’s counties', () => {
    const members = provinceMembers(index, '510000');
    expect(members.length).toBeGreaterThan(0);
    for (const i of members) expect(index.counties[i]!.province).toBe('510000');
  });
});

describe('buildSparkline', () => {
  const years = [2013, 2014, 2015, 2016];
  const v: IndicatorValues = {
    id: 'x',
    years,
    byYear: new Map([
      [2013, f32([10])],
      [2014, f32([NaN])],
      [2015, f32([6])],
      [2016, f32([2])],
    ]),
  };
  it('breaks the line at missing years and marks the current year', () => {
    const s = buildSparkline(v, 0, years, 2015);
    expect(s.points.map((p) => p.year)).toEqual([2013, 2015, 2016]);
    expect(s.path.match(/M/g)?.length).toBe(2); // two stretches
    expect(s.extent).toEqual([2, 10]);
    expect(s.currentX).toBeCloseTo(s.points[1]!.x);
    expect(s.points[0]!.y).toBeLessThan(s.points[2]!.y); // higher value drawn higher
  });
  it('is empty without any value', () => {
    const empty: IndicatorValues = { id: 'x', years, byYear: new Map() };
    expect(buildSparkline(empty, 0, years, 2014).path).toBe('');
  });
});

describe('profileExitChecks', () => {
  const valueOf = (incidence: number) => (id: string) => (id === 'poverty_incidence' ? incidence : undefined);
  it('puts the incidence rule first and marks the three other conditions as not available', () => {
    const checks = profileExitChecks(rules, 'west', 2018, valueOf(1.5), 1);
    expect(countyExitRules(rules).length).toBe(4);
    expect(checks[0]!.ruleId).toBe('county_exit_incidence');
    expect(checks.slice(1).map((c) => c.status)).toEqual(['not_available', 'not_available', 'not_available']);
  });
  it('bands incidence against 2% (east/central) and 3% (west) with the margin', () => {
    expect(profileExitChecks(rules, 'west', 2018, valueOf(1.5), 1)[0]!.status).toBe('pass'); // 1.5 < 3 − 1
    expect(profileExitChecks(rules, 'east', 2018, valueOf(1.5), 1)[0]!.status).toBe('near'); // within 2 ± 1
    expect(profileExitChecks(rules, 'east', 2018, valueOf(3.5), 1)[0]!.status).toBe('fail');
    const c = profileExitChecks(rules, 'central', 2018, valueOf(2.5), 0.2)[0]!;
    expect(c.status).toBe('fail');
    expect(c.conditions[0]!.distance).toBeCloseTo(0.5);
    expect(profileExitChecks(rules, 'east', 2018, valueOf(Number.NaN), 1)[0]!.status).toBe('no_data');
  });
});

describe('profile region and exit-check wording', () => {
  it('keeps the list region, else the province belt, whatever the pane maps', () => {
    expect(profileRegion('west', '422801')).toEqual({ region: 'west', from: 'list' }); // 恩施 under the western line
    expect(profileRegion(null, '422801')).toEqual({ region: 'central', from: 'province' });
    expect(profileRegion(undefined, '510104')).toEqual({ region: 'west', from: 'province' });
    expect(profileRegion('nonsense', '810000').region).toBeNull();
  });

  it('reads a value against its line the right way round', () => {
    expect(readDistance(0, 3)).toEqual({ value: 0, line: 3, gap: 3, side: 'below' });
    expect(readDistance(4.25, 3)?.side).toBe('above');
    expect(readDistance(3, 3)?.side).toBe('at');
    expect(readDistance(Number.NaN, 3)).toBeNull();
  });

  it('says "0.0%, 3.0 points below the 3% line" in both languages', () => {
    expect(exitDistanceText('en', 0, 3, 'percent')).toBe('0.0%, 3.0 points below the 3% line');
    expect(exitDistanceText('zh-CN', 0, 3, 'percent')).toBe('0.0%，低于 3% 标准线 3.0 个百分点');
    expect(exitDistanceText('en', 92.5, 90, 'percent')).toBe('92.5%, 2.5 points above the 90% line');
    expect(exitDistanceText('zh-CN', 2, 2, 'percent')).toBe('2.0%，正好在 2% 标准线上');
    expect(exitDistanceText('en', Number.NaN, 2, 'percent')).toBe('');
  });
});
