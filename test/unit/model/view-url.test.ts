import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState } from '../../../src/model/view-url';
import { createDefaultPane, createDefaultViewState, type ViewState } from '../../../src/model/view-state';

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
  };
}

describe('view URL', () => {
  it('round-trips a full view through the hash', () => {
    const view = fullView();
    const { state, notices } = decodeViewState(encodeViewState(view));
    expect(notices).toEqual([]);
    expect(state).toEqual(view);
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
});
