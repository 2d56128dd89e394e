import { describe, expect, it } from 'vitest';
import { nextPlayYear, playStartYear, setTimelineYear, stepIntervalMs, stepYear } from '../../../../src/panels/timeline/timeline-model';
import { createDefaultViewState } from '../../../../src/model/view/view-state';
import { setLayout, setPaneYear } from '../../../../src/store/view-updaters';

const YEARS = [2013, 2014, 2015, 2016];

describe('timeline model', () => {
  it('steps within the years and clamps at the ends', () => {
    expect(stepYear(YEARS, 2014, 1)).toBe(2015);
    expect(stepYear(YEARS, 2013, -1)).toBe(2013);
    expect(stepYear(YEARS, 2016, 1)).toBe(2016);
    expect(stepYear(YEARS, 2020, 0)).toBe(2016);
  });
  it('plays to the end and restarts from the first year', () => {
    expect(nextPlayYear(YEARS, 2015)).toBe(2016);
    expect(nextPlayYear(YEARS, 2016)).toBeNull();
    expect(playStartYear(YEARS, 2016)).toBe(2013);
    expect(playStartYear(YEARS, 2014)).toBe(2014);
    expect(stepIntervalMs(2)).toBe(500);
  });
  it('moves pane 0 and the panes showing its year; others keep theirs', () => {
    let v = setLayout(createDefaultViewState(), '4');
    v = setPaneYear(v, 2, 2015);
    const next = setTimelineYear(v, 2018);
    expect(next.panes.map((p) => p.year)).toEqual([2018, 2018, 2015, 2018]);
  });
});
