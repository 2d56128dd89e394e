/** zh-CN / en strings of export and sharing: the map image, saved views and the project file. */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { fillText } from '../../i18n/translate';

/** Every string of the export and sharing features; {name} placeholders are filled by `exportText`. */
export const EXPORT_STRINGS = {
  share: { zh: '导出与分享', en: 'Export and share' },
  // Map image
  openImage: { zh: '导出图片 PNG、保存视图与项目文件', en: 'Export PNG image, saved views and project file' },
  imageTitle: { zh: '导出地图图片（PNG）', en: 'Export map image (PNG)' },
  titleLabel: { zh: '图片标题', en: 'Image title' },
  width: { zh: '宽度（像素）', en: 'Width (pixels)' },
  custom: { zh: '自定义', en: 'Custom' },
  customWidth: { zh: '自定义宽度', en: 'Custom width' },
  aspect: { zh: '宽高比', en: 'Aspect' },
  aspectView: { zh: '与当前屏幕相同', en: 'As on screen' },
  aspectA4: { zh: 'A4 横向', en: 'A4 landscape' },
  sizeLine: { zh: '输出 {w} × {h} 像素', en: 'Output {w} × {h} pixels' },
  widthNotANumber: { zh: '宽度须为整数像素', en: 'The width must be a whole number of pixels' },
  widthTooSmall: { zh: '宽度至少 {min} 像素', en: 'The width must be at least {min} pixels' },
  widthTooLarge: { zh: '宽度至多 {max} 像素', en: 'The width can be at most {max} pixels' },
  start: { zh: '生成 PNG', en: 'Make PNG' },
  cancel: { zh: '取消', en: 'Cancel' },
  close: { zh: '关闭', en: 'Close' },
  progress: { zh: '正在绘制地图 {done}/{total}', en: 'Drawing the map {done}/{total}' },
  done: { zh: '已生成 {file}（{w} × {h}）', en: 'Saved {file} ({w} × {h})' },
  cancelled: { zh: '已取消导出', en: 'Export cancelled' },
  failedNotReady: { zh: '窗格 {n} 的地图尚未绘制完成，请稍后再试', en: 'The map of pane {n} has not finished drawing; try again shortly' },
  failedBlank: { zh: '窗格 {n} 的地图绘制为空白，未生成图片', en: 'The map of pane {n} came out blank; no image was made' },
  failedOther: { zh: '无法生成图片：{reason}', en: 'The image could not be made: {reason}' },
  date: { zh: '导出日期 {date}', en: 'Exported {date}' },
  north: { zh: '北', en: 'N' },
  year: { zh: '{year} 年', en: '{year}' },
  byProvince: { zh: '按省份着色', en: 'Coloured by province' },
  unit: { zh: '单位：{unit}', en: 'Unit: {unit}' },
  sourceLine: { zh: '{dataset}：{indicator}，来源 {source}，{vintage}', en: '{dataset}: {indicator}, source {source}, {vintage}' },
  boundaryLine: { zh: '边界：县级行政区划（约 2016 年）', en: 'Boundaries: county-level divisions (c. 2016)' },
  // Saved views
  views: { zh: '保存的视图', en: 'Saved views' },
  viewName: { zh: '视图名称', en: 'View name' },
  saveView: { zh: '保存当前视图', en: 'Save this view' },
  defaultViewName: { zh: '视图 {n}', en: 'View {n}' },
  open: { zh: '打开', en: 'Open' },
  rename: { zh: '重命名', en: 'Rename' },
  renameTo: { zh: '新名称', en: 'New name' },
  remove: { zh: '删除', en: 'Delete' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkCopied: { zh: '链接已复制', en: 'Link copied' },
  linkShown: { zh: '请手动复制此链接', en: 'Copy this link by hand' },
  noViews: { zh: '尚无保存的视图', en: 'No saved views yet' },
  viewSaved: { zh: '已保存视图“{name}”', en: 'Saved the view “{name}”' },
  viewSaveFailed: { zh: '视图无法保存：{reason}', en: 'The view could not be saved: {reason}' },
  viewsUnreadable: { zh: '{n} 个保存的视图无法读取，已跳过：{detail}', en: '{n} saved views could not be read and were skipped: {detail}' },
  savedAt: { zh: '保存于 {time}', en: 'Saved {time}' },
  thumbnail: { zh: '“{name}”的缩略图', en: 'Thumbnail of “{name}”' },
  // County brief
  briefOpen: { zh: '县域简报（A4 打印）', en: 'County brief (print A4)' },
  briefTitle: { zh: '{county}县域简报', en: 'County brief: {county}' },
  briefPrint: { zh: '打印或存为 PDF', en: 'Print or save as PDF' },
  briefMeta: { zh: '{province} · {prefecture} · 数据年份 {year} 年 · {date}', en: '{province} · {prefecture} · data year {year} · {date}' },
  briefInset: { zh: '{county}在{prefecture}的位置（颜色同窗格 1）', en: '{county} in {prefecture} (colours as in pane 1)' },
  briefInsetPending: { zh: '正在绘制地图…', en: 'Drawing the map…' },
  briefInsetFailed: { zh: '地图暂不可用', en: 'The map is not available' },
  briefSources: { zh: '数据来源', en: 'Sources' },
  briefPartners: { zh: '东西部协作（{structure} 年结对）', en: 'East–west partnership ({structure} pairings)' },
  briefPartnersNone: { zh: '本县不在东西部协作的西部结对范围内。', en: 'This county is not on the western side of an east–west pairing.' },
  briefPartnersLoading: { zh: '正在加载协作数据…', en: 'Loading the partnership data…' },
  briefEastCounties: { zh: '携手结对县：{list}', en: 'Paired counties: {list}' },
  briefFlowsYear: { zh: '{year} 年协作资金与成效', en: 'Flows in {year}' },
  briefNoFlows: { zh: '该结对暂无协作数据', en: 'No flows recorded for this pairing' },
  // Project file
  project: { zh: '项目文件', en: 'Project file' },
  projectHint: {
    zh: '一个 Tandem 项目文件（JSON）保存当前视图、保存的视图和导入的数据集，可在另一台电脑的浏览器中打开。',
    en: 'One .tandem.json file holds the current view, the saved views and the imported datasets; open it in another browser.',
  },
  exportProject: { zh: '导出项目文件', en: 'Export project file' },
  openProject: { zh: '打开项目文件', en: 'Open project file' },
  projectSaved: { zh: '已导出 {file}', en: 'Exported {file}' },
  projectInvalid: { zh: '项目文件无效，未做任何更改：{reason}', en: 'The project file is not valid; nothing was changed: {reason}' },
  projectConflicts: {
    zh: '以下数据集的 ID 已存在：{ids}。导入时将作为副本（新 ID）加入，现有数据集不会被覆盖。',
    en: 'These dataset ids are already in use: {ids}. They will be added as copies (new ids); the existing datasets are not overwritten.',
  },
  projectSummary: {
    zh: '将导入：视图 {view}，保存的视图 {views} 个，数据集 {datasets} 个',
    en: 'To import: view {view}, {views} saved views, {datasets} datasets',
  },
  projectMatchingTables: {
    zh: '匹配用的劳务与产业表格 {n} 个：将替换当前使用的同类表格（先经核对，不合适则保留现有表格）',
    en: '{n} labour and industry tables for the matching: they replace the tables of the same kind in use (checked first; if they do not fit, the tables in use stay)',
  },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  importProject: { zh: '导入', en: 'Import' },
  projectImported: { zh: '已导入项目文件 {file}', en: 'Imported the project file {file}' },
  projectPartly: { zh: '项目文件已导入，但有部分内容未能保存：{detail}', en: 'The project file was imported, but some parts could not be stored: {detail}' },
  sectionsSkipped: { zh: '跳过了此版本不认识的部分：{ids}', en: 'Skipped parts this version does not know: {ids}' },
} satisfies Record<string, LocalText>;

/** A key of EXPORT_STRINGS. */
export type ExportStringKey = keyof typeof EXPORT_STRINGS;

/** The string in the language with its {placeholders} filled. */
export function exportText(lang: Lang, key: ExportStringKey, params?: Record<string, string | number>): string {
  return fillText(lang, EXPORT_STRINGS[key], params);
}
