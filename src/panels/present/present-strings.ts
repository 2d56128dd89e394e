/** zh-CN / en strings of presentation mode, the storyboard editor, the command palette and the commands' names. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** A command's name, with the pinyin of the Chinese (syllables apart) for the palette's search. */
export interface CommandText extends LocalText {
  pinyin: string;
}

/** The names of the commands (src/app/commands/app-commands.ts), by command id. */
export const COMMAND_LABELS = {
  'present.enter': { zh: '开始演示', en: 'Start presentation', pinyin: 'kai shi yan shi' },
  'present.leave': { zh: '退出演示', en: 'Leave presentation', pinyin: 'tui chu yan shi' },
  'present.next': { zh: '下一场景', en: 'Next scene', pinyin: 'xia yi chang jing' },
  'present.prev': { zh: '上一场景', en: 'Previous scene', pinyin: 'shang yi chang jing' },
  'present.first': { zh: '第一个场景', en: 'First scene', pinyin: 'di yi ge chang jing' },
  'present.last': { zh: '最后一个场景', en: 'Last scene', pinyin: 'zui hou yi ge chang jing' },
  'present.pause': { zh: '暂停或继续自动播放', en: 'Pause or resume autoplay', pinyin: 'zan ting huo ji xu zi dong bo fang' },
  'present.blank': { zh: '黑屏', en: 'Blank the screen', pinyin: 'hei ping' },
  'present.jump': { zh: '跳到第 {n} 个场景', en: 'Go to scene {n}', pinyin: 'tiao dao di ge chang jing' },
  'timeline.prev': { zh: '上一年', en: 'Previous year', pinyin: 'shang yi nian' },
  'timeline.next': { zh: '下一年', en: 'Next year', pinyin: 'xia yi nian' },
  'timeline.play': { zh: '播放或暂停时间轴', en: 'Play or pause the timeline', pinyin: 'bo fang huo zan ting shi jian zhou' },
  'selection.clear': { zh: '清除选择', en: 'Clear the selection', pinyin: 'qing chu xuan ze' },
  'layout.1': { zh: '布局：单图', en: 'Layout: single map', pinyin: 'bu ju dan tu' },
  'layout.2h': { zh: '布局：左右两图', en: 'Layout: side by side', pinyin: 'bu ju zuo you liang tu' },
  'layout.2v': { zh: '布局：上下两图', en: 'Layout: stacked', pinyin: 'bu ju shang xia liang tu' },
  'layout.4': { zh: '布局：四图', en: 'Layout: 2 × 2', pinyin: 'bu ju si tu' },
  'layout.4r': { zh: '布局：四图一行', en: 'Layout: 1 × 4', pinyin: 'bu ju si tu yi hang' },
  'layout.swipe': { zh: '卷帘对比', en: 'Swipe comparison', pinyin: 'juan lian dui bi' },
  'layout.inset': { zh: '显示或隐藏南海诸岛插图', en: 'Show or hide the South China Sea inset', pinyin: 'xian shi huo yin cang nan hai zhu dao cha tu' },
  'panes.linkAll': { zh: '联动所有窗格', en: 'Link all panes', pinyin: 'lian dong suo you chuang ge' },
  'tab.open': { zh: '打开面板：{tab}', en: 'Open panel: {tab}', pinyin: 'da kai mian ban' },
  'zoom.province': { zh: '缩放到{name}', en: 'Zoom to {name}', pinyin: 'suo fang dao' },
  'zoom.china': { zh: '显示全国', en: 'Show all of China', pinyin: 'xian shi quan guo' },
  'lang.toggle': { zh: '切换界面语言', en: 'Switch the interface language', pinyin: 'qie huan jie mian yu yan' },
  'story.addScene': { zh: '将当前视图添加为场景', en: 'Add the current view as a scene', pinyin: 'jiang dang qian shi tu tian jia wei chang jing' },
  'story.export': { zh: '导出故事板', en: 'Export the storyboard', pinyin: 'dao chu gu shi ban' },
  'story.import': { zh: '导入故事板', en: 'Import a storyboard', pinyin: 'dao ru gu shi ban' },
  'story.open': { zh: '打开故事板面板', en: 'Open the storyboard panel', pinyin: 'da kai gu shi ban mian ban' },
  'palette.open': { zh: '命令面板', en: 'Command palette', pinyin: 'ming ling mian ban' },
} satisfies Record<string, CommandText>;

/** A command-label key. */
export type CommandLabelKey = keyof typeof COMMAND_LABELS;

