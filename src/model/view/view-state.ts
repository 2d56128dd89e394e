import { createDefaultFundsView, type FundsView } from '../funds/funds-view';

/**
 * The whole view as one versioned, serialisable object: what a URL, a saved view and a wall-display scene hold.
 * Live camera and hover are NOT here while they change (they live in transient stores); the camera is copied in
 * when the view is serialised.
 */

import { createDefaultMonitorView, type MonitorView } from '../monitoring/monitor-view';
import { createDefaultMatchingView, type MatchingView } from '../matching/matching-view';
import { createDefaultViewFields, type ViewFields } from './view-fields';

/** Current view-state version; older links are upgraded by `upgradeViewState` in view-url.ts. */
export const VIEW_STATE_VERSION = 2;

/** Interface language: zh-CN default, en second. */
export type Lang = 'zh-CN' | 'en';

/** Pane arrangement. */
export type PaneLayout = '1' | '2h' | '2v' | '4' | '4r';

/** Spatial level a pane colours by. */
export type Level = 'county' | 'prefecture' | 'province';

/** Classification method of a choropleth. */
export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'manual' | 'threshold' | 'category';

/** How a pane's camera follows the others. */
export type LinkMode = 'linked' | 'zoom' | 'independent';

/** A camera: centre and zoom (maplibre zoom levels); bearing/pitch are kept flat for this map. */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** Classification settings of one pane. */
export interface Classification {
  method: ClassMethod;
  classes: number;
  /** Manual breaks (ascending) when method = 'manual'. */
  breaks?: number[];
  /** d3-scale-chromatic scheme name, e.g. 'YlOrRd'; reversed by polarity automatically. */
  scheme: string;
  /**
   * Breaks recomputed for each year (a relative view, showing rank). Absent/false = the default: breaks computed
   * once over the indicator's whole year range and kept while the year changes, so colours show change over time.
   */
  perYear?: boolean;
  /**
   * This pane keeps its own classes. Absent/false = the default: panes showing the same indicator at the same level
   * share the classification of the first of them, so side-by-side years and swipe compare like with like.
   */
  own?: boolean;
  /** A meaningful midpoint (0 for a change): with a diverging scheme, a break where the colours turn. */
  midpoint?: number;
}

/** Layers a pane shows on top of (or instead of) its choropleth. */
export interface PaneLayers {
  choropleth: boolean;
  arcs: boolean;
  labels: boolean;
}

/** One map pane's configuration. */
export interface PaneConfig {
  /** Indicator, qualified "dataset:indicator"; null = colour by province (no data). */
  indicator: string | null;
  year: number;
  level: Level;
  classification: Classification;
  link: LinkMode;
  layers: PaneLayers;
  camera: Camera;
}

/** Swipe mode: pane 0 and pane 1 on one map with a divider at `position` (0..1 of the width). */
export interface SwipeState {
  enabled: boolean;
  position: number;
}

/** Partnership view options (issue: east–west partnership arcs). */
export interface PartnershipView {
  structure: 2016 | 2021;
  measure: string;
  eastFilter: string | null;
  westProvinceFilter: string | null;
  level: 'all' | 'province' | 'prefecture' | 'county';
  animate: boolean;
  /** Pair id whose scorecard is open. */
  pair: string | null;
  /** Selected county pair `${eastCounty}-${westCounty}` (highlighted on the map); absent or null = none. */
  countyPair?: string | null;
}

/** Side-column tabs; a scene can open any of them. */
export const SIDE_TABS = ['county', 'compare', 'ranking', 'partnership', 'match', 'monitor', 'funds', 'risks', 'data', 'story'] as const;

/** One side-column tab. */
export type SideTab = (typeof SIDE_TABS)[number];

/**
 * How place names read in English: pinyin alone, pinyin beside the Chinese, or the Chinese alone. The Chinese
 * interface always shows the Chinese names.
 */
export const PLACE_NAME_MODES = ['pinyin', 'both', 'hanzi'] as const;

