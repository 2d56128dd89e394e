/**
 * Interface strings, zh-CN first (the default) and en second. Keys are grouped by area; features add their keys
 * here so one file shows what the interface says in both languages.
 */
export const messages = {
  'app.title': { zh: '协同 · 县域协作地图', en: 'Tandem · County coordination map' },
  'app.loadingPanel': { zh: '正在加载…', en: 'Loading…' },
  'app.loading': { zh: '正在加载县域边界…', en: 'Loading county boundaries…' },
  'app.noWebgl': {
    zh: '此浏览器或设备不支持 WebGL2，无法绘制地图。请使用新版 Chrome、Edge 或 Firefox，或在显卡设置中启用硬件加速。',
    en: 'This browser or device does not support WebGL2, so the map cannot be drawn. Use a recent Chrome, Edge or Firefox, or enable hardware acceleration.',
  },
  'app.loadError': { zh: '数据加载失败：{detail}', en: 'Failed to load data: {detail}' },
  'app.contextLost': { zh: '图形上下文丢失，正在恢复…', en: 'Graphics context lost, restoring…' },
  'app.nonStandardMap': { zh: '非标准地图，仅供内部分析', en: 'Not a standard map, for internal analysis only' },
  'app.boundaryVintage': { zh: '边界约 2016 年', en: 'Boundaries c. 2016' },
  'app.sampleData': { zh: '示例数据', en: 'Sample data' },
  'app.language': { zh: 'English', en: '中文' },
  'app.languageLabel': { zh: '切换语言', en: 'Switch language' },
  'url.notice': { zh: '链接中的部分参数无效，已使用默认值：{keys}', en: 'Some link parameters were invalid and replaced by defaults: {keys}' },
  'url.unknownCounties': { zh: '链接中有 {n} 个未知县代码，已忽略', en: '{n} unknown county codes in the link were ignored' },
  'notice.dismiss': { zh: '关闭', en: 'Dismiss' },

  'search.placeholder': { zh: '搜索省、市、县名或拼音…', en: 'Search province, city, county (name or pinyin)…' },
  'search.label': { zh: '搜索县', en: 'Search counties' },
  'search.noResult': { zh: '未找到', en: 'No match' },
  'province.label': { zh: '缩放到省', en: 'Zoom to province' },
  'province.all': { zh: '全国', en: 'All China' },

  'county.adcode': { zh: '代码', en: 'Adcode' },
  'county.prefecture': { zh: '地市', en: 'Prefecture' },
  'county.province': { zh: '省份', en: 'Province' },
  'selection.title': { zh: '已选县', en: 'Selected' },
  'selection.clear': { zh: '清除选择 (Esc)', en: 'Clear selection (Esc)' },
  'selection.count': { zh: '已选 {n} 个县', en: '{n} selected' },
  'selection.zoomTo': { zh: '缩放到', en: 'Zoom to' },

  'map.inset': { zh: '南海诸岛', en: 'South China Sea islands' },
  'map.scale': { zh: '比例尺', en: 'Scale' },
  'map.zoomIn': { zh: '放大', en: 'Zoom in' },
  'map.zoomOut': { zh: '缩小', en: 'Zoom out' },
  'map.resetView': { zh: '全国视图', en: 'National view' },
  'map.pane': { zh: '地图 {n}', en: 'Map {n}' },
  'tab.label': { zh: '面板', en: 'Panels' },
  'tab.county': { zh: '县情', en: 'County' },
  'tab.compare': { zh: '对比', en: 'Compare' },
  'tab.ranking': { zh: '排名', en: 'Ranking' },
  'tab.partnership': { zh: '东西部协作', en: 'Partnership' },
  'tab.data': { zh: '数据', en: 'Data' },
  'layout.label': { zh: '布局', en: 'Layout' },
  'layout.1': { zh: '单图', en: 'One map' },
  'layout.2h': { zh: '左右两图', en: 'Two side by side' },
  'layout.2v': { zh: '上下两图', en: 'Two stacked' },
  'layout.4': { zh: '四图', en: 'Four maps' },
  'layout.swipe': { zh: '卷帘对比', en: 'Swipe' },
  'layout.swipeHandle': { zh: '拖动卷帘分隔线（左右方向键微调）', en: 'Drag the swipe divider (arrow keys nudge it)' },
  'layers.label': { zh: '图层', en: 'Layers' },
  'layers.choropleth': { zh: '着色', en: 'Colours' },
  'layers.arcs': { zh: '协作连线', en: 'Pairing arcs' },
  'layers.labels': { zh: '地名', en: 'Names' },
  'link.label': { zh: '视图联动', en: 'Camera link' },
  'link.linked': { zh: '联动', en: 'Linked' },
  'link.zoom': { zh: '同缩放', en: 'Same zoom' },
  'link.independent': { zh: '独立', en: 'Independent' },
} as const;

/** A message key. */
export type MessageKey = keyof typeof messages;
