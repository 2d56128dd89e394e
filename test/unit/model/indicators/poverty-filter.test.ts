import { describe, expect, it } from 'vitest';
import { exitCohort, parsePovertyFilter, povertyFilterCounties, povertyFilterValue } from '../../../../src/model/indicators/poverty-filter';

const adcodes = ['520101', '520102', '520103', '530101', '530102'];
const counties = adcodes.map((adcode) => ({ adcode, province: `${adcode.slice(0, 2)}0000` }));
const columns = {
  designation: ['designated', 'designated', 'not_designated', 'designated', null],
  exitYear: Float32Array.from([2019, 2018, Number.NaN, 2019, Number.NaN]),
};

describe('poverty filter', () => {
  it('keeps the designated, the others, or one exit year', () => {
    expect(povertyFilterCounties('all', adcodes, columns)).toBeUndefined();
    expect(povertyFilterCounties('designated', adcodes, columns)).toEqual(['520101', '520102', '530101']);
    expect(povertyFilterCounties('not_designated', adcodes, columns)).toEqual(['520103']);
    expect(povertyFilterCounties({ exitYear: 2019 }, adcodes, columns)).toEqual(['520101', '530101']);
  });
  it('round-trips its select values', () => {
    for (const v of ['all', 'designated', 'not_designated', '2018']) expect(povertyFilterValue(parsePovertyFilter(v))).toBe(v);
    expect(parsePovertyFilter('2031')).toBe('all');
  });
  it('finds the exit cohort of a county within its province', () => {
    expect(exitCohort(counties, '520101', columns)).toEqual(['520101']); // 520102 exited 2018, 530101 is another province
    expect(exitCohort(counties, '520103', columns)).toEqual(['520103', '520101', '520102']);
  });
});
