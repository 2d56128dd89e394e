import { describe, expect, it } from 'vitest';
import { fitPadding } from '../../../src/map/fit-padding';

describe('fitPadding', () => {
  it('adds the margin to the covered edges', () => {
    expect(fitPadding({ top: 0, right: 0, bottom: 120, left: 400 }, { width: 1460, height: 975 })).toEqual({ top: 40, right: 40, bottom: 160, left: 440 });
  });

  it('falls back to the plain margin when the covers would leave too little map', () => {
    expect(fitPadding({ top: 0, right: 0, bottom: 0, left: 500 }, { width: 800, height: 600 })).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
  });
});
