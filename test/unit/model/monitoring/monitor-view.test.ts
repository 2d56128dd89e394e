import { describe, expect, it } from 'vitest';
import { createDefaultMonitorView, decodeMonitorView, encodeMonitorView, setDimension } from '../../../../src/model/monitoring/monitor-view';
import { decodeViewState, encodeViewState } from '../../../../src/model/view/view-url';
import { createDefaultViewState } from '../../../../src/model/view/view-state';

const encode = (view = createDefaultMonitorView()) => {
  const p = new URLSearchParams();
  encodeMonitorView(view, p);
  return p;
};

describe('monitoring view in the URL', () => {
  it('omits defaults, so old links and default views carry no monitoring keys', () => {
    expect([...encode().keys()]).toEqual([]);
    expect(encodeViewState(createDefaultViewState())).not.toMatch(/(^|&)m(k|w|c|dim|wr|wp)=/);
    expect(decodeViewState('v=2&p0.ind=sample:rural_income').state.monitor).toEqual(createDefaultMonitorView());
  });

  it('round-trips weights, cutoffs, k and warning thresholds through the whole view URL', () => {
    const state = createDefaultViewState();
    state.monitor = { ...setDimension(setDimension(state.monitor, 'income', { weight: 3, cutoff: 10000 }), 'market', { weight: 0 }), k: 0.5, warnRisk: 0.2 };
    const hash = encodeViewState(state);
    expect(hash).toContain('mw=income:3,market:0');
    expect(hash).toContain('mc=income:10000');
    expect(hash).toContain('mk=0.5');
    const decoded = decodeViewState(hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.monitor).toEqual(state.monitor);
  });

  it('round-trips a custom dimension list (an office column)', () => {
    const view = { ...createDefaultMonitorView(), dims: [{ id: 'employment', indicator: 'myfile:employment_rate', transform: 'level' as const, op: '<=' as const, cutoff: 60, weight: 2 }] };
    const p = encode(view);
    expect(p.get('mdim')).toBe('employment~myfile:employment_rate~level~le~60~2');
    expect(decodeMonitorView(p, [])).toEqual(view);
  });

  it('keeps the default and reports bad values', () => {
    const notices: { key: string; value: string }[] = [];
    const view = decodeMonitorView(new URLSearchParams('mk=2&mw=nope:1&mc=income:abc'), notices);
    expect(view).toEqual(createDefaultMonitorView());
    expect(notices.map((n) => n.key)).toEqual(expect.arrayContaining(['mw', 'mc', 'monitor']));
    const zero = decodeMonitorView(new URLSearchParams('mw=income:0,income_volatility:0,education:0,health:0,water:0,market:0'), []);
    expect(zero).toEqual(createDefaultMonitorView());
  });
});
