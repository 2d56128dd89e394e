import { describe, expect, it } from 'vitest';
import { decodeViewState } from '../../../../src/model/view/view-url';
import { FALLBACK_INDICATOR, fallBackMissingIndicators, findMissingPaneIndicators } from '../../../../src/model/indicators/pane-datasets';

const mine = { id: 'myfile', manifest: { indicators: [{ id: 'tap_water' }], attributes: [{ id: 'exit_year' }] } };

describe('findMissingPaneIndicators', () => {
  it('flags a link naming a dataset this browser does not have, per pane', () => {
    const { state } = decodeViewState('v=2&panes=2&p0.ind=myfile:tap_water&p1.ind=sample:tap_water');
    expect(findMissingPaneIndicators(state, [])).toEqual([{ pane: 0, indicator: 'myfile:tap_water', datasetMissing: true }]);
    expect(findMissingPaneIndicators(state, [mine])).toEqual([]);
  });

  it('flags an unknown indicator of a dataset that is here, and accepts its attributes', () => {
    const { state } = decodeViewState('v=2&panes=2&p0.ind=myfile:nope&p1.ind=myfile:exit_year');
    expect(findMissingPaneIndicators(state, [mine])).toEqual([{ pane: 0, indicator: 'myfile:nope', datasetMissing: false }]);
  });

  it('leaves the sample and province-only panes to others', () => {
    const { state } = decodeViewState('v=2&panes=2&p0.ind=sample:whatever&p1.ind=none');
    expect(findMissingPaneIndicators(state, [])).toEqual([]);
  });
});

describe('fallBackMissingIndicators', () => {
  it('puts the sample indicator on the missing panes only, keeping everything else', () => {
    const { state } = decodeViewState('v=2&panes=2&p0.ind=myfile:tap_water&p0.y=2017&p1.ind=sample:tap_water');
    const next = fallBackMissingIndicators(state, findMissingPaneIndicators(state, []));
    expect(next.panes.map((p) => p.indicator)).toEqual([FALLBACK_INDICATOR, 'sample:tap_water']);
    expect(next.panes[0]?.year).toBe(2017);
    expect(next.panes[1]).toBe(state.panes[1]);
  });

  it('returns the same view when nothing is missing', () => {
    const { state } = decodeViewState('v=2');
    expect(fallBackMissingIndicators(state, [])).toBe(state);
  });
});
