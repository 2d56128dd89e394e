import { describe, expect, it } from 'vitest';
import { createRowMatcher, matchRow } from '../../../../src/data/import/match-row';
import { formatMatchReasons } from '../../../../src/data/import/match-reason-text';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();

describe('matchRow', () => {
  it('matches by code first, float codes included', () => {
    expect(matchRow(lookup, { code: '130631.0', name: '望都县' })).toMatchObject({ status: 'matched', adcode: '130631' });
  });

  it('lands a newer code on its boundary county through the change list', () => {
    const m = matchRow(lookup, { code: '130881', name: '平泉市' });
    expect(m).toMatchObject({ status: 'matched', adcode: '130823' });
    expect(m.reasons[0]).toMatchObject({ code: 'code_changed', params: { code: '130881', status: 'changed' } });
    expect(m.reasons[0]?.changes?.length).toBeGreaterThan(0);
    expect(formatMatchReasons('zh-CN', m.reasons)).toMatch(/^代码 130881（代码已变更）：\d{4}-\d{2} /);
    expect(formatMatchReasons('en', m.reasons)).toMatch(/^code 130881 \(changed\): \d{4}-\d{2} /);
  });

  it('matches a prefecture code used for a county by its name, saying so', () => {
    const m = matchRow(lookup, { code: '532600', name: '文山市', province: '云南省' });
    expect(m).toMatchObject({ status: 'matched', adcode: '532601' });
    expect(m.reasons.map((r) => r.code)).toEqual(['code_unknown', 'prefecture_code', 'matched_by_name']);
    expect(m.reasons[0]?.params).toEqual({ code: '532600' });
  });

  it('never guesses when the code and the name disagree', () => {
    const m = matchRow(lookup, { code: '630104', name: '冷湖行委' });
    expect(m.status).toBe('ambiguous');
    expect(m.adcode).toBeNull();
    expect(m.candidates.map((c) => c.adcode)).toContain('630104');
  });

  it('reports ambiguous names with their candidates, and resolves them with a prefecture', () => {
    const m = matchRow(lookup, { name: '新华区', province: '河北' });
    expect(m.status).toBe('ambiguous');
    expect(m.candidates.map((c) => c.adcode).sort()).toEqual(['130105', '130902']);
    expect(matchRow(lookup, { name: '新华区', prefecture: '沧州市' })).toMatchObject({ status: 'matched', adcode: '130902' });
  });

  it('matches names without their suffix and with spaces', () => {
    expect(matchRow(lookup, { name: '望 都' })).toMatchObject({ status: 'matched', adcode: '130631' });
  });

  it('reports unknown names and codes with a reason', () => {
    const m = matchRow(lookup, { name: '不存在县' });
    expect(m.status).toBe('unmatched');
    expect(m.reasons).toEqual([{ code: 'name_unknown' }]);
    expect(formatMatchReasons('zh-CN', m.reasons)).toBe('没有这个名称的县');
    expect(formatMatchReasons('en', m.reasons)).toBe('no county of this name');
    expect(matchRow(lookup, { code: '999999' }).status).toBe('unmatched');
    expect(matchRow(lookup, { code: 'abc' })).toMatchObject({ status: 'unmatched' });
  });

  it('skips province and prefecture subtotal rows', () => {
    expect(matchRow(lookup, { code: '130000', name: '河北省' }).status).toBe('skipped');
    expect(matchRow(lookup, { code: '130600', name: '保定市' }).status).toBe('skipped');
  });

  it('memoises by key', () => {
    const match = createRowMatcher(lookup);
    expect(match({ code: '130631' })).toBe(match({ code: '130631' }));
  });
});
