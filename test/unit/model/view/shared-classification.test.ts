import { describe, expect, it } from 'vitest';
import { classificationSharing } from '../../../../src/model/view/shared-classification';
import { createDefaultPane, DEFAULT_CLASSIFICATION } from '../../../../src/model/view/view-state';

const pane = (indicator: string | null, patch: Parameters<typeof createDefaultPane>[0] = {}) => createDefaultPane({ indicator, ...patch });

describe('classificationSharing', () => {
  it('panes with the same indicator and level follow the first of them', () => {
    const panes = [pane('sample:a', { year: 2013 }), pane('sample:a', { year: 2020 }), pane('sample:b'), pane('sample:a')];
    expect(classificationSharing(panes, 4, 0)).toEqual({ leader: null, peers: [1, 3] });
    expect(classificationSharing(panes, 4, 1)).toEqual({ leader: 0, peers: [0, 3] });
    expect(classificationSharing(panes, 4, 2)).toEqual({ leader: null, peers: [] });
    expect(classificationSharing(panes, 4, 3)).toEqual({ leader: 0, peers: [0, 1] });
  });

  it('a different level, a hidden pane, no indicator or own classes do not share', () => {
    const own = { ...DEFAULT_CLASSIFICATION, own: true };
    const panes = [pane('sample:a'), pane('sample:a', { level: 'province' }), pane('sample:a', { classification: own }), pane(null)];
    expect(classificationSharing(panes, 4, 1)).toEqual({ leader: null, peers: [] });
    expect(classificationSharing(panes, 4, 2)).toEqual({ leader: null, peers: [] });
    expect(classificationSharing(panes, 4, 3)).toEqual({ leader: null, peers: [] });
    expect(classificationSharing(panes, 4, 0)).toEqual({ leader: null, peers: [] });
    expect(classificationSharing([pane('sample:a'), pane('sample:a')], 1, 0)).toEqual({ leader: null, peers: [] });
  });

  it('an own-classes first pane leaves the next one to lead', () => {
    const own = { ...DEFAULT_CLASSIFICATION, own: true };
    const panes = [pane('sample:a', { classification: own }), pane('sample:a'), pane('sample:a')];
    expect(classificationSharing(panes, 4, 2)).toEqual({ leader: 1, peers: [1] });
  });
});
