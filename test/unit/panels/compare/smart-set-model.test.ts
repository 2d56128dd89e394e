import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smartSetCandidates, type SmartSetInput } from '../../../../src/panels/compare/smart-set-model';
import { createCountyPositions } from '../../../../src/model/compare/columns';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import type { IndicatorValues } from '../../../../src/model/indicators/dataset';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const adcodes = index.counties.map((c) => c.adcode);
const positions = createCountyPositions(adcodes);
// A profile where 130204 is closest to 130101, then 130203, …: value = distance rank.
const profile: IndicatorValues = {
  id: 'p',
  years: [2020],
  byYear: new Map([[2020, Float32Array.from(adcodes, (a) => (a === '130101' ? 0 : a === '130204' ? 1 : a === '130203' ? 2 : 10))]]),
};

function input(patch: Partial<SmartSetInput>): SmartSetInput {
  return { kind: 'province', counties: index.counties, target: '130101', positions, indicators: [], year: 2020, k: 3, room: 12, current: [], ...patch };
}

describe('smartSetCandidates', () => {
  it('gives the whole province, target first, when it fits', () => {
    const { candidates } = smartSetCandidates(input({}));
    expect(candidates[0]).toBe('130101');
    expect(candidates).toHaveLength(8);
  });

  it('puts the most similar first when the province does not fit', () => {
    const { candidates } = smartSetCandidates(input({ room: 3, indicators: [profile] }));
    expect(candidates.slice(0, 3)).toEqual(['130101', '130204', '130203']);
  });

  it('gives the target and its k most similar, excluding the current set', () => {
    const { candidates } = smartSetCandidates(input({ kind: 'similar', indicators: [profile], k: 2, current: ['130204'] }));
    expect(candidates[0]).toBe('130101');
    expect(candidates[1]).toBe('130203');
    expect(candidates).toHaveLength(3);
  });

  it('expands a partner end into its counties without the target', () => {
    const { candidates } = smartSetCandidates(input({ kind: 'partners', partner: '110200' }));
    expect(candidates).toEqual(['110201', '110202', '110203', '110204']);
  });
});

describe('smart set: exit cohort (real designation)', () => {
  it('adds the poverty counties of the target province that exited the same year', async () => {
    const { smartSetCandidates } = await import('../../../../src/panels/compare/smart-set-model');
    const counties = [
      { adcode: '520101', name: 'a', prefecture: '520100', province: '520000', pinyin: '', initials: '', point: [0, 0] as [number, number], bbox: [0, 0, 0, 0] as [number, number, number, number] },
      { adcode: '520102', name: 'b', prefecture: '520100', province: '520000', pinyin: '', initials: '', point: [0, 0] as [number, number], bbox: [0, 0, 0, 0] as [number, number, number, number] },
      { adcode: '520103', name: 'c', prefecture: '520100', province: '520000', pinyin: '', initials: '', point: [0, 0] as [number, number], bbox: [0, 0, 0, 0] as [number, number, number, number] },
    ];
    const designation = { designation: ['designated', 'designated', 'designated'], exitYear: Float32Array.from([2019, 2019, 2020]) };
    const out = smartSetCandidates({
      kind: 'exit_cohort', counties, target: '520101', positions: new Map(), indicators: [], year: 2020, k: 3, room: 10, current: [], designation,
    } as unknown as Parameters<typeof smartSetCandidates>[0]);
    expect(out.candidates).toEqual(['520101', '520102']);
  });
});
