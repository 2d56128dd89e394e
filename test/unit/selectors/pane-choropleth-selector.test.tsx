// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPaneChoroplethSelector,
  derivePaneChoropleth,
  type PaneChoroplethSources,
  type PaneChoroplethState,
} from '../../../src/selectors/pane-choropleth-selector';
import { usePaneChoropleth } from '../../../src/selectors/use-pane-choropleth';
import { indicatorCacheFor } from '../../../src/data/indicator-cache';
import { useAppStore } from '../../../src/store/app-store';
import { createDefaultPane, createDefaultViewState } from '../../../src/model/view/view-state';
import { setPaneOwnClasses } from '../../../src/store/view-updaters';
import type { CountyIndexJson } from '../../../src/model/geo/county';
import type { DatasetManifest, IndicatorMeta, IndicatorValues } from '../../../src/model/indicators/dataset';
import type { DatasetEntry } from '../../../src/model/indicators/dataset-entry';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const adcodes = index.counties.map((c) => c.adcode);
const years = [2019, 2020];

const meta: IndicatorMeta = {
  id: 'tap', name: { zh: '自来水', en: 'Tap water' }, definition: { zh: '', en: '' }, unit: 'percent',
  unitLabel: { zh: '%', en: '%' }, theme: 'water', polarity: 'higher_better', years, level: 'county',
  aggregation: { method: 'mean' }, source: { zh: '', en: '' }, vintage: 'test', file: 'tap.json',
};
const manifest: DatasetManifest = {
  schema: 1, id: 'sample', name: { zh: '示例', en: 'Sample' }, sample: true,
  provenance: { source: 'test', createdAt: '2025-01-01' }, geoVintage: 'fixture', counties: adcodes, years,
  indicators: [meta], attributes: [],
};
const values: IndicatorValues = {
  id: 'tap', years, byYear: new Map(years.map((y) => [y, Float32Array.from(adcodes, (_, i) => i + y - 2019)])),
};
let loads = 0;
const entry: DatasetEntry = {
  id: 'sample', manifest, origin: 'shipped',
  loader: { manifest, loadIndicator: () => (loads++, Promise.resolve(values)), loadAttributes: () => Promise.resolve(new Map()) },
};

function sources(patch: Partial<PaneChoroplethSources> = {}): PaneChoroplethSources {
  return {
    pane: createDefaultPane({ indicator: 'sample:tap', year: 2020 }),
    margin: 1,
    geoIndex: index,
    datasets: [entry],
    sampleLoading: false,
    cache: indicatorCacheFor(index),
    cacheVersion: indicatorCacheFor(index).version,
    rules: [],
    ...patch,
  };
}

describe('createPaneChoroplethSelector', () => {
  it('derives a pane state once and hands the same object to every consumer', async () => {
    await indicatorCacheFor(index).load(entry.loader, 'tap');
    let derivations = 0;
    const select = createPaneChoroplethSelector((s, previous) => (derivations++, derivePaneChoropleth(s, previous)));
    const state = sources();
    // The fill layer, the legend, the sample badge and the tooltip of pane 0 all ask in one render.
    const seen = ['fill', 'legend', 'badge', 'tooltip'].map(() => select(0, state));
    expect(derivations).toBe(1);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]!.choropleth?.year).toBe(2020);
    expect(seen[0]!.sample).toBe(true);
    // Nothing changed: a re-render still gets the same object without deriving again.
    expect(select(0, { ...state })).toBe(seen[0]);
    expect(derivations).toBe(1);
    // A cache that gained another pane's column derives again but hands out the same object (memos downstream hold).
    const later = select(0, { ...state, cacheVersion: state.cacheVersion + 1 });
    expect(later).toBe(seen[0]);
    expect(derivations).toBe(2);
    // A new pane state derives once more; another pane has its own memo.
    const y2019 = sources({ pane: createDefaultPane({ indicator: 'sample:tap', year: 2019 }) });
    expect(select(0, y2019).choropleth?.year).toBe(2019);
    select(0, y2019);
    select(1, state);
    expect(derivations).toBe(4);
  });

  it('keeps the previous choropleth of the pane while the asked values load', async () => {
    await indicatorCacheFor(index).load(entry.loader, 'tap');
    const select = createPaneChoroplethSelector();
    const shown = select(0, sources()).choropleth;
    expect(shown).not.toBeNull();
    const other = { ...meta, id: 'slow' };
    const slowManifest = { ...manifest, id: 'other', indicators: [other] };
    const slow: DatasetEntry = { ...entry, id: 'other', manifest: slowManifest, loader: { ...entry.loader, manifest: slowManifest } };
    const waiting = select(0, sources({ datasets: [entry, slow], pane: createDefaultPane({ indicator: 'other:slow', year: 2020 }) }));
    expect(waiting.pending).toBe(true);
    expect(waiting.choropleth).toBe(shown);
  });
});

