import { describe, expect, it } from 'vitest';
import { placeTooltip, TOOLTIP_OFFSET_PX } from '../../../../src/panels/partnership/tooltip-placement';

describe('placeTooltip', () => {
  it('puts the box below-right of the pointer when it fits', () => {
    expect(placeTooltip(100, 50, 200, 80, 1000, 600)).toEqual({ left: 100 + TOOLTIP_OFFSET_PX, top: 50 + TOOLTIP_OFFSET_PX });
  });

  it('flips to the left and above near the right and bottom edges', () => {
    expect(placeTooltip(950, 580, 200, 80, 1000, 600)).toEqual({ left: 950 - TOOLTIP_OFFSET_PX - 200, top: 580 - TOOLTIP_OFFSET_PX - 80 });
  });

  it('clamps into the pane when neither side has room', () => {
    expect(placeTooltip(150, 10, 280, 40, 300, 600)).toEqual({ left: 20, top: 10 + TOOLTIP_OFFSET_PX });
  });

  it('keeps the start of a box larger than the pane at the edge', () => {
    expect(placeTooltip(50, 50, 500, 900, 300, 600)).toEqual({ left: 0, top: 0 });
  });
});
