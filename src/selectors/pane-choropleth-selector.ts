/**
 * The choropleth state of a pane, derived once per pane state and shared by everything that shows it (the fill
 * layer, the legend, the sample badge, the tooltip): a memoised selector over plain snapshots of the store, the
 * indicator cache and the rules. Consumers with the same snapshots get the very same object, so the derivation (and
 * the palette and React memos downstream) runs once, not once per consumer. While values load, the previous
 * choropleth of the pane is kept, so the map and the legend never blank out.
 */
import type { CountyIndexJson } from '../model/geo/county';
import type { RGBA } from '../model/indicators/color-scheme';
import type { Region, Rule } from '../model/rules/rule';
import type { PaneConfig } from '../model/view/view-state';
import { splitIndicatorId } from '../model/indicators/dataset';
import { shownYear } from '../model/indicators/indicator-year';
import type { AttributeValues, DatasetEntry, DatasetSource } from '../model/indicators/dataset-entry';
import type { IndicatorCache } from '../data/indicator-cache';
import { choroplethPalette, getPaneChoropleth, type ChoroplethInput, type PaneChoropleth } from './pane-choropleth';

/** Everything a pane's choropleth is derived from: snapshots, compared by identity. */
export interface PaneChoroplethSources {
  pane: PaneConfig | undefined;
  /** Near-band margin of the threshold method (percentage points). */
  margin: number;
  geoIndex: CountyIndexJson | null;
  datasets: readonly DatasetEntry[];
  /** The shipped sample has not settled yet (an unknown indicator may still appear). */
  sampleLoading: boolean;
  /** The indicator cache of the map's county order (null before the county index). */
  cache: IndicatorCache | null;
  /** The cache's version: it changes whenever the cache gained or failed a column. */
  cacheVersion: number;
  rules: readonly Rule[];
  /** The pane whose classification this pane shares (see shared-classification.ts); absent = its own. */
  leaderPane?: PaneConfig | undefined;
  /** The other panes sharing this pane's classification (for the legend); absent = none. */
  sharedWith?: readonly number[];
}

/** A pane's current choropleth (null = no indicator, or nothing loaded yet) and its class colours. */
export interface PaneChoroplethState {
  choropleth: PaneChoropleth | null;
  palette: RGBA[];
  /** The shown choropleth is not yet the asked one (values loading). */
  pending: boolean;
  /** The asked indicator failed to load or does not exist. */
  failed: boolean;
  /** Is the shown dataset sample data? */
  sample: boolean;
  /** The other panes whose classification this one shares (ascending); empty = its own classes. */
  sharedWith: readonly number[];
}

const NOT_SHARED: readonly number[] = [];

/** What a pane's choropleth needs loaded: indicator columns of one dataset, and maybe its attributes. */
export interface PaneChoroplethRequests {
  source: DatasetSource | null;
  /** Unqualified indicator ids (the indicator, and an indicator used as aggregation weight). */
  indicatorIds: string[];
  attributes: boolean;
}

interface Resolved {
  dataset: DatasetEntry | null;
  meta: ChoroplethInput['meta'] | null;
  /** Aggregation weight id at prefecture/province level (null: none needed). */
  weightId: string | null;
  weightIsIndicator: boolean;
  wantsThreshold: boolean;
}

function resolve(pane: PaneConfig | undefined, datasets: readonly DatasetEntry[]): Resolved {
  const parts = pane?.indicator ? splitIndicatorId(pane.indicator) : null;
  const dataset = (parts && datasets.find((d) => d.id === parts.datasetId)) ?? null;
  const meta = (parts && dataset?.manifest.indicators.find((m) => m.id === parts.indicatorId)) ?? null;
  const level = pane?.level ?? 'county';
  const weightId = level !== 'county' && meta?.aggregation.method === 'weighted_mean' ? meta.aggregation.weight : null;
  const weightIsIndicator = !!weightId && !!dataset?.manifest.indicators.some((m) => m.id === weightId);
  const wantsThreshold = pane?.classification.method === 'threshold' && !!meta?.thresholds?.length;
  return { dataset, meta, weightId, weightIsIndicator, wantsThreshold };
}

