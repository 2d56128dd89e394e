/** zh-CN / en strings of the comparison panels (development paths, comparison set, add-to-compare button). */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string of the comparison panels; {name} placeholders are filled by `compareText`. */
export const COMPARE_STRINGS = {
  title: { zh: '发展路径', en: 'Development paths' },
  setTitle: { zh: '对比集 ({n}/{max})', en: 'Comparison set ({n}/{max})' },
  setEmpty: { zh: '对比集为空：在地图上选择县后点“加入对比”，或搜索、使用智能组合。', en: 'The comparison set is empty: select a county on the map and press “Add to comparison”, or search, or use a smart set.' },
  clear: { zh: '清空', en: 'Clear' },
  remove: { zh: '移出对比：{name}', en: 'Remove from comparison: {name}' },
  add: { zh: '加入对比', en: 'Add to comparison' },
  inSet: { zh: '已在对比中', en: 'In comparison' },
  setFull: { zh: '对比集已满（最多 {max} 个）', en: 'Comparison set full (at most {max})' },
  searchLabel: { zh: '搜索县加入对比', en: 'Search a county to compare' },
  searchPlaceholder: { zh: '县名或拼音…', en: 'County name or pinyin…' },
  noResult: { zh: '无匹配的县', en: 'No matching county' },
  smartSets: { zh: '智能组合（以 {name} 为基准）', en: 'Smart sets (based on {name})' },
  smartNeedsTarget: { zh: '先选择或加入一个县，作为智能组合的基准。', en: 'Select or add a county first to base smart sets on.' },
  samePrefecture: { zh: '同地市', en: 'Same prefecture' },
  sameProvince: { zh: '同省', en: 'Same province' },
  exitCohort: { zh: '同省同年摘帽的贫困县', en: 'Same-year exits in the province' },
  exitCohortTitle: { zh: '真实名单：本省与该县同年摘帽的国家级贫困县', en: 'Real list: national poverty counties of the province that exited in the same year' },
  partners: { zh: '结对地区', en: 'Pairing partners' },
  partnersNone: { zh: '无结对关系', en: 'No pairing' },
  similar: { zh: '最相似的 {k} 个县', en: '{k} most similar counties' },
  similarBy: { zh: '按指标（{year} 年）', en: 'By indicators ({year})' },
  similarK: { zh: '数量 k', en: 'Count k' },
  addedSome: { zh: '已加入 {n} 个县', en: 'Added {n} counties' },
  overflow: { zh: '另有 {n} 个因对比集已满未加入', en: '{n} more left out: the set is full' },
  skipped: { zh: '{n} 个县缺少所选指标数据，未参与比较', en: '{n} counties lack a chosen indicator and were skipped' },
  targetMissing: { zh: '{name} 在 {year} 年缺少：{indicators}', en: '{name} lacks in {year}: {indicators}' },
  noIndicators: { zh: '至少选择一个指标', en: 'Choose at least one indicator' },
  tabLines: { zh: '折线', en: 'Lines' },
  tabSlope: { zh: '斜率', en: 'Slope' },
  tabScatter: { zh: '散点轨迹', en: 'Scatter trails' },
  indicator: { zh: '指标', en: 'Indicator' },
  xIndicator: { zh: '横轴', en: 'X axis' },
  yIndicator: { zh: '纵轴', en: 'Y axis' },
  fromYear: { zh: '起始年', en: 'From' },
  toYear: { zh: '结束年', en: 'To' },
  year: { zh: '年份', en: 'Year' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  nationalMedian: { zh: '全国中位数', en: 'National median' },
  provinceMedian: { zh: '{province}中位数', en: '{province} median' },
  hoverForProvince: { zh: '指向某县显示其所在省中位数', en: 'Point at a county for its province median' },
  noData: { zh: '无数据', en: 'no data' },
  noDataYears: { zh: '{name}：{years} 无数据', en: '{name}: no data in {years}' },
  loading: { zh: '加载数据…', en: 'Loading data…' },
  noDataset: { zh: '尚未加载数据集', en: 'No dataset loaded' },
  commonYear: { zh: '默认年份 {year}：对比集内所有县均有数据的最近年份', en: 'Default year {year}: the latest year all counties in the set have data' },
  noCommonYear: { zh: '对比集内没有所有县都有数据的年份', en: 'No year in which every county of the set has data' },
  chartLabel: { zh: '{indicator}：{kind}', en: '{indicator}: {kind}' },
} satisfies Record<string, LocalText>;

/** A key of COMPARE_STRINGS. */
export type CompareStringKey = keyof typeof COMPARE_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function compareText(lang: Lang, key: CompareStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, COMPARE_STRINGS[key], params);
}
