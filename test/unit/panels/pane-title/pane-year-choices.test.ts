import { describe, expect, it } from 'vitest';
import { paneYearChoices } from '../../../../src/panels/pane-title/pane-title-model';
import { indicatorYears } from '../../../../src/panels/timeline/timeline-model';

const YEARS = [2016, 2017, 2018, 2019, 2020];
const base = { pane: 1, paneCount: 2, timelineAll: false, hasIndicator: true, years: YEARS };

describe('a pane’s own year control', () => {
  it('is offered on every pane but the timeline’s lead, with 2 and 4 panes, while the panes do not all follow', () => {
    expect(paneYearChoices(base)).toEqual(YEARS);
    expect(paneYearChoices({ ...base, paneCount: 4, pane: 3 })).toEqual(YEARS);
    expect(paneYearChoices({ ...base, pane: 0 })).toBeNull();
    expect(paneYearChoices({ ...base, paneCount: 1, pane: 0 })).toBeNull();
    expect(paneYearChoices({ ...base, timelineAll: true })).toBeNull();
  });

  it('has nothing to offer without an indicator or for a single-year indicator', () => {
    expect(paneYearChoices({ ...base, hasIndicator: false })).toBeNull();
    expect(paneYearChoices({ ...base, years: [2020] })).toBeNull();
  });
});

describe('indicatorYears', () => {
  const datasets = [
    { id: 'census', manifest: { years: [2010, 2020], indicators: [{ id: 'tap_water', years: [2020] }, { id: 'age' }] } },
    { id: 'sample', manifest: { years: YEARS, indicators: [{ id: 'poverty_incidence' }] } },
  ];
  it('takes the indicator’s own years, else its dataset’s, else the fallback', () => {
    expect(indicatorYears('census:tap_water', datasets, [1])).toEqual([2020]);
    expect(indicatorYears('census:age', datasets, [1])).toEqual([2010, 2020]);
    expect(indicatorYears(null, datasets, [1])).toEqual(YEARS);
    expect(indicatorYears('missing:x', datasets, [1])).toEqual([1]);
  });
});