/** What pane `pane` needs loaded before its choropleth can be drawn. */
export function paneChoroplethRequests(pane: PaneConfig | undefined, datasets: readonly DatasetEntry[]): PaneChoroplethRequests {
  const r = resolve(pane, datasets);
  if (!r.dataset || !r.meta) return { source: null, indicatorIds: [], attributes: false };
  return {
    source: r.dataset.loader,
    indicatorIds: r.weightIsIndicator && r.weightId ? [r.meta.id, r.weightId] : [r.meta.id],
    attributes: r.wantsThreshold || (!!r.weightId && !r.weightIsIndicator),
  };
}

const REGIONS: readonly Region[] = ['east', 'central', 'west'];
const NO_PALETTE: RGBA[] = [];
const palettes = new WeakMap<PaneChoropleth, Map<string, RGBA[]>>();

/** The class colours of a choropleth in a scheme: one array per (choropleth, scheme), so memos downstream hold. */
function paletteOf(choropleth: PaneChoropleth, scheme: string): RGBA[] {
  let byScheme = palettes.get(choropleth);
  if (!byScheme) palettes.set(choropleth, (byScheme = new Map()));
  let palette = byScheme.get(scheme);
  if (!palette) byScheme.set(scheme, (palette = choroplethPalette(choropleth, scheme)));
  return palette;
}
const regionsOf = new WeakMap<Map<string, AttributeValues>, (Region | null)[] | undefined>();

function toRegion(v: string | null): Region | null {
  return REGIONS.find((r) => r === v) ?? null;
}

/** County regions from a dataset's attributes (one array per attribute map). */
function countyRegions(attributes: Map<string, AttributeValues>): (Region | null)[] | undefined {
  if (!regionsOf.has(attributes)) {
    const a = attributes.get('region');
    regionsOf.set(attributes, a?.kind === 'category' ? a.values.map(toRegion) : undefined);
  }
  return regionsOf.get(attributes);
}

/** The choropleth the sources ask for, or null while something it needs is not loaded. */
function currentChoropleth(s: PaneChoroplethSources, r: Resolved): PaneChoropleth | null {
  const { pane, geoIndex, cache } = s;
  const { dataset, meta } = r;
  if (!pane || !geoIndex || !cache || !dataset || !meta) return null;
  const values = cache.peek(dataset.loader, meta.id);
  if (!values) return null;
  // A single-year indicator (the 2020 census) is shown at its one year whatever year the pane has.
  const year = shownYear(meta.years ?? [], pane.year);
  const attributes = r.wantsThreshold || (r.weightId && !r.weightIsIndicator) ? (cache.peekAttributes(dataset.loader) ?? null) : null;
  let weights: Float32Array | undefined;
  let weightsFor: ((year: number) => Float32Array | undefined) | undefined;
  if (r.weightId && r.weightIsIndicator) {
    const w = cache.peek(dataset.loader, r.weightId);
    // A weight missing for this year falls back to its latest year: weights change slowly.
    weights = w ? (w.byYear.get(year) ?? w.byYear.get(w.years[w.years.length - 1] ?? year)) : undefined;
    if (w) weightsFor = (y) => w.byYear.get(y) ?? w.byYear.get(w.years[w.years.length - 1] ?? y);
  } else if (r.weightId) {
    const a = attributes?.get(r.weightId);
    weights = a?.kind === 'number' ? a.values : undefined;
  }
  // A shared classification: the leader's settings, and (per year) the breaks of the leader's year.
  const leader = s.leaderPane;
  const classification = leader ? leader.classification : pane.classification;
  const breaksYear = leader && classification.perYear ? shownYear(meta.years ?? [], leader.year) : undefined;
  if (r.weightId && !weights) return null;
  if (r.wantsThreshold && (s.rules.length === 0 || !attributes)) return null;
  const rule = r.wantsThreshold ? s.rules.find((x) => meta.thresholds?.some((t) => t.ruleId === x.id)) : undefined;
  const regions = attributes ? countyRegions(attributes) : undefined;
  const input: ChoroplethInput = {
    index: geoIndex,
    datasetId: dataset.id,
    meta,
    values,
    year,
    level: pane.level,
    classification,
    margin: s.margin,
    ...(weights ? { weights } : {}),
    ...(weightsFor ? { weightsFor } : {}),
    ...(breaksYear !== undefined ? { breaksYear } : {}),
    ...(r.wantsThreshold && rule && regions ? { rule, regions } : {}),
  };
  return getPaneChoropleth(input);
}

