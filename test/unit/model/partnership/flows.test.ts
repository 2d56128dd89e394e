import { describe, expect, it } from 'vitest';
import { buildPartnershipFlows } from '../../../../scripts/sample/build-partnership-flows.mjs';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import { parsePairings } from '../../../../src/model/partnership/pairings';
import {
  countyPairValue,
  pairFlowValue,
  parsePartnershipFlows,
  relationKeyOfPairId,
  westCountiesOfPair,
} from '../../../../src/model/partnership/flows';
import { parseMeasureRegistry } from '../../../../src/model/partnership/measures';
import { miniCounties, readJson } from './test-data';

const pairings = parsePairings(readJson('public/data/partnerships/pairings.json'));
const registry = parseMeasureRegistry(readJson('public/data/partnerships/measures.json'));
const build = (seed?: number) => buildPartnershipFlows({ pairings, registry, counties: miniCounties(), seed });

describe('sample flow builder', () => {
  const { flows: raw } = build();
  const flows = parsePartnershipFlows(JSON.parse(JSON.stringify(raw)));

  it('is deterministic for a seed and changes with it', () => {
    expect(JSON.stringify(build().flows)).toBe(JSON.stringify(raw));
    expect(JSON.stringify(build(7).flows)).not.toBe(JSON.stringify(raw));
  });

  it('is labelled sample and carries its measure registry', () => {
    expect(flows.sample).toBe(true);
    expect(flows.measures.map((m) => m.id)).toEqual(registry.measures.map((m) => m.id));
  });

  it('gives every pairing a series: 2017–2020 for the 2016 structure, 2021–2025 for the 2021 one', () => {
    expect(flows.pairFlows).toHaveLength(pairings.pairs.length);
    expect(flows.seriesByPair.get('2016-330000-510000')?.years).toEqual([2017, 2018, 2019, 2020]);
    expect(flows.seriesByPair.get('2021-330000-510000')?.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(pairFlowValue(flows, '2016-330000-510000', 'fiscal_aid', 2021)).toBeNull();
    expect(pairFlowValue(flows, '2016-330000-510000', 'fiscal_aid', 2019)).toBeGreaterThan(0);
  });

  it('sums teachers, doctors and agronomists into technical staff', () => {
    const v = (m: string) => pairFlowValue(flows, '2021-440000-450000', m, 2023) ?? NaN;
    expect(v('technical_staff')).toBe(v('teachers') + v('doctors') + v('agronomists'));
  });

  it('books on county pairs no more than their pairing’s total, and reports the county figures on the pairing', () => {
    for (const set of flows.countyPairs) {
      set.years.forEach((year) => {
        for (const pairId of new Set(set.pair)) {
          const rows = set.pair.flatMap((p, i) => (p === pairId ? [i] : []));
          for (const m of ['fiscal_aid', 'labour_placed']) {
            const sum = rows.reduce((s, i) => s + (countyPairValue(set, i, m, year) ?? 0), 0);
            expect(sum).toBeLessThanOrEqual(pairFlowValue(flows, pairId, m, year) ?? 0);
          }
          const funds = rows.reduce((s, i) => s + (countyPairValue(set, i, 'fiscal_aid', year) ?? 0), 0);
          expect(pairFlowValue(flows, pairId, 'county_pair_funds', year)).toBe(funds);
          expect(pairFlowValue(flows, pairId, 'county_pairs', year)).toBe(rows.length);
        }
      });
    }
  });

  it('pairs western counties with counties of the eastern partner', () => {
    const set = flows.countyPairs.find((s) => s.structure === 2016);
    set?.pair.forEach((pairId, i) => {
      const [, east = '', west = ''] = pairId.split('-');
      const eastCounty = set.east[i] ?? '';
      const westCounty = set.west[i] ?? '';
      expect(eastCounty.startsWith(east.endsWith('0000') ? east.slice(0, 2) : east.slice(0, 4))).toBe(true);
      expect(westCounty.startsWith(west.endsWith('0000') ? west.slice(0, 2) : west.slice(0, 4))).toBe(true);
    });
  });

  it('leaves prefectures paired on their own out of a province pairing (甘孜 is Guangdong’s in 2016)', () => {
    const set = flows.countyPairs.find((s) => s.structure === 2016);
    const westOf = (pairId: string) => set?.west.filter((_, i) => set.pair[i] === pairId) ?? [];
    expect(westOf('2016-330000-510000').some((w) => w.startsWith('5133'))).toBe(false);
    expect(westOf('2016-440000-513300').every((w) => w.startsWith('5133'))).toBe(true);
    expect(westOf('2016-330000-510000')).not.toContain('510104'); // 锦江区: the capital's urban district
  });

  it('splits a western place between its two eastern partners (昭通: 中山 and 东莞)', () => {
    const set = flows.countyPairs.find((s) => s.structure === 2016);
    const westOf = (pairId: string) => set?.west.filter((_, i) => set.pair[i] === pairId) ?? [];
    const zs = westOf('2016-442000-530600');
    const dg = westOf('2016-441900-530600');
    expect([...zs, ...dg].sort()).toEqual(['530602', '530621', '530622']);
    expect(westCountiesOfPair(flows, '2016-442000-530600')).toEqual([...zs].sort());
    expect(zs.filter((w) => dg.includes(w))).toEqual([]);
  });

  it('relates the same relationship across structures', () => {
    expect(relationKeyOfPairId('2016-330000-510000')).toBe(relationKeyOfPairId('2021-330000-510000'));
  });
});

describe('parsePartnershipFlows', () => {
  const { flows } = build();

  it('rejects a county column of the wrong length', () => {
    const set = flows.countyPairs[0];
    const bad = { ...flows, countyPairs: [{ ...set, east: set?.east.slice(1) }] };
    expect(() => parsePartnershipFlows(bad)).toThrow(/east/);
  });

  it('rejects a series whose values do not match its years', () => {
    const s = flows.pairFlows[0];
    const bad = { ...flows, pairFlows: [{ ...s, values: { fiscal_aid: [1] } }] };
    expect(() => parsePartnershipFlows(bad)).toThrow(/fiscal_aid/);
  });
});

describe('shipped sample flows (public/data/sample/partnership-flows.json, from npm run build:sample)', () => {
  it('parses, is marked sample and covers every pairing', () => {
    const flows = parsePartnershipFlows(readJson('public/data/sample/partnership-flows.json'));
    expect(flows.sample).toBe(true);
    expect(flows.pairFlows).toHaveLength(pairings.pairs.length);
    const total = flows.countyPairs.reduce((n, s) => n + s.pair.length, 0);
    expect(total).toBeGreaterThan(300);
    expect(total).toBeLessThan(5000);
  });

  it('is what the builder makes from the shipped counties.json (rebuild with npm run build:sample)', () => {
    const counties = readJson('public/geo/counties.json') as CountyIndexJson;
    const shipped = readJson('public/data/sample/partnership-flows.json');
    expect(buildPartnershipFlows({ pairings, registry, counties }).flows).toEqual(shipped);
  });
});
