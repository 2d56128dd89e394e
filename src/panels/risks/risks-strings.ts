/** zh-CN / en strings of the risk register tab. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string of the register; {name} placeholders are filled by `risksText`. */
export const RISKS_STRINGS = {
  title: { zh: '风险台账', en: 'Risk register' },
  loading: { zh: '读取台账…', en: 'Reading the register…' },
  storeError: { zh: '台账读取或保存失败：{detail}', en: 'The register could not be read or saved: {detail}' },
  persisted: { zh: '已申请持久存储：浏览器不会自动清除', en: 'Persistent storage granted: the browser will not evict it' },
  notPersisted: { zh: '存储未设为持久：空间紧张时浏览器可能清除，请定期导出', en: 'Storage is not persistent: the browser may evict it under pressure; export regularly' },
  add: { zh: '新增风险', en: 'New risk' },
  edit: { zh: '编辑', en: 'Edit' },
  remove: { zh: '删除', en: 'Delete' },
  confirmRemove: { zh: '删除“{title}”？', en: 'Delete “{title}”?' },
  empty: { zh: '台账为空', en: 'The register is empty' },
  count: { zh: '共 {n} 条，{live} 条未关闭，{overdue} 条逾期', en: '{n} entries, {live} live, {overdue} overdue' },
  overdue: { zh: '逾期', en: 'Overdue' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  importFile: { zh: '导入 JSON 或 CSV', en: 'Import JSON or CSV' },
  imported: { zh: '已导入 {n} 条（同编号的条目被替换）', en: '{n} entries imported (entries with the same id replaced)' },
  importFailed: { zh: '未导入，台账未改动：{detail}', en: 'Not imported, the register is unchanged: {detail}' },
  saveFailed: { zh: '未保存：{detail}', en: 'Not saved: {detail}' },
  fromWarning: { zh: '转为风险条目', en: 'Add to the risk register' },
  fromWarningDone: { zh: '已加入风险台账', en: 'Added to the risk register' },
  formNew: { zh: '新增风险条目', en: 'New risk entry' },
  formEdit: { zh: '编辑风险条目', en: 'Edit risk entry' },
  category: { zh: '类别', en: 'Category' },
  newCategory: { zh: '新增类别（名称）', en: 'Add a category (name)' },
  addCategory: { zh: '添加类别', en: 'Add category' },
  titleField: { zh: '标题', en: 'Title' },
  description: { zh: '描述', en: 'Description' },
  counties: { zh: '涉及县（名称或区划代码，逗号分隔）', en: 'Counties (names or adcodes, comma-separated)' },
  useSelection: { zh: '使用地图所选县', en: 'Use the map selection' },
  countiesResolved: { zh: '{n} 个县', en: '{n} counties' },
  owner: { zh: '责任人', en: 'Owner' },
  level: { zh: '等级', en: 'Level' },
  status: { zh: '状态', en: 'Status' },
  due: { zh: '期限', en: 'Due' },
  link: { zh: '关联指标或预警', en: 'Linked indicator or warning' },
  linkNone: { zh: '无', en: 'None' },
  linkIndicator: { zh: '指标', en: 'Indicator' },
  linkWarning: { zh: '预警编号', en: 'Warning id' },
  actions: { zh: '处置记录', en: 'Action log' },
  actionDate: { zh: '日期', en: 'Date' },
  actionText: { zh: '处置内容', en: 'Action' },
  addAction: { zh: '添加记录', en: 'Add action' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  fixErrors: { zh: '请更正标出的 {n} 处', en: 'Please correct the {n} marked fields' },
  ambiguous: { zh: '“{name}”对应多个县，请用区划代码', en: '“{name}” matches several counties; use the adcode' },
  notFound: { zh: '找不到县“{name}”', en: 'No county “{name}”' },
} satisfies Record<string, LocalText>;

/** Category, status, level and error names. */
export const RISK_NAMES = {
  categories: {
    fiscal: { zh: '财政风险', en: 'Fiscal' },
    execution: { zh: '执行风险', en: 'Execution' },
    market: { zh: '市场风险', en: 'Market' },
    social_stability: { zh: '社会稳定风险', en: 'Social stability' },
  },
  statuses: {
    open: { zh: '未处置', en: 'Open' },
    watching: { zh: '跟踪中', en: 'Watching' },
    mitigated: { zh: '已缓解', en: 'Mitigated' },
    closed: { zh: '已关闭', en: 'Closed' },
  },
  levels: {
    1: { zh: '1 级（低）', en: '1 (low)' },
    2: { zh: '2 级（中）', en: '2 (medium)' },
    3: { zh: '3 级（高）', en: '3 (high)' },
    4: { zh: '4 级（重大）', en: '4 (severe)' },
  },
  errors: {
    required: { zh: '必填', en: 'Required' },
    tooLong: { zh: '太长', en: 'Too long' },
    badDate: { zh: '日期无效（年-月-日）', en: 'Not a valid date (YYYY-MM-DD)' },
    unknownCounty: { zh: '未知的县：{detail}', en: 'Unknown counties: {detail}' },
    unknownCategory: { zh: '未知的类别', en: 'Unknown category' },
    invalid: { zh: '无效', en: 'Invalid' },
  },
} satisfies Record<string, Record<string, LocalText>>;

/** A key of RISKS_STRINGS. */
export type RisksStringKey = keyof typeof RISKS_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function risksText(lang: Lang, key: RisksStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, RISKS_STRINGS[key], params);
}

/** One side of a bilingual text. */
export function pickText(lang: Lang, text: LocalText, params?: Record<string, string | number>): string {
  return fillText(lang, text, params);
}