/** Derives a pane's choropleth state; `previous` is the last choropleth the pane could draw (kept while loading). */
export function derivePaneChoropleth(
  s: PaneChoroplethSources,
  previous: PaneChoropleth | null,
): { state: PaneChoroplethState; current: PaneChoropleth | null } {
  // A follower resolves with its leader's classification (a shared 'threshold' needs the rule and regions too).
  const asked = s.pane && s.leaderPane ? { ...s.pane, classification: s.leaderPane.classification } : s.pane;
  const r = resolve(asked, s.datasets);
  const current = currentChoropleth(s, r);
  const shown = s.pane?.indicator ? (current ?? previous) : null;
  const scheme = (s.leaderPane ?? s.pane)?.classification.scheme ?? 'YlOrRd';
  const palette = shown ? paletteOf(shown, scheme) : NO_PALETTE;
  const loadFailed =
    !!s.cache && !!r.dataset && !!r.meta && !s.cache.peek(r.dataset.loader, r.meta.id) && s.cache.failed(r.dataset.loader, r.meta.id);
  const unknown = !!s.pane?.indicator && (!r.dataset || !r.meta);
  return {
    state: {
      choropleth: shown,
      palette,
      pending: !!s.pane?.indicator && !current,
      failed: loadFailed || (unknown && !s.sampleLoading),
      sample: !!shown && !!s.datasets.find((d) => d.id === shown.datasetId)?.manifest.sample,
      sharedWith: s.sharedWith?.length ? s.sharedWith : NOT_SHARED,
    },
    current: current ?? previous,
  };
}

function sameState(a: PaneChoroplethState, b: PaneChoroplethState): boolean {
  return a.choropleth === b.choropleth && a.palette === b.palette && a.pending === b.pending && a.failed === b.failed && a.sample === b.sample &&
    a.sharedWith.join() === b.sharedWith.join();
}

function sameSources(a: PaneChoroplethSources, b: PaneChoroplethSources): boolean {
  return (
    a.pane === b.pane &&
    a.margin === b.margin &&
    a.geoIndex === b.geoIndex &&
    a.datasets === b.datasets &&
    a.sampleLoading === b.sampleLoading &&
    a.cache === b.cache &&
    a.cacheVersion === b.cacheVersion &&
    a.rules === b.rules &&
    a.leaderPane === b.leaderPane &&
    (a.sharedWith ?? NOT_SHARED).join() === (b.sharedWith ?? NOT_SHARED).join()
  );
}

/** Selects a pane's choropleth state: the same object for the same sources, derived once per pane state. */
export type PaneChoroplethSelector = (pane: number, sources: PaneChoroplethSources) => PaneChoroplethState;

/** Creates a selector with its own memo (the app uses one; tests make their own and may count derivations). */
export function createPaneChoroplethSelector(derive = derivePaneChoropleth): PaneChoroplethSelector {
  const memo = new Map<number, { sources: PaneChoroplethSources; state: PaneChoroplethState; current: PaneChoropleth | null }>();
  return (pane, sources) => {
    const hit = memo.get(pane);
    if (hit && sameSources(hit.sources, sources)) return hit.state;
    const derived = derive(sources, hit?.current ?? null);
    // New sources that change nothing this pane shows (another pane's column arrived) keep the same object.
    const state = hit && sameState(hit.state, derived.state) ? hit.state : derived.state;
    memo.set(pane, { sources, state, current: derived.current });
    return state;
  };
}

/** The app's one pane-choropleth selector. */
export const selectPaneChoropleth = createPaneChoroplethSelector();
