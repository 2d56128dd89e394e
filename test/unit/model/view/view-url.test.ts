import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeViewState, encodeViewState, MAX_SELECTION } from '../../../../src/model/view/view-url';
import { createDefaultPane, createDefaultViewState, type ViewState } from '../../../../src/model/view/view-state';

function fullView(): ViewState {
  const v = createDefaultViewState();
  return {
    ...v,
    lang: 'en',
    layout: '2v',
    panes: [
      createDefaultPane({ indicator: 'sample:tap_water', year: 2016, camera: { lng: 106.1, lat: 29.5, zoom: 6.25 } }),
      createDefaultPane({
        indicator: 'myfile:income',
        year: 2020,
        level: 'province',
        link: 'zoom',
        classification: { method: 'manual', classes: 4, scheme: 'Viridis', breaks: [1, 2.5, 10] },
        layers: { choropleth: true, arcs: true, labels: false },
      }),
    ],
    selection: ['510104', '520102'],
    focus: '520102',
    compare: ['510104', '110101', '130102'],
    swipe: { enabled: true, position: 0.25 },
    partnership: { structure: 2016, measure: 'labour', eastFilter: '330000', westProvinceFilter: '520000', level: 'prefecture', animate: true, pair: 'p2016-12' },
    exitMargin: 0.5,
    legendHighlight: [null, null],
    sideTab: 'ranking',
    mapFilter: '2018',
    timelineAll: true,
  };
}

