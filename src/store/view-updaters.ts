/**
 * Named, pure updaters of the view state (kepler-style): each takes the view and arguments and returns a new view.
 * Store actions, URL restores, keyboard commands and wall-display scenes all go through these.
 */
import {
  createDefaultPane,
  paneCountOf,
  type Classification,
  type Lang,
  type Level,
  type LinkMode,
  type PaneConfig,
  type PaneLayout,
  type PartnershipView,
  type SideTab,
  type ViewState,
} from '../model/view/view-state';
import { povertyFilterValue, type PovertyFilter } from '../model/indicators/poverty-filter';

/** Most counties a comparison set may hold (each gets a stable colour). */
export const MAX_COMPARE = 12;

/** Replaces one pane's configuration with a patch. */
export function updatePane(view: ViewState, index: number, patch: Partial<PaneConfig>): ViewState {
  if (!view.panes[index]) return view;
  const panes = view.panes.map((p, i) => (i === index ? { ...p, ...patch } : p));
  return { ...view, panes };
}

/** Sets the interface language. */
export function setLang(view: ViewState, lang: Lang): ViewState {
  return view.lang === lang ? view : { ...view, lang };
}

/** Sets a pane's indicator (null = colour by province); clears that pane's legend highlight. */
export function setPaneIndicator(view: ViewState, index: number, indicator: string | null): ViewState {
  return clearLegendHighlight(updatePane(view, index, { indicator }), index);
}

/** Sets a pane's year. */
export function setPaneYear(view: ViewState, index: number, year: number): ViewState {
  return updatePane(view, index, { year });
}

/** Sets a pane's aggregation level. */
export function setPaneLevel(view: ViewState, index: number, level: Level): ViewState {
  return clearLegendHighlight(updatePane(view, index, { level }), index);
}

/** Sets a pane's classification. */
export function setPaneClassification(view: ViewState, index: number, classification: Classification): ViewState {
  return clearLegendHighlight(updatePane(view, index, { classification }), index);
}

/** Breaks recomputed for each year (relative view) or, the default, fixed across the indicator's years. */
export function setPaneClassesPerYear(view: ViewState, index: number, perYear: boolean): ViewState {
  const pane = view.panes[index];
  if (!pane) return view;
  const { perYear: _old, ...rest } = pane.classification;
  return setPaneClassification(view, index, perYear ? { ...rest, perYear: true } : rest);
}

/** The pane keeps its own classes, or (the default) shares those of the first pane showing its indicator. */
export function setPaneOwnClasses(view: ViewState, index: number, own: boolean): ViewState {
  const pane = view.panes[index];
  if (!pane) return view;
  const { own: _old, ...rest } = pane.classification;
  return setPaneClassification(view, index, own ? { ...rest, own: true } : rest);
}

/** Sets how a pane's camera follows the others. */
export function setPaneLink(view: ViewState, index: number, link: LinkMode): ViewState {
  return updatePane(view, index, { link });
}

/** Shows or hides the South China Sea islands inset of every pane. */
export function setInset(view: ViewState, inset: boolean): ViewState {
  return view.inset === inset ? view : { ...view, inset };
}

/** Changes the layout, creating panes (copies of the first) or dropping the extra ones. */
export function setLayout(view: ViewState, layout: PaneLayout): ViewState {
  const count = paneCountOf(layout);
  const first = view.panes[0] ?? createDefaultPane();
  const panes = Array.from({ length: count }, (_, i) => view.panes[i] ?? { ...first, link: 'linked' as const });
  const legendHighlight = panes.map((_, i) => view.legendHighlight[i] ?? null);
  const swipe = count === 2 ? view.swipe : { ...view.swipe, enabled: false };
  return { ...view, layout, panes, legendHighlight, swipe };
}

/** Selects a county: 'replace' makes it the only selection, 'toggle' adds or removes it. Focus follows. */
export function selectCounty(view: ViewState, adcode: string, mode: 'replace' | 'toggle'): ViewState {
  if (mode === 'replace') return { ...view, selection: [adcode], focus: adcode };
  const has = view.selection.includes(adcode);
  const selection = has ? view.selection.filter((a) => a !== adcode) : [...view.selection, adcode];
  const focus = has ? (view.focus === adcode ? (selection[selection.length - 1] ?? null) : view.focus) : adcode;
  return { ...view, selection, focus };
}

/** Clears the selection and the focused county. */
export function clearSelection(view: ViewState): ViewState {
  if (!view.selection.length && !view.focus) return view;
  return { ...view, selection: [], focus: null };
}

/** Opens a county's profile without changing the selection set. */
export function setFocus(view: ViewState, adcode: string | null): ViewState {
  return { ...view, focus: adcode };
}

/** Adds counties to the comparison set, keeping order and the size cap. */
export function addToCompare(view: ViewState, adcodes: string[]): ViewState {
  const compare = [...view.compare];
  for (const a of adcodes) if (!compare.includes(a) && compare.length < MAX_COMPARE) compare.push(a);
  return { ...view, compare };
}

/** Removes a county from the comparison set. */
export function removeFromCompare(view: ViewState, adcode: string): ViewState {
  return { ...view, compare: view.compare.filter((a) => a !== adcode) };
}

/** Empties the comparison set. */
export function clearCompare(view: ViewState): ViewState {
  return { ...view, compare: [] };
}

/** Turns swipe mode on or off and moves the divider. */
export function setSwipe(view: ViewState, enabled: boolean, position = view.swipe.position): ViewState {
  const clamped = Math.min(1, Math.max(0, position));
  const next = { ...view, swipe: { enabled, position: clamped } };
  return enabled && paneCountOf(view.layout) !== 2 ? setLayout(next, '2h') : next;
}

/** Updates the partnership view options. */
export function setPartnership(view: ViewState, patch: Partial<PartnershipView>): ViewState {
  return { ...view, partnership: { ...view.partnership, ...patch } };
}

/** Sets the exit-check margin (percentage points). */
export function setExitMargin(view: ViewState, margin: number): ViewState {
  return Number.isFinite(margin) && margin >= 0 ? { ...view, exitMargin: margin } : view;
}

/** Highlights one legend class of a pane (null clears). */
export function setLegendHighlight(view: ViewState, index: number, classIndex: number | null): ViewState {
  const legendHighlight = view.panes.map((_, i) => (i === index ? classIndex : (view.legendHighlight[i] ?? null)));
  return { ...view, legendHighlight };
}

function clearLegendHighlight(view: ViewState, index: number): ViewState {
  return view.legendHighlight[index] == null ? view : setLegendHighlight(view, index, null);
}

/** Sets the map's poverty-county filter (a value of model/indicators/poverty-filter.ts; anything else keeps all counties). */
export function setMapFilter(view: ViewState, filter: PovertyFilter): ViewState {
  const mapFilter = povertyFilterValue(filter);
  return view.mapFilter === mapFilter ? view : { ...view, mapFilter };
}

/** Opens a side-column tab. */
export function setSideTab(view: ViewState, sideTab: SideTab): ViewState {
  return view.sideTab === sideTab ? view : { ...view, sideTab };
}
