import { describe, expect, it } from 'vitest';
import { cachedArcsOf, partnershipPlacesOf, widthMaxOf } from '../../../src/selectors/partnership-arc-cache';
import { createPartnershipBundle } from '../../../src/data/partnership-data';
import { exists, miniCounties, readJson } from '../model/partnership/test-data';
import type { CountyIndexJson } from '../../../src/model/geo/county';

const bundle = createPartnershipBundle(
  readJson('public/data/partnerships/pairings.json'),
  readJson('public/data/partnerships/measures.json'),
  readJson('public/data/sample/partnership-flows.json'),
);
const view = { structure: 2021 as const, westProvinceFilter: null, level: 'all' as const };

describe('cached arcs', () => {
  it('returns the same array for the same structure, western province and level', () => {
    const index = miniCounties();
    const a = cachedArcsOf(bundle, index, view);
    expect(cachedArcsOf(bundle, index, { ...view })).toBe(a);
    expect(cachedArcsOf(bundle, index, { ...view, level: 'province' })).not.toBe(a);
    expect(partnershipPlacesOf(index)).toBe(partnershipPlacesOf(index));
  });

  it('puts county arcs first so pairing arcs draw on top, and computes each width maximum once', () => {
    const index = miniCounties();
    const a = cachedArcsOf(bundle, index, view);
    const firstPairing = a.arcs.findIndex((x) => x.level !== 'county');
    expect(a.arcs.slice(firstPairing).every((x) => x.level !== 'county')).toBe(true);
    expect(a.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    const max = widthMaxOf(a, bundle, 'fiscal_aid');
    expect(max).toBeGreaterThan(0);
    expect(a.widthMax.get('fiscal_aid')).toBe(max);
  });

  const realGeo = 'public/geo/counties.json';
  it.skipIf(!exists(realGeo))('resolves every pairing and county pair against the real boundaries', () => {
    const index = readJson(realGeo) as CountyIndexJson;
    for (const structure of [2016, 2021] as const) {
      const a = cachedArcsOf(bundle, index, { ...view, structure });
      expect(a.unresolved).toEqual([]);
      expect(a.arcs.filter((x) => x.level !== 'county')).toHaveLength(structure === 2016 ? 32 : 11);
      expect(a.arcs.filter((x) => x.level === 'county').length).toBeGreaterThan(800);
    }
  });
});
