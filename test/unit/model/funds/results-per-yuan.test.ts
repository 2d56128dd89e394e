import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { changePerWanYuan, resultsPerYuan } from '../../../../src/model/funds/results-per-yuan';
import { evaluateIndustryShare, parseFundShareRules, ruleInForce } from '../../../../src/model/funds/industry-share-rule';
import { parseFundTable } from '../../../../src/model/funds/fund-table';
import { flagSpendOutcome } from '../../../../src/model/funds/spend-outcome';

const RULES = parseFundShareRules(JSON.parse(readFileSync('public/data/rules/fund-industry-share.json', 'utf8')));

describe('industry-share rule', () => {
  it('is 55% in 2022, 60% from 2023, absent before', () => {
    expect(ruleInForce(RULES, 2021)).toBeNull();
    expect(ruleInForce(RULES, 2022)?.conditions[0]?.value).toBe(55);
    expect(ruleInForce(RULES, 2023)?.conditions[0]?.value).toBe(60);
    expect(ruleInForce(RULES, 2030)?.conditions[0]?.value).toBe(60);
  });

  it('judges exactly at the line', () => {
    expect(evaluateIndustryShare(RULES, 2022, 55, 100).passes).toBe(true);
    expect(evaluateIndustryShare(RULES, 2022, 5499, 10000).passes).toBe(false);
    expect(evaluateIndustryShare(RULES, 2023, 59, 100)).toMatchObject({ passes: false, minimumPct: 60 });
    expect(evaluateIndustryShare(RULES, 2023, 59, 100).gapPp).toBeCloseTo(-1, 10);
    expect(evaluateIndustryShare(RULES, 2021, 59, 100)).toMatchObject({ passes: null, minimumPct: null, sharePct: 59 });
    expect(evaluateIndustryShare(RULES, 2023, 0, 0).sharePct).toBeNull();
  });

  it('rejects a rule file without a minimum condition', () => {
    const bad = { schema: 1, rules: [{ ...RULES[0], conditions: [{ indicator: 'industry_share', op: '<', value: 55 }] }] };
    expect(() => parseFundShareRules(bad, 'r.json')).toThrow(/r\.json: .*minimum share/);
  });
});

describe('results per yuan', () => {
  // Hand-computed: county 520121 in 2023 gets central 600 (industry 360, road 240) + pooled 400 (industry);
  // spent 540 of 1000 → 54%; industry share over the central fund = 360/600 = 60% → passes 60%.
  const table = parseFundTable(
    [
      ['source', 'programme', 'county', 'year', 'amount', 'spent'],
      ['central', 'industry', '520121', '2023', '360', '300'],
      ['central', 'road', '520121', '2023', '240', '240'],
      ['pooled', 'industry', '520121', '2023', '400', '0'],
      ['central', 'industry', '520122', '2022', '50', ''],
      ['central', 'health', '520122', '2022', '50', ''],
    ],
    't.csv',
  );
  const results = resultsPerYuan(table.rows, RULES);
  const of = (c: string) => results.find((r) => r.county === c)!;

  it('computes execution rate and industry share', () => {
    expect(of('520121')).toMatchObject({ allocatedFen: 100000, spentFen: 54000, basisFen: 60000, industryFen: 36000, executionPct: 54 });
    expect(of('520121').share).toMatchObject({ sharePct: 60, minimumPct: 60, passes: true });
    expect(of('520122').executionPct).toBeNull();
    expect(of('520122').share).toMatchObject({ sharePct: 50, minimumPct: 55, passes: false, gapPp: -5 });
  });

  it('gives the change per 10,000 yuan', () => {
    // Income up 1,200 yuan with 540 yuan spent (0.054 万元): 1,200 / 0.054 per 万元.
    expect(changePerWanYuan(10000, 11200, 54000)).toBeCloseTo(1200 / 0.054, 6);
    expect(changePerWanYuan(8, 6, 2_000_000)).toBe(-1);
    expect(changePerWanYuan(null, 6, 100)).toBeNull();
    expect(changePerWanYuan(5, 6, 0)).toBeNull();
  });
});

describe('spend-vs-outcome outliers', () => {
  const pts = Array.from({ length: 12 }, (_, i) => ({ county: String(520100 + i), spend: i * 10, change: 5 }));
  it('flags spent much / moved little and spent little / moved much', () => {
    pts[11] = { county: '520111', spend: 110, change: 0 };
    pts[0] = { county: '520100', spend: 0, change: 20 };
    const { points, cuts } = flagSpendOutcome(pts, 'higher_better');
    expect(cuts?.spendHigh).toBeCloseTo(82.5, 6);
    expect(points.find((p) => p.county === '520111')?.flag).toBe('much_little');
    expect(points.find((p) => p.county === '520100')?.flag).toBe('little_much');
    // For a lower-is-better indicator a fall is the improvement: the flags swap.
    const lower = flagSpendOutcome(pts, 'lower_better').points;
    expect(lower.find((p) => p.county === '520111')?.flag).toBe(null);
    expect(lower.find((p) => p.county === '520100')?.flag).toBe(null);
    expect(flagSpendOutcome(pts.slice(0, 5), 'higher_better').cuts).toBeNull();
  });
});
