/** zh-CN / en strings of a pane's compact title. */
import type { LocalText } from '../../model/indicators/dataset';

/** Strings of the pane title. */
export const PANE_TITLE_STRINGS = {
  pane: { zh: '窗格 {n}', en: 'Pane {n}' },
  noIndicator: { zh: '按省份着色', en: 'Coloured by province' },
  yearOf: { zh: '{year} 年', en: '{year}' },
  follows: { zh: '随时间轴', en: 'follows the timeline' },
  label: { zh: '窗格 {n}：{title}', en: 'Pane {n}: {title}' },
} satisfies Record<string, LocalText>;