describe('view URL', () => {
  it('round-trips a full view through the hash', () => {
    const view = fullView();
    const { state, notices } = decodeViewState(encodeViewState(view));
    expect(notices).toEqual([]);
    expect(state).toEqual(view);
  });

  it('keeps a selected county pair in the link only when one is selected; old links parse without it', () => {
    const view = { ...createDefaultViewState(), partnership: { ...createDefaultViewState().partnership, countyPair: '330106-422801' } };
    expect(encodeViewState(view)).toMatch(/pp=[^&]*:330106-422801/);
    expect(decodeViewState(encodeViewState(view)).state.partnership.countyPair).toBe('330106-422801');
    expect(encodeViewState(createDefaultViewState())).not.toMatch(/pp=[^&]*:\d{6}-\d{6}/);
    expect(decodeViewState('v=2&pp=2016:fiscal_aid:::county:0:').state.partnership.countyPair).toBeUndefined();
    expect(decodeViewState('v=2&pp=2016:fiscal_aid:::county:0::bad').state.partnership.countyPair).toBeUndefined();
  });

  it('keeps the map filter in the link and rejects a filter it does not know', () => {
    expect(decodeViewState('v=2&filter=designated').state.mapFilter).toBe('designated');
    expect(encodeViewState({ ...createDefaultViewState(), mapFilter: 'not_designated' })).toContain('filter=not_designated');
    expect(encodeViewState(createDefaultViewState())).not.toContain('filter=');
    const bad = decodeViewState('v=2&filter=2015');
    expect(bad.state.mapFilter).toBe('all');
    expect(bad.notices).toEqual([{ key: 'filter', value: '2015' }]);
  });

  it('keeps "all panes follow the timeline" in the link and rejects another value', () => {
    const all = { ...createDefaultViewState(), timelineAll: true };
    expect(encodeViewState(all)).toContain('tl=all');
    expect(decodeViewState(encodeViewState(all)).state.timelineAll).toBe(true);
    expect(encodeViewState(createDefaultViewState())).not.toContain('tl=');
    expect(decodeViewState('v=2&panes=2').state.timelineAll).toBe(false);
    const bad = decodeViewState('v=2&panes=2&tl=some');
    expect(bad.state.timelineAll).toBe(false);
    expect(bad.notices).toEqual([{ key: 'tl', value: 'some' }]);
  });

  it('decodes an empty hash to the default view without notices', () => {
    expect(decodeViewState('')).toEqual({ state: createDefaultViewState(), notices: [] });
  });

  it('keeps readable separators in the encoded hash', () => {
    const hash = encodeViewState(fullView());
    expect(hash).toContain('p0.cam=106.1000,29.5000,6.25');
    expect(hash).toContain('sel=510104,520102');
  });

  it('upgrades v=1 links with flat single-pane keys', () => {
    const { state, notices } = decodeViewState('#v=1&ind=tap_water&y=2017&cam=100,30,5&sel=510104');
    expect(notices).toEqual([]);
    expect(state.panes[0]?.indicator).toBe('sample:tap_water');
    expect(state.panes[0]?.year).toBe(2017);
    expect(state.panes[0]?.camera).toEqual({ lng: 100, lat: 30, zoom: 5 });
    expect(state.selection).toEqual(['510104']);
  });

  it('treats a link without a version as v=1', () => {
    expect(decodeViewState('y=2015').state.panes[0]?.year).toBe(2015);
  });

  it('replaces malformed values by defaults and reports each key', () => {
    const { state, notices } = decodeViewState('#v=2&p0.y=abc&p0.cam=1000,0,3&panes=7&lang=fr&sel=51010,510104&p0.cls=quantile:99:YlOrRd');
    const defaults = createDefaultViewState();
    expect(state.panes[0]?.year).toBe(defaults.panes[0]?.year);
    expect(state.panes[0]?.camera).toEqual(defaults.panes[0]?.camera);
    expect(state.layout).toBe('1');
    expect(state.lang).toBe('zh-CN');
    expect(state.selection).toEqual(['510104']);
    expect(notices.map((n) => n.key).sort()).toEqual(['lang', 'p0.cam', 'p0.cls', 'p0.y', 'panes', 'sel'].sort());
  });

  it('never throws on hostile input', () => {
    for (const hash of ['%E0%A4%A', '#&&&==', '#v=2&p0.ind=<script>', '#v=999', '#pp=:::::::', '#p0.brk=3,2,1']) {
      expect(() => decodeViewState(hash)).not.toThrow();
    }
    expect(decodeViewState('#v=2&p0.ind=<script>').state.panes[0]?.indicator).toBe('sample:poverty_incidence');
  });

  it('falls back from manual classification without breaks', () => {
    expect(decodeViewState('#v=2&p0.cls=manual:5:YlOrRd').state.panes[0]?.classification.method).toBe('quantile');
  });

  it('caps the comparison set at 12 counties', () => {
    const codes = Array.from({ length: 14 }, (_, i) => String(110101 + i));
    const { state, notices } = decodeViewState(`#v=2&cmp=${codes.join(',')}`);
    expect(state.compare).toHaveLength(12);
    expect(notices.map((n) => n.key)).toEqual(['cmp']);
  });

  it('caps a hostile selection of a million codes at the county count, with one short notice', () => {
    const codes = Array.from({ length: 1_000_000 }, (_, i) => String(100000 + (i % 900000)));
    const { state, notices } = decodeViewState(`#v=2&sel=${codes.join(',')}`);
    expect(state.selection).toHaveLength(MAX_SELECTION);
    expect(state.selection.slice(0, 2)).toEqual(['100000', '100001']);
    expect(notices.map((n) => n.key)).toEqual(['sel']);
    expect(notices[0]!.value.length).toBeLessThan(200);
    // What the URL writer puts back is bounded too (7 characters a code), not the 7 MB that came in.
    expect(encodeViewState(state).length).toBeLessThan(MAX_SELECTION * 7 + 1000);
  });

  it('lets a selection of every county of the boundary set through a link', () => {
    const index = JSON.parse(readFileSync('public/geo/counties.json', 'utf8')) as { counties: { adcode: string }[] };
    expect(index.counties.length).toBeGreaterThan(2800);
    expect(MAX_SELECTION).toBeGreaterThanOrEqual(index.counties.length);
    const all = index.counties.map((c) => c.adcode);
    const { state, notices } = decodeViewState(`#v=2&sel=${all.join(',')}`);
    expect(notices).toEqual([]);
    expect(state.selection).toEqual(all);
  });

  it('reports repeated selection codes and keeps each once', () => {
    const { state, notices } = decodeViewState('#v=2&sel=510104,510104,520102');
    expect(state.selection).toEqual(['510104', '520102']);
    expect(notices.map((n) => n.key)).toEqual(['sel']);
  });

  it('requires decimal numbers: empty and hex values fall back to the default with a notice', () => {
    const defaults = createDefaultViewState();
    const cases: [string, string, (v: ViewState) => unknown][] = [
      ['margin=', 'margin', (v) => v.exitMargin],
      ['margin=0x2', 'margin', (v) => v.exitMargin],
      ['margin=%20', 'margin', (v) => v.exitMargin],
      ['swipe=', 'swipe', (v) => v.swipe],
      ['swipe=0x0', 'swipe', (v) => v.swipe],
      ['p0.cam=,,', 'p0.cam', (v) => v.panes[0]?.camera],
      ['p0.cam=0x64,30,5', 'p0.cam', (v) => v.panes[0]?.camera],
      ['p0.cam=100,30,', 'p0.cam', (v) => v.panes[0]?.camera],
      ['p0.y=0x7e0', 'p0.y', (v) => v.panes[0]?.year],
      ['p0.y=', 'p0.y', (v) => v.panes[0]?.year],
      ['p0.cls=quantile:0x5:YlOrRd', 'p0.cls', (v) => v.panes[0]?.classification],
      ['p0.cls=quantile::YlOrRd', 'p0.cls', (v) => v.panes[0]?.classification],
      ['p0.cls=manual:5:YlOrRd&p0.brk=,1', 'p0.brk', (v) => v.panes[0]?.classification],
      ['p0.cls=manual:5:YlOrRd&p0.brk=1,0x10', 'p0.brk', (v) => v.panes[0]?.classification],
    ];
    for (const [query, key, read] of cases) {
      const { state, notices } = decodeViewState(`#v=2&${query}`);
      expect(notices.map((n) => n.key), query).toEqual([key]);
      expect(read(state), query).toEqual(read(defaults));
    }
  });

  it('still reads every decimal spelling the app writes or a person types', () => {
    const { state, notices } = decodeViewState('#v=2&margin=2.5&swipe=.25&p0.y=2016&p0.cam=-0.5,%2B30,5.&p0.cls=manual:5:YlOrRd&p0.brk=-1,1e2');
    expect(notices).toEqual([]);
    expect(state.exitMargin).toBe(2.5);
    expect(state.swipe).toEqual({ enabled: true, position: 0.25 });
    expect(state.panes[0]?.year).toBe(2016);
    expect(state.panes[0]?.camera).toEqual({ lng: -0.5, lat: 30, zoom: 5 });
    expect(state.panes[0]?.classification.breaks).toEqual([-1, 100]);
  });
});

