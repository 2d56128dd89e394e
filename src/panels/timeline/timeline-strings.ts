/** zh-CN / en strings of the year slider. */
import type { LocalText } from '../../model/indicators/dataset';

/** Strings of the timeline. */
export const TIMELINE_STRINGS = {
  label: { zh: '年份', en: 'Year' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  speed: { zh: '速度', en: 'Speed' },
  speedValue: { zh: '{n} 年/秒', en: '{n} yr/s' },
  onlyYear: { zh: '仅有 {year} 年数据', en: 'Data for {year} only' },
  drives: { zh: '带动窗格 {panes}', en: 'Moves pane {panes}' },
  drivesTitle: { zh: '时间轴改变这些窗格的年份；其他窗格保持各自的年份', en: 'The timeline sets the year of these panes; the others keep their own year' },
  all: { zh: '所有窗格跟随', en: 'All panes follow' },
  allTitle: { zh: '所有窗格跟随时间轴', en: 'All panes follow the timeline' },
  keys: { zh: '← → 切换年份，空格播放/暂停', en: '← → change year, Space play/pause' },
} satisfies Record<string, LocalText>;
