import { describe, expect, it } from 'vitest';
import { createDefaultFundsView, decodeFundsView, encodeFundsView } from '../../../../src/model/funds/funds-view';
import { decodeViewState, encodeViewState } from '../../../../src/model/view/view-url';
import { createDefaultViewState } from '../../../../src/model/view/view-state';

describe('funds view in the URL', () => {
  it('is omitted when default and round-trips otherwise', () => {
    expect(encodeFundsView(createDefaultFundsView())).toBeNull();
    const view = { year: 2023, province: '520000', node: 'p.industry', outcome: 'monitored_households' };
    expect(decodeFundsView(encodeFundsView(view))).toEqual({ view, bad: false });
    const state = { ...createDefaultViewState(), funds: view, sideTab: 'funds' as const };
    const decoded = decodeViewState(encodeViewState(state));
    expect(decoded.state.funds).toEqual(view);
    expect(decoded.state.sideTab).toBe('funds');
    expect(encodeViewState(createDefaultViewState())).not.toContain('fd=');
    // Readable in the link: ':' is kept unescaped like the other compound keys.
    expect(encodeViewState(state)).toContain('fd=2023:520000:p.industry:monitored_households');
  });

  it('keeps defaults for bad parts and old links without fd', () => {
    expect(decodeFundsView('20x3:52:<b>:')).toEqual({ view: createDefaultFundsView(), bad: true });
    const decoded = decodeViewState('v=2&fd=2022::g.520100:&tab=risks');
    expect(decoded.state.funds).toMatchObject({ year: 2022, node: 'g.520100' });
    expect(decoded.state.sideTab).toBe('risks');
    expect(decodeViewState('v=2&tab=ranking').state.funds).toEqual(createDefaultFundsView());
    expect(decodeViewState('v=2&fd=bad:bad').notices.map((n) => n.key)).toContain('fd');
  });
});
