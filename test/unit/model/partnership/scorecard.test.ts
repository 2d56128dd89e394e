import { describe, expect, it } from 'vitest';
import { buildPartnershipFlows } from '../../../../scripts/sample/build-partnership-flows.mjs';
import { parsePairings, type Pairing } from '../../../../src/model/partnership/pairings';
import { pairFlowValue, parsePartnershipFlows } from '../../../../src/model/partnership/flows';
import { DIMENSION_IDS, parseMeasureRegistry } from '../../../../src/model/partnership/measures';
import { computeScorecard } from '../../../../src/model/partnership/scorecard';
import { miniCounties, readJson } from './test-data';

const pairings = parsePairings(readJson('public/data/partnerships/pairings.json'));
const registry = parseMeasureRegistry(readJson('public/data/partnerships/measures.json'));
const flows = parsePartnershipFlows(buildPartnershipFlows({ pairings, registry, counties: miniCounties() }).flows);
const pair = (id: string): Pairing => {
  const p = pairings.pairs.find((x) => x.id === id);
  if (!p) throw new Error(`no pairing ${id}`);
  return p;
};

describe('computeScorecard', () => {
  const card = computeScorecard(pair('2021-330000-510000'), flows, 2023);
  const measure = (id: string) => card.dimensions.flatMap((d) => d.measures).find((m) => m.measure.id === id);

  it('shows the six assessment dimensions in order, each with its measures', () => {
    expect(card.dimensions.map((d) => d.dimension.id)).toEqual([...DIMENSION_IDS]);
    expect(card.dimensions.every((d) => d.measures.length > 0)).toBe(true);
    expect(card.sample).toBe(true);
    expect(card.hasYear).toBe(true);
  });

  it('gives the year’s figure, the previous year’s and the relative change', () => {
    const aid = measure('fiscal_aid');
    const now = pairFlowValue(flows, '2021-330000-510000', 'fiscal_aid', 2023) ?? NaN;
    const before = pairFlowValue(flows, '2021-330000-510000', 'fiscal_aid', 2022) ?? NaN;
    expect(aid?.value).toBe(now);
    expect(aid?.previous).toBe(before);
    expect(aid?.change).toBeCloseTo((now - before) / before, 10);
  });

  it('traces the trend since 2016 through the same relationship in the 2016 structure', () => {
    const trend = measure('labour_placed')?.trend ?? [];
    expect(trend.map((t) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(trend[0]?.value).toBeNull(); // the structure was set up in December 2016
    expect(trend[1]?.value).toBe(pairFlowValue(flows, '2016-330000-510000', 'labour_placed', 2017));
    expect(trend[7]?.value).toBe(pairFlowValue(flows, '2021-330000-510000', 'labour_placed', 2023));
  });

  it('has no figure for a 2016-structure pairing after 2020, but keeps its history', () => {
    const old = computeScorecard(pair('2016-442000-530600'), flows, 2022);
    expect(old.hasYear).toBe(false);
    const aid = old.dimensions.find((d) => d.dimension.id === 'funds')?.measures.find((m) => m.measure.id === 'fiscal_aid');
    expect(aid?.value).toBeNull();
    expect(aid?.trend.filter((t) => t.value !== null).map((t) => t.year)).toEqual([2017, 2018, 2019, 2020]);
  });

  it('starts a relationship new in 2021 (山东→甘肃) in 2021', () => {
    const fresh = computeScorecard(pair('2021-370000-620000'), flows, 2025);
    const labour = fresh.dimensions.find((d) => d.dimension.id === 'labour')?.measures[0];
    expect(labour?.trend.find((t) => t.value !== null)?.year).toBe(2021);
    expect(labour?.change).not.toBeNull();
  });

  it('reports the county pairing dimension from the county pairs', () => {
    const cp = card.dimensions.find((d) => d.dimension.id === 'county_pairing');
    expect(cp?.measures.map((m) => m.measure.id)).toEqual(['county_pairs', 'county_pair_funds']);
    expect(cp?.measures[0]?.value).toBeGreaterThan(0);
  });
});
