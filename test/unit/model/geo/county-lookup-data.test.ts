/**
 * The county lookup on the shipped data: public/geo/counties.json with public/geo/changes.json, plus the 832
 * poverty counties of ../shared/data when that folder is present (it is test-only data, never shipped).
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import { createCountyLookup, type CountyLookup } from '../../../../src/model/geo/county-lookup';
import { shortCountyName } from '../../../../src/model/geo/name-normalize';
import { shippedChanges } from '../../../fixtures/county-lookup-fixture';

const countiesUrl = new URL('../../../../public/geo/counties.json', import.meta.url);
const povertyUrl = new URL('../../../../../shared/data/poverty_counties/poverty_county_list.csv', import.meta.url);
const hasCounties = existsSync(countiesUrl);
const hasPoverty = existsSync(povertyUrl);

function loadIndex(): CountyIndexJson {
  return JSON.parse(readFileSync(countiesUrl, 'utf8')) as CountyIndexJson;
}

function realLookup(): CountyLookup {
  return createCountyLookup(loadIndex(), shippedChanges());
}

describe.skipIf(!hasCounties)('county lookup on public/geo (skipped: public/geo/counties.json absent)', () => {
  it('lands every code of every change on boundary counties', () => {
    const lookup = realLookup();
    const nowhere = shippedChanges().changes.flatMap((c) =>
      [...c.from, ...c.to].filter((u) => lookup.resolveCode(u.code, Number(c.date.slice(0, 4))).adcodes.length === 0),
    );
    expect(nowhere).toEqual([]);
  });

  it('matches every boundary county by its own name given province and prefecture', () => {
    const lookup = realLookup();
    const failed = lookup.counties.filter((c) => {
      const m = lookup.matchName({
        name: c.name,
        province: lookup.getProvince(c.province)?.name ?? '',
        prefecture: lookup.getPrefecture(c.prefecture)?.name ?? '',
      });
      return m.adcode !== c.adcode;
    });
    expect(failed.map((c) => `${c.adcode} ${c.name}`)).toEqual([]);
  });

  it('builds and matches fast enough for the import worker (timings logged, not asserted)', () => {
    const index = loadIndex();
    const changes = shippedChanges();
    let lookup = createCountyLookup(index, changes);
    let buildMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      lookup = createCountyLookup(index, changes);
      buildMs = Math.min(buildMs, performance.now() - t0);
    }
    const queries = index.counties.slice(0, 3000).map((c, i) => ({
      name: i % 3 === 0 ? shortCountyName(c.name) : c.name,
      province: lookup.getProvince(c.province)?.short ?? '',
    }));
    const t1 = performance.now();
    let matched = 0;
    for (const q of queries) if (lookup.matchName(q).status === 'matched') matched++;
    const matchMs = performance.now() - t1;
    console.log(
      `[county-lookup] build ${buildMs.toFixed(1)} ms (best of 3, warm) for ${index.counties.length} counties; ` +
        `matchName ${queries.length} names in ${matchMs.toFixed(1)} ms (${matched} matched)`,
    );
    expect(matched).toBeGreaterThan(queries.length * 0.9);
  });
});

interface PovertyRow {
  code: string;
  name: string;
  province: string;
  prefecture: string;
}

function povertyRows(): PovertyRow[] {
  const lines = readFileSync(povertyUrl, 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [code = '', name = '', , province = '', prefecture = ''] = line.split(',');
    return { code, name, province, prefecture };
  });
}

describe.skipIf(!hasCounties || !hasPoverty)('832 poverty counties (skipped: ../shared/data or counties.json absent)', () => {
  it('resolves at least 827 of the 832 codes onto boundary counties, the rest with a reason', () => {
    const lookup = realLookup();
    const results = povertyRows().map((r) => lookup.resolveCode(r.code));
    const landed = results.filter((r) => r.adcodes.length > 0);
    expect(results).toHaveLength(832);
    expect(landed.length).toBeGreaterThanOrEqual(827);
    expect(results.filter((r) => r.adcodes.length === 0).every((r) => (r.reason ?? '').length > 0)).toBe(true);
  });

  it('reports the prefecture codes used for 文山市 and 临夏市 as prefecture-level', () => {
    const lookup = realLookup();
    expect(['532600', '622900'].map((c) => lookup.resolveCode(c).reason?.includes('prefecture-level'))).toEqual([true, true]);
  });

  it('finds the right county by name where the code is wrong (文山市, 冷湖行委)', () => {
    const lookup = realLookup();
    const rows = povertyRows().filter((r) => ['532600.0', '630104.0'].includes(r.code));
    const byName = rows.map((r) => lookup.matchName({ name: r.name, province: r.province, prefecture: r.prefecture }));
    expect(byName.map((m) => m.adcodes[0])).toEqual(['532601', '632825']);
    // 630104 is a real code (西宁市城西区): only a code/name cross-check exposes the row.
    expect(lookup.resolveCode('630104').adcodes).toEqual(['630104']);
  });

  it('matches at least 830 of the 832 names given their province and prefecture', () => {
    const lookup = realLookup();
    const matched = povertyRows().filter(
      (r) => lookup.matchName({ name: r.name, province: r.province, prefecture: r.prefecture }).status === 'matched',
    );
    expect(matched.length).toBeGreaterThanOrEqual(830);
  });
});
