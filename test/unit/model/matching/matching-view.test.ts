import { describe, expect, it } from 'vitest';
import { createDefaultMatchingView, decodeMatchingView, encodeMatchingView } from '../../../../src/model/matching/matching-view';
import { labourScenarioOf } from '../../../../src/model/matching/matching-scenarios';
import { createDefaultViewState } from '../../../../src/model/view/view-state';
import { decodeViewState, encodeViewState } from '../../../../src/model/view/view-url';
import { packLabourFlows, unpackLabourFlow } from '../../../../src/model/matching/packed-flows';
import type { LabourFlow } from '../../../../src/model/matching/labour-explain';

describe('matching view in the URL', () => {
  it('leaves the default out of the URL and old links without mt still parse to the default', () => {
    expect(encodeMatchingView(createDefaultMatchingView())).toBeNull();
    expect(encodeViewState(createDefaultViewState())).not.toContain('mt=');
    expect(decodeViewState('v=2&tab=partnership').state.matching).toEqual(createDefaultMatchingView());
  });

  it('round-trips every field through the view URL, and the tab', () => {
    const view = createDefaultViewState();
    view.sideTab = 'match';
    view.matching = {
      mode: 'industry', structure: 2016, reach: 'any', compare: null, east: '330000', skill: 'care', partnerBonus: 800, travelCostPerKm: 0.8, flow: 12,
      trainPlaces: ['513221', '520000'], trainShare: 0.25, trainPlan: 'both',
    };
    const decoded = decodeViewState(encodeViewState(view));
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.matching).toEqual(view.matching);
    expect(decoded.state.sideTab).toBe('match');
  });

  it('reads links from before the training programme with none, and keeps the programme alone in the URL', () => {
    const m = createDefaultMatchingView();
    expect(decodeMatchingView('labour:2016:any:paired:::400:0.5:', m)).toBe(true);
    expect(m).toMatchObject({ structure: 2016, trainPlaces: [], trainShare: 0.5, trainPlan: 'b' });
    const view = createDefaultViewState();
    view.matching.trainPlaces = ['513200'];
    const decoded = decodeViewState(encodeViewState(view));
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.matching.trainPlaces).toEqual(['513200']);
    expect(decoded.state.matching.trainPlan).toBe('b');
  });

  it('applies the training programme to the chosen plan only', () => {
    const m = { ...createDefaultMatchingView(), trainPlaces: ['513200'], trainShare: 0.4 };
    expect(labourScenarioOf(m, 'paired', 0).training).toBeNull();
    expect(labourScenarioOf(m, 'any', 1).training).toEqual({ places: ['513200'], share: 0.4 });
    expect(labourScenarioOf({ ...m, trainPlan: 'both' }, 'paired', 0).training).toEqual({ places: ['513200'], share: 0.4 });
    expect(labourScenarioOf({ ...m, trainPlaces: [] }, 'any', 1).training).toBeNull();
  });

  it('drops bad training places and says so', () => {
    const m = createDefaultMatchingView();
    expect(decodeMatchingView('labour:2021:paired:any:::400:0.5::513221,xx,520000:2:both', m)).toBe(false);
    expect(m).toMatchObject({ trainPlaces: ['513221', '520000'], trainShare: 0.5, trainPlan: 'both' });
  });

  it('keeps the good parts of a bad mt value and says so', () => {
    const m = createDefaultMatchingView();
    expect(decodeMatchingView('labour:2016:nowhere:any:123:care:99999:0.5:', m)).toBe(false);
    expect(m).toMatchObject({ structure: 2016, reach: 'paired', compare: 'any', east: null, skill: 'care', partnerBonus: 400 });
    expect(decodeViewState('v=2&mt=bogus').notices.map((n) => n.key)).toContain('mt');
  });
});

describe('packed labour flows', () => {
  it('unpacks exactly what was packed', () => {
    const flows: LabourFlow[] = [
      { skill: 'care', county: '513221', group: 'trained-far', destKind: 'east', dest: '330100', people: 120, distanceKm: 1650, pairing: '2021-330000-510000',
        utility: { wage: 5000, travel: -1125, housing: 600, training: 0, partner: 400, total: 4875 }, binding: ['supply', 'willingness'],
        runnerUp: { destKind: 'capital', dest: '510100', utility: 3000, reducedCost: -1875 }, supplyShadow: 4875, vacancyShadow: 0, trainedShadow: 4875 },
      { skill: 'care', county: '513221', group: 'untrained-local', destKind: 'local', dest: '513221', people: 30, distanceKm: 0, pairing: null,
        utility: { wage: 1700, travel: 0, housing: 0, training: 0, partner: 0, total: 1700 }, binding: [], runnerUp: null, supplyShadow: 0, vacancyShadow: 1700, trainedShadow: null },
    ];
    const packed = packLabourFlows(flows);
    expect(packed.count).toBe(2);
    expect(flows.map((_, i) => unpackLabourFlow(packed, i))).toEqual(flows);
  });
});
