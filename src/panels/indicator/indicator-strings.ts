/** zh-CN / en strings of the indicator picker and classification controls (and the shared `pickText`). */
import type { IndicatorTheme, LocalText } from '../../model/indicators/dataset';
import { fillText } from '../../i18n/translate';
import type { ClassMethod, Lang, Level } from '../../model/view/view-state';

/** Picks a language's side of a bilingual text and fills its {name} placeholders. */
export function pickText(lang: Lang, text: LocalText, params?: Record<string, string | number>): string {
  return fillText(lang, text, params);
}

/** Strings of the indicator controls. */
export const INDICATOR_STRINGS = {
  controls: { zh: '指标与分级', en: 'Indicator & classes' },
  categorical: { zh: '分类图层：每个类别一种颜色（见图例）', en: 'Categorical layer: one colour per category (see the legend)' },
  indicator: { zh: '指标', en: 'Indicator' },
  none: { zh: '无（按省份着色）', en: 'None (colour by province)' },
  method: { zh: '分级方法', en: 'Method' },
  classes: { zh: '级数', en: 'Classes' },
  scheme: { zh: '配色', en: 'Colours' },
  breaks: { zh: '手动分界值', en: 'Manual breaks' },
  breaksHint: { zh: '用逗号分隔，例如 2, 5, 10', en: 'Comma-separated, e.g. 2, 5, 10' },
  breaksInvalid: { zh: '分界值须为数字', en: 'Breaks must be numbers' },
  level: { zh: '层级', en: 'Level' },
  perYear: { zh: '每年单独分级（相对视图）', en: 'Classes per year (relative view)' },
  midpoint: { zh: '以中点分色', en: 'Split colours at a midpoint' },
  midpointValue: { zh: '中点值', en: 'Midpoint' },
  ownClasses: { zh: '本窗格独立分级', en: 'Own classes for this pane' },
  loading: { zh: '加载中…', en: 'Loading…' },
  failed: { zh: '指标数据无法加载', en: 'The indicator could not be loaded' },
} satisfies Record<string, LocalText>;

/** Names of the classification methods (view-state names). */
export const METHOD_NAMES: Record<Exclude<ClassMethod, 'category'>, LocalText> = {
  quantile: { zh: '分位数', en: 'Quantile' },
  equal: { zh: '等间距', en: 'Equal interval' },
  jenks: { zh: '自然断点', en: 'Natural breaks' },
  manual: { zh: '手动', en: 'Manual' },
  threshold: { zh: '官方标准线', en: 'Official threshold' },
};

/** Names of the map levels. */
export const LEVEL_NAMES: Record<Level, LocalText> = {
  county: { zh: '县', en: 'County' },
  prefecture: { zh: '地市', en: 'Prefecture' },
  province: { zh: '省', en: 'Province' },
};

/** Names of the indicator themes (picker groups). */
export const THEME_NAMES: Record<IndicatorTheme, LocalText> = {
  poverty: { zh: '贫困', en: 'Poverty' },
  income: { zh: '收入', en: 'Income' },
  transport: { zh: '交通', en: 'Transport' },
  water: { zh: '饮水', en: 'Water' },
  network: { zh: '网络', en: 'Network' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗', en: 'Health' },
  ecology: { zh: '生态', en: 'Ecology' },
  partnership: { zh: '东西部协作', en: 'East–west partnership' },
  population: { zh: '人口', en: 'Population' },
  other: { zh: '其他', en: 'Other' },
};
