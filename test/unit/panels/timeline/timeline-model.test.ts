import { describe, expect, it } from 'vitest';
import { nextPlayYear, paneNumbers, playStartYear, setTimelineAll, setTimelineYear, stepIntervalMs, stepYear, timelineDrivenPanes } from '../../../../src/panels/timeline/timeline-model';
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
  it('says which panes it drives: pane 0 and those on its year, or all when all follow', () => {
    let v = setLayout(createDefaultViewState(), '4');
    v = setPaneYear(v, 2, 2015);
    expect(timelineDrivenPanes(v)).toEqual([0, 1, 3]);
    expect(paneNumbers('zh-CN', timelineDrivenPanes(v))).toBe('1、2、4');
    expect(paneNumbers('en', timelineDrivenPanes(v))).toBe('1, 2, 4');
    // Pane 0 on another year than all others: it alone follows.
    expect(timelineDrivenPanes(setPaneYear(v, 0, 2019))).toEqual([0]);
    // One pane: the timeline drives it; panes kept beyond the layout are not counted.
    expect(timelineDrivenPanes(createDefaultViewState())).toEqual([0]);
    expect(timelineDrivenPanes({ ...setLayout(v, '2h'), panes: v.panes })).toEqual([0, 1]);
  });
  it('"all panes follow" brings every pane to pane 0\'s year and keeps them together', () => {
    let v = setLayout(createDefaultViewState(), '4');
    v = setPaneYear(setPaneYear(v, 2, 2015), 3, 2020);
    const all = setTimelineAll(v, true);
    expect(all.timelineAll).toBe(true);
    expect(all.panes.map((p) => p.year)).toEqual([2016, 2016, 2016, 2016]);
    expect(timelineDrivenPanes(all)).toEqual([0, 1, 2, 3]);
    expect(setTimelineYear(all, 2019).panes.map((p) => p.year)).toEqual([2019, 2019, 2019, 2019]);
    // Turning it off keeps the years; panes set apart again stay apart.
    const off = setTimelineAll(setPaneYear(all, 3, 2020), false);
    expect(off.timelineAll).toBe(false);
    expect(setTimelineYear(off, 2018).panes.map((p) => p.year)).toEqual([2018, 2018, 2018, 2020]);
  });
});
