import { describe, expect, it } from 'vitest';
import { legendShown } from '../../../../src/panels/legend/legend-shown';
import { createDefaultViewState } from '../../../../src/model/view/view-state';
import { setLayout, setPaneOwnClasses, setPaneYear, setSwipe } from '../../../../src/store/view-updaters';

describe('which panes draw a legend', () => {
  const two = setPaneYear(setLayout(createDefaultViewState(), '2h'), 1, 2020);

  it('every pane outside swipe, shared classes or not', () => {
    expect([legendShown(two, 0), legendShown(two, 1)]).toEqual([true, true]);
    const four = setLayout(createDefaultViewState(), '4');
    expect([0, 1, 2, 3].map((i) => legendShown(four, i))).toEqual([true, true, true, true]);
  });

  it('swipe with shared classes: one legend, the leader\'s', () => {
    const swipe = setSwipe(two, true);
    expect([legendShown(swipe, 0), legendShown(swipe, 1)]).toEqual([true, false]);
  });

  it('swipe with own classes or another indicator: both legends', () => {
    const own = setSwipe(setPaneOwnClasses(two, 1, true), true);
    expect([legendShown(own, 0), legendShown(own, 1)]).toEqual([true, true]);
    const other = setSwipe({ ...two, panes: [two.panes[0]!, { ...two.panes[1]!, indicator: 'sample:tap_water' }] }, true);
    expect([legendShown(other, 0), legendShown(other, 1)]).toEqual([true, true]);
  });
});
