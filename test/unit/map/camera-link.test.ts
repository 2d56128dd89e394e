import { describe, expect, it } from 'vitest';
import { followMode, linkCameras, sameCamera } from '../../../src/map/camera-link';

const a = { lng: 100, lat: 30, zoom: 4 };
const b = { lng: 110, lat: 35, zoom: 6 };

describe('camera linking', () => {
  it('copies the camera to linked panes', () => {
    const out = linkCameras(0, b, ['linked', 'linked'], [a, a]);
    expect(out).toEqual([b, b]);
  });

  it('copies only the zoom to zoom-locked panes', () => {
    const out = linkCameras(0, b, ['linked', 'zoom'], [a, a]);
    expect(out[1]).toEqual({ lng: 100, lat: 30, zoom: 6 });
  });

  it('leaves independent panes alone, and an independent driver leads nobody', () => {
    expect(linkCameras(0, b, ['linked', 'independent'], [a, a])[1]).toBe(a);
    expect(linkCameras(0, b, ['independent', 'linked'], [a, a])[1]).toBe(a);
  });

  it('returns the same objects for panes already in place (no feedback loop)', () => {
    const out = linkCameras(1, b, ['linked', 'linked'], [b, a]);
    expect(out[0]).toBe(out[0]);
    expect(linkCameras(0, b, ['linked', 'linked'], out)[1]).toBe(out[1]);
  });

  it('decides follow modes symmetrically', () => {
    expect(followMode('zoom', 'linked')).toBe('zoom');
    expect(followMode('linked', 'zoom')).toBe('zoom');
    expect(followMode('linked', 'linked')).toBe('camera');
  });

  it('treats float noise as the same camera', () => {
    expect(sameCamera(a, { ...a, lng: a.lng + 1e-12 })).toBe(true);
    expect(sameCamera(a, { ...a, zoom: 4.01 })).toBe(false);
  });
});
