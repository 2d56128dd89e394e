/** zh-CN / en strings of the import panel, the dataset manager and the dataset notices. */
import type { LocalText } from '../../model/dataset';
import type { Lang } from '../../model/view-state';
import { localText } from '../../i18n/translate';

/** Every string; {name} placeholders are filled by `importText`. */
export const IMPORT_STRINGS = {
  title: { zh: '导入数据', en: 'Import data' },
  open: { zh: '导入自己的数据…', en: 'Import your own data…' },
  close: { zh: '关闭', en: 'Close' },
  dropHint: {
    zh: '把 CSV、TSV、Excel（XLSX/XLS）或 JSON 文件拖到这里，或点击选择文件',
    en: 'Drop a CSV, TSV, Excel (XLSX/XLS) or JSON file here, or click to choose one',
  },
  chooseFile: { zh: '选择文件', en: 'Choose file' },
  privacy: { zh: '文件只在本浏览器中处理和保存，不会上传。', en: 'The file is processed and kept in this browser only; nothing is uploaded.' },
  reading: { zh: '正在读取 {file}…', en: 'Reading {file}…' },
  progress: { zh: '{phase}：{read} / {total}，{rows} 行', en: '{phase}: {read} of {total}, {rows} rows' },
  phase_read: { zh: '读取', en: 'Reading' },
  phase_detect: { zh: '识别表格', en: 'Finding the table' },
  phase_match: { zh: '匹配县', en: 'Matching counties' },
  phase_build: { zh: '生成数据集', en: 'Building the dataset' },
  cancel: { zh: '取消', en: 'Cancel' },
  failed: { zh: '导入失败', en: 'Import failed' },
  untouched: { zh: '已有数据集未受影响。', en: 'Existing datasets are untouched.' },
  fileInfo: { zh: '{file}（{format}{encoding}），用时 {ms} 毫秒', en: '{file} ({format}{encoding}), {ms} ms' },
  table: { zh: '表格', en: 'Table' },
  sheet: { zh: '工作表', en: 'Sheet' },
  headerRow: { zh: '表头行', en: 'Header row' },
  layout: { zh: '排列', en: 'Layout' },
  layout_wide: { zh: '宽表（年份为列）', en: 'Wide (years as columns)' },
  layout_long: { zh: '长表（每行一县一年）', en: 'Long (one row per county-year)' },
  layout_static: { zh: '无年份', en: 'No years' },
  columns: { zh: '列的含义', en: 'Column roles' },
  column: { zh: '列', en: 'Column' },
  role: { zh: '含义', en: 'Role' },
  role_adcode: { zh: '区划代码', en: 'Adcode' },
  role_county: { zh: '县名', en: 'County name' },
  role_prefecture: { zh: '地级', en: 'Prefecture' },
  role_province: { zh: '省份', en: 'Province' },
  role_year: { zh: '年份', en: 'Year' },
  role_value: { zh: '数值', en: 'Value' },
  role_category: { zh: '类别', en: 'Category' },
  role_ignore: { zh: '忽略', en: 'Ignore' },
  indicator: { zh: '指标', en: 'Indicator' },
  year: { zh: '年份', en: 'Year' },
  unit: { zh: '单位', en: 'Unit' },
  asPercent: { zh: '0–1 比例按 % 显示', en: 'Treat 0–1 as %' },
  yearForValues: { zh: '数值列没有年份，请填写年份：', en: 'The value columns have no year; enter one:' },
  rerun: { zh: '按修改重新导入', en: 'Re-run with these settings' },
  summary: { zh: '匹配结果', en: 'Match summary' },
  status_matched: { zh: '已匹配', en: 'Matched' },
  status_approximate: { zh: '近似', en: 'Approximate' },
  status_ambiguous: { zh: '有歧义', en: 'Ambiguous' },
  status_unmatched: { zh: '未匹配', en: 'Unmatched' },
  status_skipped: { zh: '跳过', en: 'Skipped' },
  counties: { zh: '{n} 个县，{ind} 个指标，{attr} 个属性，年份 {years}', en: '{n} counties, {ind} indicators, {attr} attributes, years {years}' },
  rows: { zh: '逐行结果', en: 'Rows' },
  filter: { zh: '显示', en: 'Show' },
  all: { zh: '全部', en: 'All' },
  line: { zh: '行号', en: 'Line' },
  status: { zh: '状态', en: 'Status' },
  county: { zh: '县', en: 'County' },
  candidates: { zh: '候选', en: 'Candidates' },
  reason: { zh: '原因', en: 'Reason' },
  page: { zh: '第 {page} / {pages} 页', en: 'Page {page} of {pages}' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  omitted: { zh: '另有 {n} 行未列出（已计入统计）。', en: '{n} more rows are not listed (they are counted).' },
  issues: { zh: '数据检查', en: 'Validation' },
  issue_duplicate: { zh: '重复的县', en: 'Duplicate counties' },
  issue_out_of_range: { zh: '超出单位范围的数值', en: 'Values out of range for the unit' },
  issue_not_a_number: { zh: '无法识别的数值', en: 'Unreadable values' },
  issue_bad_year: { zh: '无效年份', en: 'Invalid years' },
  issue_year_outside: { zh: '年份超出数据范围', en: 'Years outside the data' },
  noIssues: { zh: '未发现问题。', en: 'No problems found.' },
  commit: { zh: '确认导入', en: 'Commit' },
  committed: { zh: '已导入“{name}”，可在指标列表中选择。', en: 'Imported “{name}”; it is in the indicator list.' },
  notSaved: { zh: '“{name}”已导入，但无法保存在浏览器中（{detail}），刷新后会丢失。', en: '“{name}” was imported but could not be saved in this browser ({detail}); it will be gone after a reload.' },
  commitFailed: { zh: '无法导入：{detail}', en: 'Could not import: {detail}' },
  manager: { zh: '我的数据集', en: 'My datasets' },
  none: { zh: '还没有导入的数据集。', en: 'No imported datasets yet.' },
  rename: { zh: '重命名', en: 'Rename' },
  save: { zh: '保存', en: 'Save' },
  remove: { zh: '删除', en: 'Remove' },
  confirmRemove: { zh: '删除数据集“{name}”？', en: 'Remove dataset “{name}”?' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  provenance: { zh: '{file} · {time}', en: '{file} · {time}' },
  restoreFailed: { zh: '有 {n} 个保存的数据集无法读取，已跳过：{detail}', en: '{n} saved dataset(s) could not be read and were skipped: {detail}' },
  missingDataset: {
    zh: '链接中的数据集 {ids} 不在本浏览器中，相应地图已改为示例指标。',
    en: 'The link names dataset(s) {ids} that this browser does not have; those maps show the sample indicator instead.',
  },
  missingIndicator: {
    zh: '链接中的指标 {ids} 不存在，相应地图已改为示例指标。',
    en: 'The link names indicator(s) {ids} that do not exist; those maps show the sample indicator instead.',
  },
} satisfies Record<string, LocalText>;

/** A key of IMPORT_STRINGS. */
export type ImportStringKey = keyof typeof IMPORT_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function importText(lang: Lang, key: ImportStringKey, params?: Record<string, string | number>): string {
  const template = localText(lang, IMPORT_STRINGS[key]);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
