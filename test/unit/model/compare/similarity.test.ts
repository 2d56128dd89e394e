import { describe, expect, it } from 'vitest';
import { rankSimilarCounties } from '../../../../src/model/compare/similarity';
import { code, indicator, positionsFor } from './test-data';

const positions = positionsFor(5);

describe('rankSimilarCounties', () => {
  it('orders counties nearest first by distance over one indicator', () => {
    const a = indicator('a', { 2020: [10, 11, 20, 9, 30] });
    const r = rankSimilarCounties(code(0), [a], 2020, 3, { positions });
    expect(r.similar.map((s) => s.adcode)).toEqual([code(1), code(3), code(2)]);
  });

  it('standardises so an indicator in large units does not dominate', () => {
    // Raw units would put county 2 (10 points away) far nearer than county 1 (1,000 yuan away); in sd units
    // the 1,000 yuan are 0.75 sd and the 10 points 1.6 sd, so county 1 is nearer.
    const income = indicator('income', { 2020: [10000, 11000, 10000, 12000, 8000] });
    const pct = indicator('pct', { 2020: [50, 50, 60, 50, 40] });
    const r = rankSimilarCounties(code(0), [income, pct], 2020, 4, { positions });
    expect(r.similar[0]!.adcode).toBe(code(1));
  });

  it('returns exactly k counties when the pool is larger', () => {
    const a = indicator('a', { 2020: [1, 2, 3, 4, 5] });
    expect(rankSimilarCounties(code(0), [a], 2020, 2, { positions }).similar).toHaveLength(2);
  });

  it('never returns the target itself', () => {
    const a = indicator('a', { 2020: [1, 1, 1, 1, 2] });
    const r = rankSimilarCounties(code(0), [a], 2020, 10, { positions });
    expect(r.similar.map((s) => s.adcode)).not.toContain(code(0));
  });

  it('skips counties missing any chosen indicator and counts them', () => {
    const a = indicator('a', { 2020: [1, NaN, 3, 4, 5] });
    const b = indicator('b', { 2020: [1, 2, NaN, 4, 5] });
    const r = rankSimilarCounties(code(0), [a, b], 2020, 10, { positions });
    expect(r.similar.map((s) => s.adcode)).toEqual([code(3), code(4)]);
    expect(r.skippedMissing).toBe(2);
  });

  it('reports the indicators the target lacks instead of ranking', () => {
    const a = indicator('a', { 2020: [NaN, 2, 3, 4, 5] });
    const r = rankSimilarCounties(code(0), [a], 2020, 3, { positions });
    expect(r.problem).toBe('target_missing_data');
    expect(r.targetMissing).toEqual(['a']);
    expect(r.similar).toEqual([]);
  });

  it('treats a year the indicator does not cover as missing for the target', () => {
    const a = indicator('a', { 2020: [1, 2, 3, 4, 5] });
    expect(rankSimilarCounties(code(0), [a], 2013, 3, { positions }).problem).toBe('target_missing_data');
  });

  it('leaves a constant indicator out of the distance and names it', () => {
    const a = indicator('a', { 2020: [1, 2, 3, 4, 5] });
    const flat = indicator('flat', { 2020: [7, 7, 7, 7, 7] });
    const r = rankSimilarCounties(code(0), [a, flat], 2020, 1, { positions });
    expect(r.constantIndicators).toEqual(['flat']);
    expect(r.similar[0]!.distance).toBeGreaterThan(0);
    expect(Number.isFinite(r.similar[0]!.distance)).toBe(true);
  });

  it('restricts candidates to `within` and drops `exclude`', () => {
    const a = indicator('a', { 2020: [1, 2, 3, 4, 5] });
    const r = rankSimilarCounties(code(0), [a], 2020, 10, { positions, within: [code(0), code(1), code(2), code(3)], exclude: [code(1)] });
    expect(r.similar.map((s) => s.adcode)).toEqual([code(2), code(3)]);
  });

  it('breaks distance ties by adcode', () => {
    const a = indicator('a', { 2020: [5, 6, 4, 6, 4] });
    const r = rankSimilarCounties(code(0), [a], 2020, 4, { positions });
    expect(r.similar.map((s) => s.adcode)).toEqual([code(1), code(2), code(3), code(4)]);
  });

  it('says so when no indicator is chosen', () => {
    expect(rankSimilarCounties(code(0), [], 2020, 3, { positions }).problem).toBe('no_indicators');
  });

  it('says so when the target is not in the dataset', () => {
    const a = indicator('a', { 2020: [1, 2, 3, 4, 5] });
    expect(rankSimilarCounties('999999', [a], 2020, 3, { positions }).problem).toBe('target_unknown');
  });
});
