/**
 * URL encoder/decoder for the view state. The URL hash holds the view (`#v=2&panes=2&p0.ind=…`), so links work
 * from any sub-path and never reach the server. Malformed values fall back to defaults and produce a notice;
 * decoding never throws.
 *
 * Format (v=2), every key optional:
 *   v=2                      format version (v=1 links are upgraded)
 *   lang=zh-CN|en            interface language
 *   names=both|hanzi         place names in English: pinyin beside the Chinese, or Chinese alone (absent = pinyin)
 *   panes=1|2|4, stack=1     layout; stack=1 puts two panes one above the other
 *   row=1                    four panes in one row (wide screens) instead of 2×2
 *   inset=0                  hide the South China Sea islands inset of every pane
 *   pN.ind=dataset:indicator indicator of pane N ("none" = colour by province)
 *   pN.y=2020                year
 *   pN.lv=county|prefecture|province
 *   pN.cls=method:classes:scheme   e.g. quantile:5:YlOrRd; pN.brk=1,2,5 manual breaks
 *   pN.brkyr=1               breaks recomputed per year (absent = fixed across the indicator's years)
 *   pN.own=1                 own classes (absent = shared with the first pane showing the same indicator and level)
 *   pN.mid=0                 midpoint of a diverging scheme (absent = none)
 *   pN.link=linked|zoom|independent
 *   pN.ly=choropleth,arcs,labels   layers shown
 *   pN.cam=lng,lat,zoom
 *   sel=adcode,adcode        selection;  focus=adcode   open profile;  cmp=adcode,…  comparison set
 *   swipe=0.5                swipe divider position (present = swipe on)
 *   pp=2021:measure:east:westPartner:level:animate:pair[:countyPair]   partnership view (countyPair = east-west)
 *   margin=1                 exit-check margin (percentage points)
 *   fd=2023:520000:p.industry:rural_income   fund-flow tab: year, province, node, outcome (model/funds/funds-view.ts)
 *   mt=mode:structure:reach:compare:east:skill:bonus:travel:flow[:trainPlaces:trainShare:trainPlan]   matching view (matching-view.ts)
 *   tab=county|compare|ranking|partnership|match|monitor|funds|risks|data   open side-column tab
 *   filter=designated|not_designated|2016…2020   map filter over the real poverty-county list
 *   tl=all                   every pane follows the timeline (absent = pane 0 and the panes showing its year)
 *   mk, mw, mc, mdim, mwr, mwp   monitoring: risk-index k, weights, cutoffs, dimensions, warning thresholds
 *                            (see model/monitoring/monitor-view.ts)
 *   feature fields (view-fields.ts) write their own keys, e.g. play=1, rk=…, paths=… (model/present/briefing-view.ts)
 */
import {
  createDefaultPane,
  createDefaultViewState,
  paneCountOf,
  SIDE_TABS,
  PLACE_NAME_MODES,
  type PlaceNameMode,
  VIEW_STATE_VERSION,
  type SideTab,
  type Camera,
  type ClassMethod,
  type Lang,
  type Level,
  type LinkMode,
  type PaneConfig,
  type PaneLayout,
  type ViewState,
} from './view-state';
import { checkDecodedView } from './view-state-schema';
import { decodeMatchingView, encodeMatchingView } from '../matching/matching-view';
import { decodeFundsView, encodeFundsView } from '../funds/funds-view';
import { decodeViewFields, encodeViewFields } from './view-fields';
import { parsePovertyFilter, povertyFilterValue } from '../indicators/poverty-filter';
import { decodeMonitorView, encodeMonitorView } from '../monitoring/monitor-view';

/** A problem found while decoding a URL, reported to the user; the offending value was replaced by a default. */
export interface UrlNotice {
  key: string;
  value: string;
}

/** Result of decoding: always a usable view, plus notices for what was ignored. */
export interface DecodedView {
  state: ViewState;
  notices: UrlNotice[];
}

const ADCODE_RE = /^\d{6}$/;
const LEVELS: Level[] = ['county', 'prefecture', 'province'];
const METHODS: ClassMethod[] = ['quantile', 'equal', 'jenks', 'manual', 'threshold', 'category'];
const LINKS: LinkMode[] = ['linked', 'zoom', 'independent'];
const SCHEME_RE = /^[A-Za-z]{2,20}$/;
const INDICATOR_RE = /^[a-z0-9_-]{1,40}:[A-Za-z0-9_.-]{1,80}$/;
const MAX_COMPARE = 12;
/**
 * Most county codes a selection can hold: no fewer than the county-level units of the boundary set (2,862 in
 * public/geo/counties.json, checked by a unit test), so "select all" survives a link, while a hostile link with a
 * million codes keeps no more than this (codes the boundaries do not know are dropped later, with a notice).
 */
