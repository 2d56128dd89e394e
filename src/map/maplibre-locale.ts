/**
 * maplibre's own interface strings (control titles, the canvas's aria-label, scale units) in the interface language,
 * so a zh-CN page shows no "Zoom in". maplibre reads its `locale` option when a control is built; a language switch
 * afterwards patches the table and the titles already in the DOM (the map itself stays: its WebGL context is costly).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../model/view/view-state';
import type { LocalText } from '../model/indicators/dataset';
import { localText } from '../i18n/translate';

/** Every maplibre UI string the panes can show, by maplibre's id. */
export const MAPLIBRE_STRINGS: Readonly<Record<string, LocalText>> = {
  'AttributionControl.ToggleAttribution': { zh: '显示或隐藏数据来源', en: 'Toggle attribution' },
  'AttributionControl.MapFeedback': { zh: '地图反馈', en: 'Map feedback' },
  'FullscreenControl.Enter': { zh: '全屏', en: 'Enter fullscreen' },
  'FullscreenControl.Exit': { zh: '退出全屏', en: 'Exit fullscreen' },
  'GeolocateControl.FindMyLocation': { zh: '定位我的位置', en: 'Find my location' },
  'GeolocateControl.LocationNotAvailable': { zh: '无法获取位置', en: 'Location not available' },
  'LogoControl.Title': { zh: 'MapLibre 标志', en: 'MapLibre logo' },
  'Map.Title': { zh: '地图', en: 'Map' },
  'Marker.Title': { zh: '地图标记', en: 'Map marker' },
  'NavigationControl.ResetBearing': { zh: '拖动旋转地图，点击恢复正北', en: 'Drag to rotate map, click to reset north' },
  'NavigationControl.ZoomIn': { zh: '放大', en: 'Zoom in' },
  'NavigationControl.ZoomOut': { zh: '缩小', en: 'Zoom out' },
  'Popup.Close': { zh: '关闭', en: 'Close popup' },
  'ScaleControl.Feet': { zh: '英尺', en: 'ft' },
  'ScaleControl.Meters': { zh: '米', en: 'm' },
  'ScaleControl.Kilometers': { zh: '公里', en: 'km' },
  'ScaleControl.Miles': { zh: '英里', en: 'mi' },
  'ScaleControl.NauticalMiles': { zh: '海里', en: 'nm' },
  'GlobeControl.Enable': { zh: '启用地球视图', en: 'Enable globe' },
  'GlobeControl.Disable': { zh: '关闭地球视图', en: 'Disable globe' },
  'TerrainControl.Enable': { zh: '启用地形', en: 'Enable terrain' },
  'TerrainControl.Disable': { zh: '关闭地形', en: 'Disable terrain' },
  'CooperativeGesturesHandler.WindowsHelpText': { zh: '按住 Ctrl 并滚动以缩放地图', en: 'Use Ctrl + scroll to zoom the map' },
  'CooperativeGesturesHandler.MacHelpText': { zh: '按住 ⌘ 并滚动以缩放地图', en: 'Use ⌘ + scroll to zoom the map' },
  'CooperativeGesturesHandler.MobileHelpText': { zh: '用两根手指移动地图', en: 'Use two fingers to move the map' },
};

/** maplibre's `locale` option for a language. */
export function maplibreLocale(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(MAPLIBRE_STRINGS).map(([id, text]) => [id, localText(lang, text)]));
}

/** Where maplibre put a string into the DOM when it built a control: selector, string id. */
const TITLED_ELEMENTS: ReadonlyArray<readonly [string, string]> = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-fullscreen', 'FullscreenControl.Enter'],
];

/** Switches a live map's UI strings: the table later lookups read, and the titles maplibre already wrote. */
export function applyMaplibreLocale(map: MaplibreMap, lang: Lang): void {
  const locale = maplibreLocale(lang);
  Object.assign(map._locale, locale);
  const container = map.getContainer();
  for (const [selector, id] of TITLED_ELEMENTS) {
    const text = locale[id];
    if (!text) continue;
    container.querySelectorAll(selector).forEach((el) => {
      el.setAttribute('title', text);
      el.setAttribute('aria-label', text);
    });
  }
  const canvas = map.getCanvas();
  if (canvas.hasAttribute('aria-label')) canvas.setAttribute('aria-label', locale['Map.Title'] ?? '');
  container.querySelectorAll('[aria-label="Map"], [aria-label="地图"]').forEach((el) => el.setAttribute('aria-label', locale['Map.Title'] ?? ''));
  // The scale control rewrites its unit on the next move from the patched table; switch the one on screen now.
  const units = Object.keys(MAPLIBRE_STRINGS).filter((id) => id.startsWith('ScaleControl.'));
  container.querySelectorAll('.maplibregl-ctrl-scale').forEach((el) => {
    const [amount, unit] = (el.textContent ?? '').split(/\s+/, 2);
    const id = units.find((u) => unit && Object.values(MAPLIBRE_STRINGS[u]!).includes(unit));
    if (amount && id) el.textContent = `${amount} ${locale[id]}`;
  });
}
