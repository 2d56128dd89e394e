/** zh-CN / en strings of the ranking table. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string of the ranking table; {name} placeholders are filled by `rankingText`. */
export const RANKING_STRINGS = {
  title: { zh: '县域排名', en: 'County ranking' },
  titlePrefecture: { zh: '地市排名', en: 'Prefecture ranking' },
  titleProvince: { zh: '省份排名', en: 'Province ranking' },
  followsMap: { zh: '与地图 1 的层级一致（县值按指标的汇总方式合计）', en: 'at map 1’s level (county values aggregated as the indicator says)' },
  countPrefectures: { zh: '{n} 个地市，{missing} 个无数据', en: '{n} prefectures, {missing} without data' },
  countProvinces: { zh: '{n} 个省份，{missing} 个无数据', en: '{n} provinces, {missing} without data' },
  compareOnly: { zh: '仅对比组（{n}）', en: 'Comparison set only ({n})' },
  compareEmpty: { zh: '对比组为空：先在县情或排名中加入县', en: 'The comparison set is empty: add counties first' },
  zoomTo: { zh: '在地图上查看 {name}', en: 'Show {name} on the map' },
  indicator: { zh: '指标', en: 'Indicator' },
  by: { zh: '排序依据', en: 'Rank by' },
  byValue: { zh: '数值', en: 'Value' },
  byChange: { zh: '变化', en: 'Change' },
  year: { zh: '年份', en: 'Year' },
  fromYear: { zh: '起始年', en: 'From' },
  toYear: { zh: '结束年', en: 'To' },
  province: { zh: '省份', en: 'Province' },
  allProvinces: { zh: '全国', en: 'All China' },
  poverty: { zh: '国家级贫困县', en: 'Poverty counties' },
  povertyAll: { zh: '全部县', en: 'All counties' },
  povertyOnly: { zh: '仅国家级贫困县', en: 'Poverty counties only' },
  povertyNot: { zh: '仅非贫困县', en: 'Other counties only' },
  povertyExit: { zh: '{year} 年摘帽', en: 'Exited {year}' },
  order: { zh: '顺序', en: 'Order' },
  desc: { zh: '从高到低', en: 'High to low' },
  asc: { zh: '从低到高', en: 'Low to high' },
  export: { zh: '导出 CSV', en: 'Export CSV' },
  count: { zh: '{n} 个县，{missing} 个无数据', en: '{n} counties, {missing} without data' },
  rank: { zh: '排名', en: 'Rank' },
  adcode: { zh: '区划代码', en: 'Adcode' },
  county: { zh: '县', en: 'County' },
  prefecture: { zh: '地市', en: 'Prefecture' },
  provinceCol: { zh: '省份', en: 'Province' },
  value: { zh: '数值', en: 'Value' },
  change: { zh: '变化', en: 'Change' },
  unit: { zh: '单位', en: 'Unit' },
  noData: { zh: '无数据', en: 'no data' },
  addToCompare: { zh: '加入对比：{name}', en: 'Add to comparison: {name}' },
  inCompare: { zh: '已在对比中', en: 'In comparison' },
  loading: { zh: '加载数据…', en: 'Loading data…' },
  noDataset: { zh: '尚未加载数据集', en: 'No dataset loaded' },
  tableLabel: { zh: '{indicator}排名', en: 'Ranking by {indicator}' },
} satisfies Record<string, LocalText>;

/** A key of RANKING_STRINGS. */
export type RankingStringKey = keyof typeof RANKING_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function rankingText(lang: Lang, key: RankingStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, RANKING_STRINGS[key], params);
}
