/** zh-CN / en strings of the partnership panel, scorecard and arc tooltip. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string of the partnership feature; {name} placeholders are filled by `partnershipText`. */
export const PARTNERSHIP_STRINGS = {
  title: { zh: '东西部协作', en: 'East–west partnership' },
  loading: { zh: '正在加载协作数据…', en: 'Loading partnership data…' },
  loadError: { zh: '协作数据加载失败：{detail}', en: 'Partnership data failed to load: {detail}' },
  structure: { zh: '结对结构', en: 'Pairing structure' },
  structureYear: { zh: '{year} 年结构', en: '{year} structure' },
  pairingsAreFacts: {
    zh: '结对关系为政策事实，来源：{source}（{date}）',
    en: 'The pairings are policy facts, source: {source} ({date})',
  },
  eastFilter: { zh: '东部协作方', en: 'Eastern partner' },
  westFilter: { zh: '西部协作方', en: 'Western partner' },
  westGroupProvinces: { zh: '西部省区市', en: 'Western provinces' },
  westGroupPrefectures: { zh: '单独结对的市州', en: 'Cities and prefectures paired on their own' },
  westToEastShort: { zh: '西部→东部', en: 'west → east' },
  reverseNote: {
    zh: '此指标由西部流向东部（如劳务输出到东部就业），弧线从西部一端出发',
    en: 'This measure flows from west to east (e.g. workers taking jobs in the east): its arcs start at the western end',
  },
  all: { zh: '全部', en: 'All' },
  level: { zh: '层级', en: 'Level' },
  levelAll: { zh: '全部层级', en: 'All levels' },
  levelProvince: { zh: '省—省', en: 'Province to province' },
  levelPrefecture: { zh: '市州结对', en: 'City / prefecture pairs' },
  levelCounty: { zh: '县—县（携手奔小康）', en: 'County to county (hand in hand to prosperity)' },
  measure: { zh: '流量指标', en: 'Flow measure' },
  arcsOn: { zh: '在地图 1 显示协作弧线', en: 'Show partnership arcs on map 1' },
  animate: { zh: '流动动画（大屏可关闭）', en: 'Animated flow (switch off for a wall)' },
  arcCount: { zh: '绘制 {n} 条弧线（省 {province}，市州 {prefecture}，县 {county}）', en: '{n} arcs drawn (province {province}, prefecture {prefecture}, county {county})' },
  countyArcsThinned: { zh: '县—县弧线在放大或筛选后绘制', en: 'county arcs are drawn once zoomed in or filtered' },
  unresolved: { zh: '{n} 处地名未能匹配边界，未绘制', en: '{n} places did not match a boundary and are not drawn' },
  yearShown: { zh: '流量年份：{year}', en: 'Flow year: {year}' },
  yearNearest: {
    zh: '地图年份 {paneYear} 无 {structure} 年结构的流量，显示最近的 {year} 年',
    en: 'Map year {paneYear} has no flows under the {structure} structure; showing the nearest, {year}',
  },
  legendTitle: { zh: '协作弧线', en: 'Partnership arcs' },
  legendColour: { zh: '颜色：东部协作省份', en: 'Colour: eastern partner province' },
  legendWidth: { zh: '宽度：{measure}（{unit}），平方根比例，各年同一标尺', en: 'Width: {measure} ({unit}), square-root scale, the same for every year' },
  legendFadeEastToWest: { zh: '由东部流向西部：弧线向西部一端渐淡', en: 'Flows east to west: each arc fades towards its western end' },
  legendFadeWestToEast: { zh: '由西部流向东部：弧线向东部一端渐淡', en: 'Flows west to east: each arc fades towards its eastern end' },
  legendSameYear: { zh: '流量与地图均为 {year} 年', en: 'Flows and map both show {year}' },
  legendYears: { zh: '弧线为 {flow} 年流量，地图为 {map} 年', en: 'Arcs show {flow} flows; the map shows {map}' },
  legendThinned: {
    zh: '全国视图只画结对弧线（含其县—县结对）；放大或筛选后显示县—县弧线',
    en: 'At the national view only pairing arcs are drawn (they hold their county pairs); zoom in or filter for county arcs',
  },
  direction: { zh: '流向', en: 'Direction' },
  eastToWest: { zh: '东部 → 西部', en: 'East → west' },
  westToEast: { zh: '西部 → 东部', en: 'West → east' },
  countyOnlyPair: {
    zh: '该指标没有县—县数值，县级弧线按最细宽度绘制',
    en: 'This measure has no county-pair figures; county arcs are drawn at the thinnest width',
  },
  pairs: { zh: '结对关系（{n}）', en: 'Pairings ({n})' },
  countyPairs: { zh: '县—县结对（{n}）', en: 'County pairs ({n})' },
  colEast: { zh: '东部县（区）', en: 'Eastern county' },
  colWest: { zh: '西部县', en: 'Western county' },
  colEastCode: { zh: '东部县代码', en: 'Eastern county code' },
  colWestCode: { zh: '西部县代码', en: 'Western county code' },
  colPair: { zh: '所属结对', en: 'Pairing' },
  colValue: { zh: '数值', en: 'Figure' },
  colUnit: { zh: '单位', en: 'Unit' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  countyPairSelect: { zh: '在地图上突出 {pair} 并显示两端', en: 'Highlight {pair} on the map and show both ends' },
  countyPairClear: { zh: '取消突出 {pair}', en: 'Clear the highlight of {pair}' },
  pairLevelProvince: { zh: '省', en: 'province' },
  pairLevelPrefecture: { zh: '市州', en: 'prefecture' },
  openScorecard: { zh: '查看 {pair} 的协作成效', en: 'Open the scorecard of {pair}' },
  scorecard: { zh: '协作成效：{pair}', en: 'Scorecard: {pair}' },
  closeScorecard: { zh: '关闭', en: 'Close' },
  noYear: { zh: '该结对在 {year} 年没有流量（{structure} 年结构）', en: 'This pairing has no flows in {year} ({structure} structure)' },
  trendSince: { zh: '2016 年以来', en: 'Since 2016' },
  change: { zh: '较上年', en: 'vs previous year' },
  povertyTitle: { zh: '结对西部县贫困发生率（{n} 个县）', en: 'Poverty incidence of the paired western counties ({n})' },
  povertyMean: { zh: '平均 {value}%（{year} 年），2016 年 {base}%', en: 'Mean {value}% ({year}), {base}% in 2016' },
  povertyNone: { zh: '没有结对县或贫困发生率数据', en: 'No paired counties or poverty figures' },
  county: { zh: '县', en: 'County' },
  sampleNote: {
    zh: '流量数字为随机生成的示例数据；结对关系为真实政策',
    en: 'The flow figures are generated sample data; the pairings are real policy',
  },
  hoverYear: { zh: '{year} 年', en: '{year}' },
  countyPair: { zh: '县—县结对', en: 'County pair' },
  ofPair: { zh: '所属：{pair}', en: 'Part of {pair}' },
  noValue: { zh: '无数据', en: 'No figure' },
} satisfies Record<string, LocalText>;

/** A key of the partnership strings. */
export type PartnershipStringKey = keyof typeof PARTNERSHIP_STRINGS;

/** Looks up a partnership string and fills its {placeholders}. */
export function partnershipText(lang: Lang, key: PartnershipStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, PARTNERSHIP_STRINGS[key], params);
}
