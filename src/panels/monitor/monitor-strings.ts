/** zh-CN / en strings of the monitoring tab. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string of the monitoring tab; {name} placeholders are filled by `monitorText`. */
export const MONITOR_STRINGS = {
  title: { zh: '监测预警', en: 'Monitoring' },
  sample: { zh: '示例数据：结果由合成数据计算，不是官方统计', en: 'Sample data: results computed from synthetic data, not official statistics' },
  indexTitle: { zh: '多维风险指数', en: 'Multidimensional risk index' },
  indexNote: { zh: '县在某维度低于（或高于）剥夺线即为剥夺；得分为剥夺维度的权重之和（权重归一化）；得分达到风险线即处于风险。', en: 'A county is deprived in a dimension on the wrong side of its cutoff; its score is the sum of the weights of its deprivations (weights normalised); it is at risk when the score reaches the cutoff.' },
  dimension: { zh: '维度', en: 'Dimension' },
  cutoff: { zh: '剥夺线', en: 'Cutoff' },
  weight: { zh: '权重', en: 'Weight' },
  share: { zh: '占比', en: 'Share' },
  k: { zh: '风险线（得分 ≥）', en: 'Risk cutoff (score ≥)' },
  reset: { zh: '恢复默认', en: 'Reset' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  year: { zh: '{year} 年', en: '{year}' },
  nation: { zh: '全国', en: 'All China' },
  selection: { zh: '所选县', en: 'Selection' },
  units: { zh: '县数', en: 'Counties' },
  headcount: { zh: '风险发生率', en: 'H' },
  intensity: { zh: '平均剥夺份额', en: 'A' },
  adjusted: { zh: '多维风险指数', en: 'M0' },
  summaryNote: { zh: '多维风险指数 = 风险发生率 × 平均剥夺份额；贡献为各维度在指数中的占比，合计 100%。', en: 'H: share at risk · A: mean score of those at risk · M0 = H × A; contributions are each dimension\'s share of M0, summing to 100%.' },
  contribution: { zh: '贡献', en: 'Contribution' },
  countyTitle: { zh: '{name}：剥夺情况', en: '{name}: deprivations' },
  noCounty: { zh: '在地图上点选一个县，查看其剥夺维度。', en: 'Pick a county on the map to read its deprivations.' },
  deprived: { zh: '剥夺', en: 'Deprived' },
  notDeprived: { zh: '未剥夺', en: 'Not deprived' },
  noData: { zh: '无数据', en: 'No data' },
  value: { zh: '数值', en: 'Value' },
  distance: { zh: '距线', en: 'To cutoff' },
  score: { zh: '得分 {score}', en: 'Score {score}' },
  atRisk: { zh: '处于风险', en: 'At risk' },
  notAtRisk: { zh: '未处于风险', en: 'Not at risk' },
  warningsTitle: { zh: '预警（{year} 年较 {previous} 年）', en: 'Warnings ({year} against {previous})' },
  warningsNone: { zh: '本年无预警。', en: 'No warnings this year.' },
  warningsCount: { zh: '{n} 条预警，显示前 {shown} 条', en: '{n} warnings, showing the first {shown}' },
  warnRisk: { zh: '得分上升达', en: 'Score rise of' },
  warnRelapse: { zh: '监测户占比上升达（百分点）', en: 'Monitored share rise of (pp)' },
  crossed: { zh: '越线', en: 'Crossed' },
  worsened: { zh: '恶化', en: 'Worsened' },
  change: { zh: '{before} → {after}（{change}）', en: '{before} → {after} ({change})' },
  lineNote: { zh: '线 {line}', en: 'line {line}' },
  open: { zh: '查看 {name}', en: 'Open {name}' },
  rulesTitle: { zh: '规则集', en: 'Rule sets' },
  inForce: { zh: '施行 {from}–{to}', en: 'In force {from}–{to}' },
  now: { zh: '至今', en: 'now' },
  example: { zh: '示例', en: 'Example' },
  illustrative: { zh: '含示意值', en: 'Illustrative values' },
  criteria: { zh: '{n} 项标准', en: '{n} criteria' },
  loading: { zh: '加载中…', en: 'Loading…' },
  rulesCounty: { zh: '{name}：规则结果（接近线范围 {margin}）', en: '{name}: rule results (near within {margin})' },
  notInForce: { zh: '该规则集施行于 {from}–{to}，此处仅供参考', en: 'This rule set was in force {from}–{to}; shown for reference' },
  illustrativeShort: { zh: '示意', en: 'illustrative' },
  lineTable: { zh: '监测收入线（元/人·年）：年份、省份、数值', en: 'Monitoring income line (yuan per person-year): years, provinces, value' },
  allProvinces: { zh: '各省', en: 'all provinces' },
  status_pass: { zh: '通过', en: 'Pass' },
  status_near: { zh: '接近线', en: 'Near' },
  status_fail: { zh: '未通过', en: 'Fail' },
  status_no_data: { zh: '无数据', en: 'No data' },
  status_not_applicable: { zh: '不适用', en: 'Not applicable' },
  risk_score: { zh: '风险得分', en: 'Risk score' },
  relapse_share: { zh: '监测户占比', en: 'Monitored share' },
  relapse_status: { zh: '防返贫观察线', en: 'Relapse watch lines' },
} satisfies Record<string, LocalText>;

/** A key of MONITOR_STRINGS. */
export type MonitorStringKey = keyof typeof MONITOR_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function monitorText(lang: Lang, key: MonitorStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, MONITOR_STRINGS[key], params);
}