export const MAX_SELECTION = 3000;
/** Notices quote at most this much of a bad value (a hostile value can be megabytes). */
const MAX_NOTICE_VALUE = 120;
/** A plain decimal number: no hex, no empty string, no spaces, no Infinity (all of which `Number()` accepts). */
const DECIMAL_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The number a URL value spells in decimal, or null (then the caller keeps the default and reports the key). */
function parseDecimal(raw: string | undefined): number | null {
  if (raw === undefined || !DECIMAL_RE.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Serialises a view state to URL hash parameters (without the leading '#'). */
export function encodeViewState(state: ViewState): string {
  const defaults = createDefaultPane();
  const p = new URLSearchParams();
  p.set('v', String(VIEW_STATE_VERSION));
  if (state.lang !== 'zh-CN') p.set('lang', state.lang);
  if (state.placeNames !== 'pinyin') p.set('names', state.placeNames);
  const count = paneCountOf(state.layout);
  if (count !== 1) p.set('panes', String(count));
  if (state.layout === '2v') p.set('stack', '1');
  if (state.layout === '4r') p.set('row', '1');
  state.panes.slice(0, count).forEach((pane, i) => {
    const k = `p${i}.`;
    p.set(k + 'ind', pane.indicator ?? 'none');
    p.set(k + 'y', String(pane.year));
    if (pane.level !== defaults.level) p.set(k + 'lv', pane.level);
    const c = pane.classification;
    p.set(k + 'cls', `${c.method}:${c.classes}:${c.scheme}`);
    if (c.method === 'manual' && c.breaks?.length) p.set(k + 'brk', c.breaks.join(','));
    if (c.perYear) p.set(k + 'brkyr', '1');
    if (c.own) p.set(k + 'own', '1');
    if (c.midpoint !== undefined) p.set(k + 'mid', String(c.midpoint));
    if (i > 0 || pane.link !== 'linked') p.set(k + 'link', pane.link);
    const ly = (Object.keys(pane.layers) as (keyof PaneConfig['layers'])[]).filter((l) => pane.layers[l]);
    p.set(k + 'ly', ly.join(','));
    p.set(k + 'cam', formatCamera(pane.camera));
  });
  if (state.selection.length) p.set('sel', state.selection.join(','));
  if (state.focus) p.set('focus', state.focus);
  if (state.compare.length) p.set('cmp', state.compare.join(','));
  if (state.swipe.enabled) p.set('swipe', state.swipe.position.toFixed(3));
  const pp = state.partnership;
  p.set(
    'pp',
    [pp.structure, pp.measure, pp.eastFilter ?? '', pp.westProvinceFilter ?? '', pp.level, pp.animate ? 1 : 0, pp.pair ?? '', ...(pp.countyPair ? [pp.countyPair] : [])].join(':'),
  );
  const mt = encodeMatchingView(state.matching);
  if (mt !== null) p.set('mt', mt);
  const fd = encodeFundsView(state.funds);
  if (fd !== null) p.set('fd', fd);
  if (state.exitMargin !== 1) p.set('margin', String(state.exitMargin));
  if (state.sideTab !== 'county') p.set('tab', state.sideTab);
  if (state.mapFilter !== 'all') p.set('filter', state.mapFilter);
  if (!state.inset) p.set('inset', '0');
  if (state.timelineAll) p.set('tl', 'all');
  encodeMonitorView(state.monitor, p);
  encodeViewFields(state, p);
  // URLSearchParams escapes ':' and ',' — they are safe in a hash, so keep links readable.
  return p.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Decodes URL hash parameters into a full view state; unknown or malformed values fall back with a notice. */
export function decodeViewState(hash: string): DecodedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const notices: UrlNotice[] = [];
  const state = createDefaultViewState();
  if ([...params.keys()].length === 0) return { state, notices };
  const version = params.get('v') ?? '1';
  const upgraded = version === '1' ? upgradeV1(params) : params;
  if (version !== '1' && version !== String(VIEW_STATE_VERSION)) notices.push({ key: 'v', value: version });

  const lang = upgraded.get('lang');
  if (lang !== null) {
    if (lang === 'zh-CN' || lang === 'en') state.lang = lang as Lang;
    else if (lang === 'zh') state.lang = 'zh-CN';
    else notices.push({ key: 'lang', value: lang });
  }
  const names = upgraded.get('names');
  if (names !== null) {
    if ((PLACE_NAME_MODES as readonly string[]).includes(names)) state.placeNames = names as PlaceNameMode;
    else notices.push({ key: 'names', value: names });
  }
  state.layout = decodeLayout(upgraded.get('panes'), upgraded.get('stack'), upgraded.get('row'), notices);
  const count = paneCountOf(state.layout);
  state.panes = [];
  for (let i = 0; i < count; i++) state.panes.push(decodePane(upgraded, i, notices));
  state.legendHighlight = state.panes.map(() => null);

  state.selection = decodeAdcodeList(upgraded, 'sel', notices, MAX_SELECTION);
  const focus = upgraded.get('focus');
  if (focus !== null) {
    if (ADCODE_RE.test(focus)) state.focus = focus;
    else notices.push({ key: 'focus', value: focus });
  }
  state.compare = decodeAdcodeList(upgraded, 'cmp', notices, MAX_COMPARE);
  const swipe = upgraded.get('swipe');
  if (swipe !== null) {
    const pos = parseDecimal(swipe);
    if (pos !== null && pos >= 0 && pos <= 1) state.swipe = { enabled: true, position: pos };
    else notices.push({ key: 'swipe', value: swipe });
  }
  decodePartnership(upgraded.get('pp'), state, notices);
  const funds = decodeFundsView(upgraded.get('fd'));
  state.funds = funds.view;
  if (funds.bad) notices.push({ key: 'fd', value: noticeValue(upgraded.get('fd') ?? '') });
  const margin = upgraded.get('margin');
  if (margin !== null) {
    const m = parseDecimal(margin);
    if (m !== null && m >= 0 && m <= 50) state.exitMargin = m;
    else notices.push({ key: 'margin', value: margin });
  }
  const filter = upgraded.get('filter');
  if (filter !== null) {
    const f = povertyFilterValue(parsePovertyFilter(filter));
    if (f === filter) state.mapFilter = f;
    else notices.push({ key: 'filter', value: filter });
  }
  const inset = upgraded.get('inset');
  if (inset !== null) {
    if (inset === '0' || inset === '1') state.inset = inset === '1';
    else notices.push({ key: 'inset', value: noticeValue(inset) });
  }
  const tl = upgraded.get('tl');
  if (tl !== null) {
    if (tl === 'all') state.timelineAll = true;
    else notices.push({ key: 'tl', value: noticeValue(tl) });
  }
  state.monitor = decodeMonitorView(upgraded, notices);
  const mt = upgraded.get('mt');
  if (mt !== null && !decodeMatchingView(mt, state.matching)) notices.push({ key: 'mt', value: noticeValue(mt) });
  const tab = upgraded.get('tab');
  if (tab !== null) {
    if ((SIDE_TABS as readonly string[]).includes(tab)) state.sideTab = tab as SideTab;
    else notices.push({ key: 'tab', value: tab });
  }
  Object.assign(state, decodeViewFields(upgraded, notices));
  return checkDecodedView(state, notices, createDefaultViewState);
}

/** v=1 links (the first release) had one pane with flat keys: ind, y, cam, sel. */
function upgradeV1(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  out.set('v', String(VIEW_STATE_VERSION));
  for (const [oldKey, newKey] of [
    ['ind', 'p0.ind'],
    ['y', 'p0.y'],
    ['year', 'p0.y'],
    ['cam', 'p0.cam'],
  ] as const) {
    const value = params.get(oldKey);
    if (value !== null && !out.has(newKey)) out.set(newKey, value);
    out.delete(oldKey);
  }
  // v=1 indicators were unqualified ids of the sample dataset.
  const ind = out.get('p0.ind');
  if (ind && !ind.includes(':') && ind !== 'none') out.set('p0.ind', `sample:${ind}`);
  return out;
}

function decodeLayout(panes: string | null, stack: string | null, row: string | null, notices: UrlNotice[]): PaneLayout {
  if (panes === null || panes === '1') return '1';
  if (panes === '2') return stack === '1' ? '2v' : '2h';
  if (panes === '4') return row === '1' ? '4r' : '4';
  notices.push({ key: 'panes', value: panes });
  return '1';
}

function decodePane(params: URLSearchParams, i: number, notices: UrlNotice[]): PaneConfig {
  const pane = createDefaultPane(i > 0 ? { link: 'linked' } : {});
  const k = `p${i}.`;
  const get = (name: string): string | null => params.get(k + name);
  const bad = (name: string, value: string): void => {
    notices.push({ key: k + name, value });
  };

  const ind = get('ind');
  if (ind !== null) {
    if (ind === 'none') pane.indicator = null;
    else if (INDICATOR_RE.test(ind)) pane.indicator = ind;
    else bad('ind', ind);
  }
  const year = get('y');
  if (year !== null) {
    const y = parseDecimal(year);
    if (y !== null && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR) pane.year = y;
    else bad('y', year);
  }
  const lv = get('lv');
  if (lv !== null) {
    if ((LEVELS as string[]).includes(lv)) pane.level = lv as Level;
    else bad('lv', lv);
  }
  const cls = get('cls');
  if (cls !== null) {
    const [method, classes, scheme] = cls.split(':');
    const n = parseDecimal(classes);
    if (method && (METHODS as string[]).includes(method) && n !== null && Number.isInteger(n) && n >= 2 && n <= 9 && scheme && SCHEME_RE.test(scheme)) {
      pane.classification = { method: method as ClassMethod, classes: n, scheme };
    } else bad('cls', cls);
  }
  const brk = get('brk');
  if (brk !== null) {
    const breaks = brk.split(',', 10).map(parseDecimal);
    const ascending = breaks.every((b, j) => b !== null && (j === 0 || b > (breaks[j - 1] as number)));
    if (breaks.length >= 1 && breaks.length <= 9 && ascending) pane.classification.breaks = breaks as number[];
    else bad('brk', brk);
  }
  if (pane.classification.method === 'manual' && !pane.classification.breaks) {
    pane.classification.method = 'quantile';
  }
  const mid = get('mid');
  if (mid !== null) {
    const value = parseDecimal(mid);
    if (value !== null) pane.classification.midpoint = value;
    else bad('mid', mid);
  }
  // Links from before these keys decode to the defaults: fixed classes, shared between panes.
  for (const [key, field] of [['brkyr', 'perYear'], ['own', 'own']] as const) {
    const raw = get(key);
    if (raw === null) continue;
    if (raw === '1') pane.classification[field] = true;
    else if (raw !== '0') bad(key, raw);
  }
  const link = get('link');
  if (link !== null) {
    if ((LINKS as string[]).includes(link)) pane.link = link as LinkMode;
    else bad('link', link);
  }
  const ly = get('ly');
  if (ly !== null) {
    const names = ly.split(',').filter(Boolean);
    if (names.every((n) => n === 'choropleth' || n === 'arcs' || n === 'labels')) {
      pane.layers = { choropleth: names.includes('choropleth'), arcs: names.includes('arcs'), labels: names.includes('labels') };
    } else bad('ly', ly);
  }
  const cam = get('cam');
  if (cam !== null) {
    const camera = parseCamera(cam);
    if (camera) pane.camera = camera;
    else bad('cam', cam);
  }
  return pane;
}

/**
 * The distinct valid county codes of a comma list, at most `max` of them. It walks the raw value instead of
 * splitting it, so a hostile list of a million codes never becomes a million strings; malformed, repeated or
 * surplus codes are reported once.
 */
function decodeAdcodeList(params: URLSearchParams, key: string, notices: UrlNotice[], max: number): string[] {
  const raw = params.get(key);
  if (raw === null || raw === '') return [];
  const valid = new Set<string>();
  let clean = true;
  let start = 0;
  while (start <= raw.length) {
    const comma = raw.indexOf(',', start);
    const end = comma < 0 ? raw.length : comma;
    const code = raw.slice(start, end);
    if (!ADCODE_RE.test(code) || valid.has(code)) clean = false;
    else if (valid.size === max) {
      clean = false;
      break;
    } else valid.add(code);
    start = end + 1;
  }
  if (!clean) notices.push({ key, value: noticeValue(raw) });
  return [...valid];
}

/** A bad value as a notice quotes it: cut short when long. */
function noticeValue(raw: string): string {
  return raw.length > MAX_NOTICE_VALUE ? `${raw.slice(0, MAX_NOTICE_VALUE)}…` : raw;
}

function decodePartnership(raw: string | null, state: ViewState, notices: UrlNotice[]): void {
  if (raw === null) return;
  const [structure, measure, east, west, level, animate, pair, countyPair] = raw.split(':');
  const pp = state.partnership;
  if (structure === '2016' || structure === '2021') pp.structure = Number(structure) as 2016 | 2021;
  else notices.push({ key: 'pp', value: raw });
  if (measure && /^[a-z0-9_]{1,40}$/.test(measure)) pp.measure = measure;
  pp.eastFilter = east && ADCODE_RE.test(east) ? east : null;
  pp.westProvinceFilter = west && ADCODE_RE.test(west) ? west : null;
  if (level === 'all' || level === 'province' || level === 'prefecture' || level === 'county') pp.level = level;
  pp.animate = animate === '1';
  pp.pair = pair && /^[A-Za-z0-9_-]{1,60}$/.test(pair) ? pair : null;
  if (countyPair && /^\d{6}-\d{6}$/.test(countyPair)) pp.countyPair = countyPair;
  else delete pp.countyPair;
}

function formatCamera(c: Camera): string {
  return `${c.lng.toFixed(4)},${c.lat.toFixed(4)},${c.zoom.toFixed(2)}`;
}

function parseCamera(raw: string): Camera | null {
  const parts = raw.split(',', 4).map(parseDecimal);
  const [lng, lat, zoom] = parts;
  if (parts.length !== 3 || lng == null || lat == null || zoom == null) return null;
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
  return { lng, lat, zoom };
}