describe('derivePaneChoropleth', () => {
  it('says failed when the asked column failed to load, or names no known indicator once the sample settled', async () => {
    const brokenManifest = { ...manifest, id: 'broken', indicators: [{ ...meta, id: 'gone' }] };
    const broken: DatasetEntry = {
      ...entry, id: 'broken', manifest: brokenManifest,
      loader: { ...entry.loader, manifest: brokenManifest, loadIndicator: () => Promise.reject(new Error('HTTP 404')) },
    };
    const cache = indicatorCacheFor(index);
    await cache.load(broken.loader, 'gone').catch(() => undefined);
    const failedPane = createDefaultPane({ indicator: 'broken:gone', year: 2020 });
    const s = sources({ datasets: [entry, broken], pane: failedPane, cacheVersion: cache.version });
    expect(derivePaneChoropleth(s, null).state).toMatchObject({ failed: true, pending: true, choropleth: null });
    const unknown = sources({ pane: createDefaultPane({ indicator: 'nope:x', year: 2020 }) });
    expect(derivePaneChoropleth(unknown, null).state.failed).toBe(true);
    expect(derivePaneChoropleth({ ...unknown, sampleLoading: true }, null).state.failed).toBe(false);
  });
});

describe('usePaneChoropleth', () => {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    useAppStore.setState({ view: { ...createDefaultViewState(), panes: [createDefaultPane({ indicator: 'sample:tap', year: 2020 })] } });
    useAppStore.getState().geoActions.setIndex(index);
    useAppStore.getState().dataActions.addDataset(entry);
    useAppStore.getState().dataActions.setSampleStatus('ready');
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('gives the fill, the legend, the badge and the tooltip of a pane one shared state', async () => {
    const received = new Map<string, PaneChoroplethState>();
    function Consumer({ name }: { name: string }) {
      received.set(name, usePaneChoropleth(0));
      return null;
    }
    const before = loads;
    await act(async () =>
      root.render(
        <>
          <Consumer name="fill" />
          <Consumer name="legend" />
          <Consumer name="badge" />
          <Consumer name="tooltip" />
        </>,
      ),
    );
    await act(async () => {}); // let the values arrive
    const states = [...received.values()];
    expect(states).toHaveLength(4);
    expect(states[0]!.choropleth).not.toBeNull();
    expect(new Set(states).size).toBe(1);
    expect(loads - before).toBeLessThanOrEqual(1); // one load for all four consumers (none when already cached)
    // A year switch gives every consumer the new state, again one object.
    await act(async () => useAppStore.getState().viewActions.setPaneYear(0, 2019));
    const after = [...received.values()];
    expect(after[0]!.choropleth?.year).toBe(2019);
    expect(new Set(after).size).toBe(1);
  });
});

describe('shared classification across panes', () => {
  it('a follower uses its leader\'s classification and scheme, and says which panes share it', async () => {
    await indicatorCacheFor(index).load(entry.loader, 'tap');
    const leaderPane = createDefaultPane({
      indicator: 'sample:tap', year: 2019, classification: { method: 'equal', classes: 3, scheme: 'Blues', perYear: true },
    });
    const own = derivePaneChoropleth(sources(), null).state;
    const follower = derivePaneChoropleth(sources({ leaderPane, sharedWith: [0] }), null).state;
    const leader = derivePaneChoropleth(sources({ pane: leaderPane, sharedWith: [1] }), null).state;
    expect(own.sharedWith).toEqual([]);
    expect(follower.sharedWith).toEqual([0]);
    expect(follower.choropleth?.year).toBe(2020);
    expect(follower.choropleth?.classification.method).toBe('equal_interval');
    // Per year, shared: the follower's 2020 values are classed by the leader's 2019 breaks.
    expect(follower.choropleth?.classification.breaks).toEqual(leader.choropleth?.classification.breaks);
    expect(follower.choropleth?.breaksYear).toBe(2019);
    expect(follower.palette).toEqual(leader.palette.slice(0, follower.palette.length));
  });

  it('two panes of one indicator at different years share the fixed breaks through the hook', async () => {
    let root: Root | null = null;
    const host = document.createElement('div');
    document.body.append(host);
    useAppStore.setState({
      view: {
        ...createDefaultViewState(), layout: '2h', legendHighlight: [null, null],
        panes: [createDefaultPane({ indicator: 'sample:tap', year: 2019 }), createDefaultPane({ indicator: 'sample:tap', year: 2020 })],
      },
    });
    useAppStore.getState().geoActions.setIndex(index);
    useAppStore.getState().dataActions.addDataset(entry);
    useAppStore.getState().dataActions.setSampleStatus('ready');
    const got: PaneChoroplethState[] = [];
    function Pane({ i }: { i: number }) {
      got[i] = usePaneChoropleth(i);
      return null;
    }
    root = createRoot(host);
    await act(async () => root!.render(<><Pane i={0} /><Pane i={1} /></>));
    await act(async () => {});
    expect(got[0]!.sharedWith).toEqual([1]);
    expect(got[1]!.sharedWith).toEqual([0]);
    expect(got[1]!.choropleth?.classification.breaks).toEqual(got[0]!.choropleth?.classification.breaks);
    expect(got[0]!.choropleth?.fixedYears).toEqual([2019, 2020]);
    // "Own classes" on pane 1 ends the sharing.
    await act(async () => useAppStore.getState().viewActions.apply((v) => setPaneOwnClasses(v, 1, true)));
    expect(got[0]!.sharedWith).toEqual([]);
    expect(got[1]!.sharedWith).toEqual([]);
    act(() => root!.unmount());
    host.remove();
  });
});
