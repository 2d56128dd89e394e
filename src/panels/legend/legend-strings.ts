/** zh-CN / en strings of the legend. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Region } from '../../model/rules/rule';

/** Strings of the legend panel. */
export const LEGEND_STRINGS = {
  legend: { zh: '图例', en: 'Legend' },
  noData: { zh: '无数据', en: 'No data' },
  units: { zh: '单位：{unit}', en: 'Unit: {unit}' },
  counted: { zh: '按{level}计（{n} 个）', en: 'By {level} ({n})' },
  histogram: { zh: '取值分布直方图', en: 'Histogram of values' },
  histogramDistance: { zh: '与标准线距离的分布（百分点）', en: 'Distance to the line (percentage points)' },
  pass: { zh: '达标（低于标准线 {m} 个百分点以上）', en: 'Pass (more than {m} pp below the line)' },
  near: { zh: '临界（标准线 ±{m} 个百分点内）', en: 'Near (within ±{m} pp of the line)' },
  fail: { zh: '未达标（高于标准线 {m} 个百分点以上）', en: 'Fail (more than {m} pp above the line)' },
  lines: { zh: '标准线：{lines}', en: 'Official line: {lines}' },
  highlightHint: { zh: '点击某一级以突出显示这些地区，再次点击取消', en: 'Click a class to highlight its areas; click again to clear' },
  loading: { zh: '更新中…', en: 'Updating…' },
  failed: { zh: '指标数据无法加载', en: 'The indicator could not be loaded' },
  fixedYears: { zh: '{years} 固定分级', en: 'Classes fixed across {years}' },
  perYear: { zh: '按 {year} 年分级', en: 'Classes of {year} only' },
  midpoint: { zh: '中点 {value}：两侧分色', en: 'Midpoint {value}: colours turn here' },
  sharedWith: { zh: '与窗格 {panes} 共用分级', en: 'Classes shared with pane {panes}' },
} satisfies Record<string, LocalText>;

/** Region names for the official lines. */
export const REGION_NAMES: Record<Region, LocalText> = {
  east: { zh: '东部', en: 'east' },
  central: { zh: '中部', en: 'central' },
  west: { zh: '西部', en: 'west' },
};
