/** zh-CN / en strings of a pane's compact title. */
import type { LocalText } from '../../model/indicators/dataset';

/** Strings of the pane title. */
export const PANE_TITLE_STRINGS = {
  pane: { zh: '窗格 {n}', en: 'Pane {n}' },
  noIndicator: { zh: '按省份着色', en: 'Coloured by province' },
  yearOf: { zh: '{year} 年', en: '{year}' },
  follows: { zh: '随时间轴', en: 'follows the timeline' },
  label: { zh: '窗格 {n}：{title}', en: 'Pane {n}: {title}' },
  yearControl: { zh: '窗格 {n} 的年份', en: 'Year of pane {n}' },
  yearControlTitle: {
    zh: '本窗格自选年份；选与窗格 1 相同的年份则随时间轴',
    en: 'This pane’s own year; pick pane 1’s year to follow the timeline again',
  },
} satisfies Record<string, LocalText>;
