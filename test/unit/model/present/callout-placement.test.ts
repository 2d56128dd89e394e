import { describe, expect, it } from 'vitest';
import { calloutPlacement } from '../../../../src/model/present/callout-placement';

describe('calloutPlacement', () => {
  it('puts the label on the side with more room, no wider than that room', () => {
    // A county left of centre in a 1080 px portrait pane, leader 97 px: to the right, 1080 - 557 - 8 = 515 px.
    expect(calloutPlacement(460, 1080, 97)).toEqual({ side: 'right', maxWidth: 515 });
    // Right of centre: to the left, 700 - 97 - 8 = 595 px.
    expect(calloutPlacement(700, 1080, 97)).toEqual({ side: 'left', maxWidth: 595 });
  });

  it('never gives a negative width, even for a point on the edge of a tiny pane', () => {
    expect(calloutPlacement(5, 20, 30).maxWidth).toBe(0);
  });
});
