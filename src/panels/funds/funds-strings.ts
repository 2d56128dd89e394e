/** zh-CN / en strings of the fund-flow tab. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string of the fund tab; {name} placeholders are filled by `fundsText`. */
export const FUNDS_STRINGS = {
  title: { zh: '资金流向与绩效', en: 'Fund flows and results' },
  loading: { zh: '加载资金数据…', en: 'Loading fund data…' },
  loadFailed: { zh: '资金数据加载失败：{detail}', en: 'Fund data failed to load: {detail}' },
  year: { zh: '年份', en: 'Year' },
  yearFollow: { zh: '随地图年份（{year}）', en: 'Map year ({year})' },
  province: { zh: '省份', en: 'Province' },
  allProvinces: { zh: '全部', en: 'All' },
  selectionNote: { zh: '按地图所选 {n} 个县筛选', en: 'Filtered to the {n} selected counties' },
  balanced: { zh: '每个节点收支平衡（精确到分）', en: 'Every node balances (to the fen)' },
  unbalanced: { zh: '{n} 个节点收支不平衡', en: '{n} nodes do not balance' },
  total: { zh: '合计 {amount} 万元，{rows} 条记录', en: 'Total {amount} (10k yuan), {rows} rows' },
  noRows: { zh: '所选范围当年没有资金记录', en: 'No fund rows for this filter and year' },
  sankeyLabel: { zh: '{year} 年资金流向：来源 → 用途 → 项目 → 地区', en: 'Fund flows {year}: source → purpose → programme → place' },
  nodeTitle: { zh: '{name}：{amount} 万元（点击筛选地图）', en: '{name}: {amount} (10k yuan) (click to filter the map)' },
  nodeFilter: { zh: '地图只显示经过“{name}”的 {n} 个县', en: 'The map keeps the {n} counties reached by “{name}”' },
  clearNode: { zh: '清除', en: 'Clear' },
  showTable: { zh: '表格视图', en: 'Table view' },
  showChart: { zh: '图形视图', en: 'Chart view' },
  tableCaption: { zh: '资金流向明细（万元）', en: 'Fund flows (10k yuan)' },
  colFrom: { zh: '流出', en: 'From' },
  colTo: { zh: '流入', en: 'To' },
  colAmount: { zh: '金额（万元）', en: 'Amount (10k yuan)' },
  colNode: { zh: '节点', en: 'Node' },
  colIn: { zh: '流入（元）', en: 'In (yuan)' },
  colOut: { zh: '流出（元）', en: 'Out (yuan)' },
  colBalance: { zh: '平衡', en: 'Balance' },
  ok: { zh: '平衡', en: 'balanced' },
  notOk: { zh: '不平衡', en: 'off' },
  sourceEnd: { zh: '（来源）', en: '(source)' },
  placeEnd: { zh: '（到县）', en: '(to counties)' },
  results: { zh: '每元成效', en: 'Results per yuan' },
  execution: { zh: '预算执行率 {pct}', en: 'Budget execution {pct}' },
  rule: { zh: '产业占比要求 ≥ {min}%：{pass} 个县达标，{fail} 个未达标', en: 'Industry share ≥ {min}%: {pass} counties meet it, {fail} do not' },
  noRule: { zh: '{year} 年无产业占比要求', en: 'No industry-share rule in {year}' },
  ruleSource: { zh: '依据', en: 'Source' },
  outcome: { zh: '成效指标', en: 'Outcome' },
  scatterLabel: { zh: '农村人均支出（元/人）与{indicator}变化', en: 'Spend per rural resident (yuan) against the change of {indicator}' },
  scatterX: { zh: '人均支出（元/人）', en: 'Spend per resident (yuan)' },
  scatterY: { zh: '较上年变化', en: 'Change on the year before' },
  muchLittle: { zh: '投入多、变化小', en: 'Spent much, moved little' },
  littleMuch: { zh: '投入少、变化大', en: 'Spent little, moved much' },
  flagged: { zh: '{n} 个县被标出', en: '{n} counties flagged' },
  pointTitle: { zh: '{name}：人均 {spend} 元，变化 {change}', en: '{name}: {spend} yuan per resident, change {change}' },
  noScatter: { zh: '缺少人口或成效数据，无法绘制', en: 'No population or outcome data to draw' },
  importTable: { zh: '导入资金长表（CSV）', en: 'Import a fund long table (CSV)' },
  importHint: { zh: '列：来源, 项目, 区划代码, 年份, 金额(元)[, 支出]', en: 'Columns: source, programme, adcode, year, amount (yuan)[, spent]' },
  imported: { zh: '已导入 {rows} 条记录', en: '{rows} rows imported' },
  importFailed: { zh: '未导入（原数据保留）：{detail}', en: 'Not imported (the table on screen is kept): {detail}' },
} satisfies Record<string, LocalText>;

/** A key of FUNDS_STRINGS. */
export type FundsStringKey = keyof typeof FUNDS_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function fundsText(lang: Lang, key: FundsStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, FUNDS_STRINGS[key], params);
}
