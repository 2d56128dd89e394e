/** A western county's pairings for its brief, against the shipped pairings and the sample flows. */
import { describe, expect, it } from 'vitest';
import { createPartnershipBundle, PARTNERSHIP_FILES } from '../../../../src/data/partnership-data';
import { countyPartners } from '../../../../src/model/partnership/county-partners';
import { readJson } from './test-data';

const bundle = createPartnershipBundle(
  readJson(`public/${PARTNERSHIP_FILES.pairings}`),
  readJson(`public/${PARTNERSHIP_FILES.measures}`),
  readJson(`public/${PARTNERSHIP_FILES.flows}`),
);

describe('countyPartners', () => {
  it('finds the 2021 pairing of a Sichuan county through its province, with the flows of that year', () => {
    const set = bundle.flows.countyPairs.find((s) => s.structure === 2021)!;
    // A western county that has a county-to-county partner in the sample, and the pairing it belongs to.
    const i = set.west.findIndex((w) => w.startsWith('51'));
    const county = set.west[i]!;
    const pair = bundle.pairById.get(set.pair[i]!)!;
    const year = set.years.at(-1)!;
    const rows = countyPartners(bundle.pairings.pairs, bundle.flows, bundle.registry.measures, { adcode: county, prefecture: `${county.slice(0, 4)}00`, province: '510000' }, 2021, year);
    const row = rows.find((r) => r.pair.id === pair.id);
    expect(row, `no row for ${pair.id}`).toBeDefined();
    expect(row!.eastCounties).toContain(set.east[i]);
    expect(row!.year).toBe(year);
    expect(row!.flows.map((f) => f.measure.id)).toEqual(bundle.registry.measures.map((m) => m.id));
    expect(row!.flows.some((f) => f.value !== null)).toBe(true);
    expect(rows.every((r) => r.pair.structure === 2021)).toBe(true);
  });

  it('gives an eastern county no partners; a year before the flows shows their first year', () => {
    expect(countyPartners(bundle.pairings.pairs, bundle.flows, bundle.registry.measures, { adcode: '330102', prefecture: '330100', province: '330000' }, 2021, 2023)).toEqual([]);
    const rows = countyPartners(bundle.pairings.pairs, bundle.flows, bundle.registry.measures, { adcode: '510101', prefecture: '510100', province: '510000' }, 2021, 1990);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const first = bundle.flows.seriesByPair.get(r.pair.id)?.years[0] ?? null;
      expect(r.year).toBe(first);
      if (first !== null) expect(r.flows.some((f) => f.value !== null)).toBe(true);
    }
  });
});
