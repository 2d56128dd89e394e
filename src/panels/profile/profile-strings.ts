/** zh-CN / en strings of the county profile. */
import type { LocalText } from '../../model/indicators/dataset';

/** Strings of the profile panel. */
export const PROFILE_STRINGS = {
  title: { zh: '县情档案', en: 'County profile' },
  close: { zh: '关闭档案', en: 'Close profile' },
  prefecture: { zh: '地市', en: 'Prefecture' },
  province: { zh: '省份', en: 'Province' },
  region: { zh: '区域', en: 'Region' },
  designation: { zh: '国家级贫困县', en: 'National poverty county' },
  exitYear: { zh: '摘帽年份', en: 'Exit year' },
  listedAs: { zh: '名单所列', en: 'Listed as' },
  approximate: {
    zh: '近似值：该县的普查单元在 2016 年后合并或拆分，数值按人口加权折算到 2016 年边界（见数据说明）',
    en: 'Approximate: this county’s census unit was merged or split after 2016; values are population-weighted onto the 2016 boundary (see the data README)',
  },
  indicators: { zh: '{year} 年指标', en: 'Indicators in {year}' },
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '数值', en: 'Value' },
  rankProvince: { zh: '省内排名', en: 'In province' },
  rankNation: { zh: '全国排名', en: 'Nationally' },
  trend: { zh: '走势', en: 'Trend' },
  rankOf: { zh: '{rank}/{of}', en: '{rank} of {of}' },
  rankNote: { zh: '排名第 1 为最优（按指标方向）', en: 'Rank 1 is best (by the indicator’s direction)' },
  noData: { zh: '无数据', en: 'No data' },
  loading: { zh: '加载中…', en: 'Loading…' },
  exitCheck: { zh: '{year} 年贫困县退出检查', en: 'County exit check, {year}' },
  margin: { zh: '临界区间（百分点）', en: 'Near margin (pp)' },
  notInForce: { zh: '该标准实行于 {from}–{to} 年，此处仅作参考', en: 'This rule was in force {from}–{to}; shown for reference' },
  pass: { zh: '达标', en: 'Pass' },
  near: { zh: '临界', en: 'Near' },
  fail: { zh: '未达标', en: 'Fail' },
  no_data: { zh: '无数据', en: 'No data' },
  not_available: { zh: '示例数据不含此项', en: 'Not available in the sample' },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
  distance: { zh: '{value}（标准线 {op} {line}，差 {distance} 个百分点）', en: '{value} (line {op} {line}; {distance} pp)' },
  unknownCounty: { zh: '未知的县：{adcode}', en: 'Unknown county: {adcode}' },
} satisfies Record<string, LocalText>;
