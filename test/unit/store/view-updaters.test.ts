import { describe, expect, it } from 'vitest';
import { createDefaultViewState } from '../../../src/model/view/view-state';
import * as up from '../../../src/store/view-updaters';

const base = createDefaultViewState();

describe('view updaters', () => {
  it('replace-selects a county and focuses it', () => {
    const v = up.selectCounty(base, '510104', 'replace');
    expect(v.selection).toEqual(['510104']);
    expect(v.focus).toBe('510104');
  });

  it('toggles a county in and out of the selection, moving focus back', () => {
    let v = up.selectCounty(base, '510104', 'toggle');
    v = up.selectCounty(v, '110101', 'toggle');
    expect(v.selection).toEqual(['510104', '110101']);
    v = up.selectCounty(v, '110101', 'toggle');
    expect(v.selection).toEqual(['510104']);
    expect(v.focus).toBe('510104');
  });

  it('returns the same object when clearing an empty selection', () => {
    expect(up.clearSelection(base)).toBe(base);
  });

  it('grows the layout by copying the first pane and shrinks by dropping panes', () => {
    const v4 = up.setLayout(up.setPaneYear(base, 0, 2016), '4');
    expect(v4.panes).toHaveLength(4);
    expect(v4.panes.every((p) => p.year === 2016)).toBe(true);
    expect(v4.legendHighlight).toHaveLength(4);
    expect(up.setLayout(v4, '1').panes).toHaveLength(1);
  });

  it('turns on swipe by switching to two panes', () => {
    const v = up.setSwipe(base, true, 1.4);
    expect(v.layout).toBe('2h');
    expect(v.swipe).toEqual({ enabled: true, position: 1 });
  });

  it('keeps the comparison set unique and capped', () => {
    const codes = Array.from({ length: 15 }, (_, i) => String(110101 + i));
    const v = up.addToCompare(up.addToCompare(base, ['110101']), codes);
    expect(v.compare).toHaveLength(up.MAX_COMPARE);
    expect(new Set(v.compare).size).toBe(v.compare.length);
  });

  it('clears a pane legend highlight when its indicator changes', () => {
    const v = up.setLegendHighlight(base, 0, 2);
    expect(v.legendHighlight).toEqual([2]);
    expect(up.setPaneIndicator(v, 0, 'sample:tap_water').legendHighlight).toEqual([null]);
  });

  it('ignores updates to a pane that does not exist', () => {
    expect(up.setPaneYear(base, 3, 2015)).toBe(base);
  });
});