/** Every other string of presentation mode and the storyboard editor. */
export const PRESENT_STRINGS = {
  present: { zh: '演示', en: 'Present' },
  presentTitle: { zh: '在大屏上演示故事板（F5 或 P 键）', en: 'Present the storyboard on a wall (F5 or P)' },
  sceneOf: { zh: '场景 {n}/{total}', en: 'Scene {n} of {total}' },
  paused: { zh: '已暂停', en: 'Paused' },
  sample: { zh: '示例数据', en: 'Sample data' },
  nonStandard: { zh: '非标准地图，仅供内部分析', en: 'Not a standard map; for internal analysis only' },
  vintage: { zh: '边界 {vintage} 年', en: 'Boundaries {vintage}' },
  leave: { zh: '退出演示（Esc）', en: 'Leave (Esc)' },
  keysHint: { zh: '→ 下一场景 · ← 上一场景 · P 暂停 · B 黑屏 · Esc 退出', en: '→ next · ← previous · P pause · B blank · Esc leave' },
  paneError: { zh: '此窗格出错，其他窗格照常运行', en: 'This pane failed; the others keep running' },
  paneRetry: { zh: '重试', en: 'Retry' },
  storyboard: { zh: '故事板', en: 'Storyboard' },
  storyTab: { zh: '简报', en: 'Story' },
  storyboardPick: { zh: '故事板', en: 'Storyboard' },
  newStoryboard: { zh: '新建故事板', en: 'New storyboard' },
  newStoryboardTitle: { zh: '我的简报', en: 'My briefing' },
  deleteStoryboard: { zh: '删除故事板', en: 'Delete storyboard' },
  demoReadOnly: { zh: '示例故事板只读：添加场景时会复制为您自己的故事板', en: 'The demo is read-only: adding a scene copies it into a storyboard of your own' },
  addScene: { zh: '添加当前视图', en: 'Add current view' },
  newSceneTitle: { zh: '场景 {n}', en: 'Scene {n}' },
  show: { zh: '显示', en: 'Show' },
  presentFrom: { zh: '从此演示', en: 'Present from here' },
  duplicate: { zh: '复制', en: 'Duplicate' },
  remove: { zh: '删除', en: 'Delete' },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  reorderHint: { zh: '拖动或按 Alt+↑/↓ 调整顺序', en: 'Drag, or Alt+↑/↓, to reorder' },
  title: { zh: '标题', en: 'Title' },
  note: { zh: '说明', en: 'Note' },
  dwell: { zh: '停留（秒）', en: 'Dwell (s)' },
  callouts: { zh: '标注', en: 'Callouts' },
  calloutAdd: { zh: '标注所选县', en: 'Call out the selected counties' },
  calloutNone: { zh: '无标注：在地图上选择县后点“标注所选县”', en: 'No callouts: select counties on the map, then “Call out”' },
  calloutYear: { zh: '（{year} 年）', en: ' ({year})' },
  calloutText: { zh: '标注文字（留空则显示县名）', en: 'Label (empty = the county name)' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  importJson: { zh: '导入 JSON', en: 'Import JSON' },
  imported: { zh: '已导入故事板“{title}”（{n} 个场景）', en: 'Imported storyboard “{title}” ({n} scenes)' },
  importFailed: { zh: '故事板文件无效，未作任何更改：{error}', en: 'Storyboard file not valid; nothing was changed: {error}' },
  savedFailed: { zh: '故事板未能保存到本浏览器：{error}', en: 'The storyboard could not be saved in this browser: {error}' },
  skipped: { zh: '已跳过损坏的故事板记录：{detail}', en: 'Skipped a damaged storyboard record: {detail}' },
  palette: { zh: '命令面板', en: 'Command palette' },
  paletteSearch: { zh: '搜索命令（中文、拼音或英文）', en: 'Search commands (English, Chinese or pinyin)' },
  paletteEmpty: { zh: '没有匹配的命令', en: 'No matching command' },
  contextRestored: { zh: '地图图形已恢复', en: 'Map graphics restored' },
} satisfies Record<string, LocalText>;

/** A present-string key. */
export type PresentStringKey = keyof typeof PRESENT_STRINGS;

/** A present string in the interface language. */
export function presentText(lang: Lang, key: PresentStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, PRESENT_STRINGS[key], params);
}

/** A command's name in the interface language. */
export function commandText(lang: Lang, key: CommandLabelKey, params?: Record<string, string | number>): string {
  return fillText(lang, COMMAND_LABELS[key], params);
}
