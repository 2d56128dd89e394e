import { describe, expect, it } from 'vitest';
import { describeArc } from '../../../../src/panels/partnership/arc-tooltip-model';
import { createPartnershipBundle } from '../../../../src/data/partnership-data';
import type { PartnershipArc } from '../../../../src/model/partnership/arcs';
import { findMeasure } from '../../../../src/model/partnership/measures';
import { readJson } from '../../model/partnership/test-data';

const bundle = createPartnershipBundle(
  readJson('public/data/partnerships/pairings.json'),
  readJson('public/data/partnerships/measures.json'),
  readJson('public/data/sample/partnership-flows.json'),
);
const set = bundle.flows.countyPairs.find((s) => s.structure === 2021)!;
const pairArc: PartnershipArc = {
  id: '2021-330000-510000',
  level: 'province',
  pairId: '2021-330000-510000',
  eastPartner: '330000',
  eastAdcode: '330000',
  westAdcode: '510000',
  eastProvince: '330000',
  westProvince: '510000',
  eastPoint: [120.2, 30.3],
  westPoint: [104.1, 30.7],
  countySet: -1,
  countyRow: -1,
};

describe('describeArc', () => {
  it('gives the pair, the figure with its unit, the year, the direction and the sample flag', () => {
    const measure = findMeasure(bundle.registry, 'labour_placed')!;
    const lines = describeArc('zh-CN', pairArc, bundle, measure, { year: 2022, exact: true }, () => undefined);
    expect(lines.title).toBe('浙江 → 四川');
    expect(lines.partOf).toBeNull();
    expect(lines.value).toMatch(/^[\d,]+人$/);
    expect(lines.year).toBe('2022 年');
    expect(lines.direction).toBe('西部 → 东部');
    expect(lines.sample).toBe(true);
    const en = describeArc('en', pairArc, bundle, findMeasure(bundle.registry, 'fiscal_aid')!, { year: 2022, exact: true }, () => undefined);
    expect(en.direction).toBe('East → west');
  });

  it('names the two counties of a county arc and the pairing it belongs to', () => {
    const row = set.pair.indexOf('2021-330000-510000');
    const arc: PartnershipArc = { ...pairArc, id: 'c', level: 'county', eastAdcode: set.east[row]!, westAdcode: set.west[row]!, countySet: bundle.flows.countyPairs.indexOf(set), countyRow: row };
    const lines = describeArc('zh-CN', arc, bundle, findMeasure(bundle.registry, 'leader_visits')!, { year: 2022, exact: true }, (a) => `县${a}`);
    expect(lines.title).toBe(`县${arc.eastAdcode} → 县${arc.westAdcode}`);
    expect(lines.partOf).toBe('所属：浙江 → 四川');
    expect(lines.value).toBe('无数据'); // a pairing-only measure has no county figure
  });
});
