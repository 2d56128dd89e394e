import { describe, expect, it } from 'vitest';
import { hasLocalCjkFont } from '../../../src/app/cjk-font';

/** A fake text measurer: installed families have their own width; missing ones fall back to the generic family. */
function measurer(installed: string[]): (font: string) => number {
  return (font) => {
    const family = /"([^"]+)"/.exec(font)?.[1];
    if (family && installed.includes(family)) return 320;
    return font.endsWith('monospace') ? 352 : 300;
  };
}

describe('local CJK font detection', () => {
  it('finds an installed family of the stack', () => {
    expect(hasLocalCjkFont(measurer(['Microsoft YaHei']))).toBe(true);
  });

  it('reports none when every family falls back to the generic fonts', () => {
    expect(hasLocalCjkFont(measurer([]))).toBe(false);
  });
});