/** One way of showing place names in English. */
export type PlaceNameMode = (typeof PLACE_NAME_MODES)[number];

/** The whole serialisable view; feature fields (one sub-object each) come from view-fields.ts. */
export interface ViewState extends ViewFields {
  v: typeof VIEW_STATE_VERSION;
  lang: Lang;
  layout: PaneLayout;
  panes: PaneConfig[];
  /** Selected counties (adcodes), in selection order. */
  selection: string[];
  /** The county whose profile is open. */
  focus: string | null;
  /** Comparison set (adcodes), up to 12. */
  compare: string[];
  swipe: SwipeState;
  partnership: PartnershipView;
  /** Labour and industry matching options (src/model/matching/matching-view.ts). */
  matching: MatchingView;
  /** Fund-flow tab: year, province, node, outcome indicator (model/funds/funds-view.ts). */
  funds: FundsView;
  /** Exit-check margin in percentage points. */
  exitMargin: number;
  /** Class index highlighted from the legend, per pane; null = none. */
  legendHighlight: (number | null)[];
  /** Open side-column tab. */
  sideTab: SideTab;
  /**
   * The map's poverty-county filter over the real designation, shared by every pane (counties outside it are
   * dimmed): 'all', 'designated', 'not_designated' or an exit year '2016'…'2020' (see model/indicators/poverty-filter.ts).
   */
  mapFilter: string;
  /** Whether every pane shows its South China Sea islands inset (on by default, as national maps do). */
  inset: boolean;
  /** Place names on the map and in tooltips when the interface is English (see PLACE_NAME_MODES). */
  placeNames: PlaceNameMode;
  /**
   * Every pane follows the header timeline. false = the default: the timeline moves pane 0 and the panes showing
   * the same year as pane 0, and says which panes those are; the other panes keep their years.
   */
  timelineAll: boolean;
  /** Monitoring: risk-index dimensions, cutoffs, weights and k, warning thresholds (model/monitoring/monitor-view.ts). */
  monitor: MonitorView;
}

/** The national view camera. */
export const NATIONAL_CAMERA: Camera = { lng: 104.5, lat: 36.0, zoom: 3.4 };

/** Default classification. */
export const DEFAULT_CLASSIFICATION: Classification = { method: 'quantile', classes: 5, scheme: 'YlOrRd' };

/** Default year: mid-campaign, when poverty incidence still differs between counties (it is 0 from 2020). */
export const DEFAULT_YEAR = 2016;

/** Creates a default pane. */
export function createDefaultPane(overrides: Partial<PaneConfig> = {}): PaneConfig {
  return {
    indicator: 'sample:poverty_incidence',
    year: DEFAULT_YEAR,
    level: 'county',
    classification: { ...DEFAULT_CLASSIFICATION },
    link: 'linked',
    layers: { choropleth: true, arcs: false, labels: true },
    camera: { ...NATIONAL_CAMERA },
    ...overrides,
  };
}

/** Creates the default view. */
export function createDefaultViewState(): ViewState {
  return {
    v: VIEW_STATE_VERSION,
    lang: 'zh-CN',
    placeNames: 'pinyin',
    layout: '1',
    panes: [createDefaultPane()],
    selection: [],
    focus: null,
    compare: [],
    swipe: { enabled: false, position: 0.5 },
    partnership: {
      structure: 2021,
      measure: 'fiscal_aid',
      eastFilter: null,
      westProvinceFilter: null,
      level: 'all',
      animate: false,
      pair: null,
    },
    matching: createDefaultMatchingView(),
    funds: createDefaultFundsView(),
    exitMargin: 1,
    legendHighlight: [null],
    sideTab: 'county',
    mapFilter: 'all',
    inset: true,
    timelineAll: false,
    monitor: createDefaultMonitorView(),
    ...createDefaultViewFields(),
  };
}

/** Number of panes a layout shows. */
export function paneCountOf(layout: PaneLayout): number {
  return layout === '1' ? 1 : layout === '4' || layout === '4r' ? 4 : 2;
}
