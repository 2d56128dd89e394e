/**
 * The import row reasons (src/model/geo/match-reason.ts) as text, zh-CN and English: the import panel renders them
 * in the interface language, the CLI in English. Kept beside the pipeline (not in src/panels/import/import-strings.ts) because the CLI renders them too.
 */
import type { AdcodeChange, AdcodeChangeKind } from '../../model/geo/adcode-change';
import type { MatchReason, MatchReasonCode } from '../../model/geo/match-reason';
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText, localText } from '../../i18n/translate';

/** One text per reason code; {name} placeholders are the reason's params. */
export const MATCH_REASON_STRINGS = {
  not_a_code: { zh: '不是 6 位区划代码', en: 'not a 6-digit code' },
  code_unresolved: { zh: '{name}：已知代码，但 2016 年边界中没有它自己的图斑', en: '{name}: a known code without a polygon of its own in the 2016 boundary set' },
  province_code: { zh: '省级代码（{name}），不是县', en: 'province-level code ({name}), not a county' },
  prefecture_code: { zh: '地级代码（{name}），不是县', en: 'prefecture-level code ({name}), not a county' },
  development_zone: { zh: '开发区，不是县', en: 'development zone, not a county' },
  city_districts_code: { zh: '市辖区合计代码（{name}），不是县', en: 'code of all city districts together ({name}), not a county' },
  code_not_listed: { zh: '边界数据和区划变更表中都没有这个代码', en: 'code not in the boundary set nor in the change list' },
  territory_changed: { zh: '{year} 年这个代码所指的范围与其 {vintage} 年的图斑不同', en: 'in {year} this code covers a different territory than its {vintage} polygon' },
  matched_by_name: { zh: '按名称匹配', en: 'matched by name' },
  matched_by_alias: { zh: '按旧名或新名匹配（{adcodes}）', en: 'matched by the old or new name of {adcodes}' },
  name_shared: { zh: '有 {n} 个县同名，请给出所属地级', en: '{n} counties share this name; give the prefecture' },
  name_unknown: { zh: '没有这个名称的县', en: 'no county of this name' },
  name_unknown_in_province: { zh: '{province}没有这个名称的县', en: 'no county of this name in {province}' },
  province_ignored: { zh: '无法识别省份“{name}”，已忽略', en: 'province “{name}” not recognised, ignored' },
  prefecture_ignored: { zh: '无法识别地级“{name}”，已忽略', en: 'prefecture “{name}” not recognised, ignored' },
  outside_prefecture: { zh: '不在所给地级内，已在省内匹配', en: 'not in the given prefecture; matched within the province' },
  matched_by_code: { zh: '按代码匹配', en: 'matched by code' },
  code_changed: { zh: '代码 {code}（{status}）', en: 'code {code} ({status})' },
  code_unknown: { zh: '代码 {code}', en: 'code {code}' },
  bad_code: { zh: '“{code}”不是 6 位区划代码', en: '“{code}” is not a 6-digit code' },
  bad_code_no_name: { zh: '“{code}”不是 6 位区划代码，也没有名称', en: '“{code}” is not a 6-digit code and there is no name' },
  no_code_no_name: { zh: '既无代码也无名称', en: 'no code and no name' },
  aggregate_row: { zh: '汇总行', en: 'aggregate row' },
  code_name_conflict: { zh: '代码 {code} 是{codeNames}，但名称是{name}', en: 'code {code} is {codeNames} but the name says {name}' },
  chosen_by_user: { zh: '在导入对话框中选定', en: 'chosen in the import dialog' },
  header_row: { zh: '表头行', en: 'header row' },
  title_row: { zh: '标题行', en: 'title row' },
  repeated_header_row: { zh: '重复的表头行', en: 'repeated header row' },
  total_row: { zh: '合计行', en: 'total row' },
  note_row: { zh: '备注行（只有一个单元格）', en: 'note row (one cell)' },
  table_error: { zh: '表格无法读取', en: 'the table cannot be read' },
} satisfies Record<MatchReasonCode, LocalText>;

/** How a code resolution relates to the polygons (CodeResolutionStatus) and what a change did (AdcodeChangeKind). */
export const MATCH_STATUS_STRINGS = {
  changed: { zh: '代码已变更', en: 'changed' },
  merged: { zh: '已合并', en: 'merged' },
  split: { zh: '已拆分', en: 'split' },
  exact: { zh: '一致', en: 'exact' },
  unknown: { zh: '未知', en: 'unknown' },
  rename: { zh: '更名', en: 'rename' },
  upgrade: { zh: '撤县设市/区', en: 'upgrade' },
  merge: { zh: '合并', en: 'merge' },
  recode: { zh: '改代码', en: 'recode' },
} satisfies Record<string, LocalText>;

function statusWord(lang: Lang, word: string | number | undefined): string {
  const text = MATCH_STATUS_STRINGS[String(word) as keyof typeof MATCH_STATUS_STRINGS] as LocalText | undefined;
  return text ? localText(lang, text) : String(word ?? '');
}

/** One change as "2018-02 合并：城区 140202 + 南郊区 140211 → 平城区 140213" (names and codes stay as the data has them). */
export function formatChange(lang: Lang, change: AdcodeChange): string {
  const side = (units: AdcodeChange['from']) => units.map((u) => `${u.name} ${u.code}`).join(' + ');
  const kind = statusWord(lang, change.kind satisfies AdcodeChangeKind);
  return `${change.date} ${kind}${lang === 'en' ? ': ' : '：'}${side(change.from)} → ${side(change.to)}`;
}

/** One reason in the language. */
export function formatMatchReason(lang: Lang, why: MatchReason): string {
  if (why.text) return localText(lang, why.text);
  const params = why.code === 'code_changed' ? { ...why.params, status: statusWord(lang, why.params?.status) } : why.params;
  const head = fillText(lang, MATCH_REASON_STRINGS[why.code], params);
  if (!why.changes || why.changes.length === 0) return head;
  return `${head}${lang === 'en' ? ': ' : '：'}${why.changes.map((c) => formatChange(lang, c)).join(lang === 'en' ? '; ' : '；')}`;
}

/** A row's reasons in the language, joined as one sentence. */
export function formatMatchReasons(lang: Lang, reasons: readonly MatchReason[]): string {
  return reasons.map((r) => formatMatchReason(lang, r)).join(lang === 'en' ? '; ' : '；');
}
