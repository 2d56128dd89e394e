/** zh-CN / en strings of the national summary shown in the county column while no county is focused. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string; {name} placeholders are filled by `summaryText`. */
export const NATIONAL_SUMMARY_STRINGS = {
  hint: { zh: '点击地图上的县，或在上方搜索县名，查看县情档案。', en: 'Click a county on the map, or search for one above, to see its profile.' },
  title: { zh: '全国概览', en: 'National summary' },
  heading: { zh: '{indicator} · {year} 年', en: '{indicator} · {year}' },
  figure_sum: { zh: '全国合计', en: 'National total' },
  figure_mean: { zh: '各县平均', en: 'Mean of counties' },
  figure_weighted_mean: { zh: '全国（加权平均）', en: 'National (weighted mean)' },
  figure_median: { zh: '各县中位数', en: 'Median county' },
  figure_min: { zh: '最低县', en: 'Lowest county' },
  figure_max: { zh: '最高县', en: 'Highest county' },
  counted: { zh: '{n} 个县有数据，{missing} 个无数据', en: '{n} counties with data, {missing} without' },
  distribution: { zh: '各县数值分布', en: 'Distribution of county values' },
  bar: { zh: '{from} – {to}：{n} 个县', en: '{from} – {to}: {n} counties' },
  highest: { zh: '最高', en: 'Highest' },
  lowest: { zh: '最低', en: 'Lowest' },
  openCounty: { zh: '查看{name}的县情档案', en: 'Open the profile of {name}' },
  loading: { zh: '正在载入指标数值…', en: 'Loading the indicator’s values…' },
  noData: { zh: '该年份没有县级数值。', en: 'No county values for this year.' },
} satisfies Record<string, LocalText>;

/** A key of NATIONAL_SUMMARY_STRINGS. */
export type SummaryStringKey = keyof typeof NATIONAL_SUMMARY_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function summaryText(lang: Lang, key: SummaryStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, NATIONAL_SUMMARY_STRINGS[key], params);
}
