import { describe, expect, it } from 'vitest';
import { formatMatchReason, formatMatchReasons } from '../../../../src/data/import/match-reason-text';
import type { MatchReason } from '../../../../src/model/geo/match-reason';

const merge = {
  date: '2018-02',
  kind: 'merge' as const,
  from: [{ code: '140202', name: '城区' }, { code: '140211', name: '南郊区' }],
  to: [{ code: '140213', name: '平城区' }],
};

describe('match reasons in one language', () => {
  it('fills parameters and translates the status and change kinds', () => {
    const why = { code: 'code_changed' as const, params: { code: '140213', status: 'merged' }, changes: [merge] };
    expect(formatMatchReason('zh-CN', why)).toBe('代码 140213（已合并）：2018-02 合并：城区 140202 + 南郊区 140211 → 平城区 140213');
    expect(formatMatchReason('en', why)).toBe('code 140213 (merged): 2018-02 merge: 城区 140202 + 南郊区 140211 → 平城区 140213');
  });

  it('joins several reasons with the language punctuation', () => {
    const reasons: MatchReason[] = [{ code: 'name_shared' as const, params: { n: 3 } }, { code: 'prefecture_ignored' as const, params: { name: '某州' } }];
    expect(formatMatchReasons('zh-CN', reasons)).toBe('有 3 个县同名，请给出所属地级；无法识别地级“某州”，已忽略');
    expect(formatMatchReasons('en', reasons)).toBe('3 counties share this name; give the prefecture; prefecture “某州” not recognised, ignored');
  });

  it('shows an already bilingual message in the language', () => {
    const why = { code: 'table_error' as const, text: { zh: '没有县列', en: 'No county column' } };
    expect(formatMatchReason('zh-CN', why)).toBe('没有县列');
    expect(formatMatchReason('en', why)).toBe('No county column');
  });
});