describe('fixed / per-year and shared / own classes in the link', () => {
  it('round-trips per-year breaks and own classes per pane', () => {
    const view = createDefaultViewState();
    view.layout = '2h';
    view.panes = [
      createDefaultPane({ classification: { method: 'quantile', classes: 5, scheme: 'YlOrRd', perYear: true } }),
      createDefaultPane({ year: 2020, classification: { method: 'jenks', classes: 4, scheme: 'Blues', own: true } }),
    ];
    view.legendHighlight = [null, null];
    const hash = encodeViewState(view);
    expect(hash).toContain('p0.brkyr=1');
    expect(hash).toContain('p1.own=1');
    expect(hash).not.toContain('p1.brkyr');
    const back = decodeViewState(hash);
    expect(back.notices).toEqual([]);
    expect(back.state.panes[0]!.classification).toEqual({ method: 'quantile', classes: 5, scheme: 'YlOrRd', perYear: true });
    expect(back.state.panes[1]!.classification).toEqual({ method: 'jenks', classes: 4, scheme: 'Blues', own: true });
  });

  it('old links (no brkyr / own) decode to fixed, shared classes; defaults add nothing to the link', () => {
    const back = decodeViewState('v=2&panes=2&p0.cls=quantile:5:YlOrRd&p1.cls=equal:3:Greens');
    expect(back.notices).toEqual([]);
    for (const p of back.state.panes) {
      expect(p.classification.perYear).toBeUndefined();
      expect(p.classification.own).toBeUndefined();
    }
    const hash = encodeViewState(createDefaultViewState());
    expect(hash).not.toContain('brkyr');
    expect(hash).not.toContain('own');
  });

  it('a bad value is a notice and keeps the default', () => {
    const back = decodeViewState('v=2&p0.brkyr=yes&p0.own=2');
    expect(back.notices).toEqual([{ key: 'p0.brkyr', value: 'yes' }, { key: 'p0.own', value: '2' }]);
    expect(back.state.panes[0]!.classification.perYear).toBeUndefined();
    expect(back.state.panes[0]!.classification.own).toBeUndefined();
  });
});

