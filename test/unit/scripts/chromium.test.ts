import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/lib/chromium.mjs';

describe('findChromium', () => {
  it('prefers an executable CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('skips a CHROMIUM_PATH that is not there', () => {
    const found = findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' });
    expect(found).not.toBe('/nonexistent/chrome');
  });
});

describe('CHROMIUM_ARGS', () => {
  it('are exactly the flags the project runs Chromium with (software WebGL, no background traffic)', () => {
    expect(CHROMIUM_ARGS).toEqual([
      '--headless',
      '--no-sandbox',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ]);
  });
});