describe('the 1×4 row layout and the inset toggle in the link', () => {
  it('round-trips four panes in a row and a hidden inset', () => {
    const state: ViewState = {
      ...createDefaultViewState(),
      layout: '4r',
      panes: [0, 1, 2, 3].map(() => createDefaultPane()),
      legendHighlight: [null, null, null, null],
      inset: false,
    };
    const hash = encodeViewState(state);
    expect(hash).toContain('panes=4');
    expect(hash).toContain('row=1');
    expect(hash).toContain('inset=0');
    const decoded = decodeViewState(hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.layout).toBe('4r');
    expect(decoded.state.panes).toHaveLength(4);
    expect(decoded.state.inset).toBe(false);
  });

  it('defaults add nothing: a 2×2 grid with the inset shown', () => {
    const hash = encodeViewState({ ...createDefaultViewState(), layout: '4', panes: [0, 1, 2, 3].map(() => createDefaultPane()) });
    expect(hash).not.toContain('row=');
    expect(hash).not.toContain('inset=');
    expect(decodeViewState(hash).state.layout).toBe('4');
    expect(decodeViewState(hash).state.inset).toBe(true);
  });

  it('a bad inset value is a notice and keeps the inset', () => {
    const decoded = decodeViewState('v=2&inset=maybe');
    expect(decoded.state.inset).toBe(true);
    expect(decoded.notices).toContainEqual({ key: 'inset', value: 'maybe' });
  });
});

describe('place names setting in the URL', () => {
  it('round-trips pinyin beside the Chinese and Chinese only, and writes nothing for the default pinyin', () => {
    const state = createDefaultViewState();
    expect(state.placeNames).toBe('pinyin');
    expect(encodeViewState(state)).not.toContain('names=');
    for (const mode of ['both', 'hanzi'] as const) {
      const hash = encodeViewState({ ...state, lang: 'en', placeNames: mode });
      expect(hash).toContain(`names=${mode}`);
      expect(decodeViewState(hash).state.placeNames).toBe(mode);
    }
  });
  it('keeps the default and reports a bad value', () => {
    const { state, notices } = decodeViewState('v=2&lang=en&names=klingon');
    expect(state.placeNames).toBe('pinyin');
    expect(state.lang).toBe('en');
    expect(notices).toContainEqual({ key: 'names', value: 'klingon' });
  });
});

describe('the midpoint of a diverging scheme in the link', () => {
  it('round-trips a midpoint, reports a bad one, and adds nothing without one', () => {
    const view = createDefaultViewState();
    view.panes = [createDefaultPane({ classification: { method: 'quantile', classes: 6, scheme: 'RdYlBu', midpoint: -2.5 } })];
    const hash = encodeViewState(view);
    expect(hash).toContain('p0.mid=-2.5');
    expect(decodeViewState(hash).state.panes[0]!.classification.midpoint).toBe(-2.5);
    const bad = decodeViewState('v=2&p0.mid=zero');
    expect(bad.notices).toEqual([{ key: 'p0.mid', value: 'zero' }]);
    expect(bad.state.panes[0]!.classification.midpoint).toBeUndefined();
    expect(encodeViewState(createDefaultViewState())).not.toContain('mid=');
  });
});
