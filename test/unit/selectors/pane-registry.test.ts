import { afterEach, describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  allPanes,
  cameraTargetPane,
  fitTargetPane,
  focusPane,
  registerPane,
  resetPaneRegistry,
  unregisterPane,
  type PaneHandle,
} from '../../../src/selectors/pane-registry';

type Bbox = [number, number, number, number];

function fakePane(): PaneHandle & { fitted: { bbox: Bbox; maxZoom: number | undefined }[] } {
  const fitted: { bbox: Bbox; maxZoom: number | undefined }[] = [];
  return {
    map: {} as unknown as MaplibreMap,
    fitted,
    fitBounds: (bbox, maxZoom) => void fitted.push({ bbox, maxZoom }),
    jumpTo: () => undefined,
    getCamera: () => ({ lng: 0, lat: 0, zoom: 3 }),
    flyTo: () => undefined,
    frameChina: () => undefined,
  };
}

const GUIZHOU: Bbox = [103.6, 24.6, 109.6, 29.2];

describe('cameraTargetPane', () => {
  it('is the focused pane while it is mounted', () => {
    expect(cameraTargetPane([1, 0, 2], 2)).toBe(2);
    expect(cameraTargetPane([1, 0], 1)).toBe(1);
  });

  it('is the lowest mounted index without focus, whatever the mounting order', () => {
    expect(cameraTargetPane([3, 1, 2], null)).toBe(1);
    expect(cameraTargetPane([1, 0], null)).toBe(0);
  });

  it('ignores a focus on a pane that is gone', () => {
    expect(cameraTargetPane([0, 1], 3)).toBe(0);
  });

  it('is null with no pane', () => {
    expect(cameraTargetPane([], 0)).toBeNull();
  });
});

describe('fitTargetPane', () => {
  afterEach(resetPaneRegistry);

  it('moves pane 1 of the layout, not the pane that registered first', () => {
    const second = fakePane();
    const first = fakePane();
    registerPane(1, second);
    registerPane(0, first);
    expect(allPanes()[0]).toBe(second); // the old `allPanes()[0]` would have moved pane 2
    fitTargetPane(GUIZHOU, 8);
    expect(first.fitted).toEqual([{ bbox: GUIZHOU, maxZoom: 8 }]);
    expect(second.fitted).toEqual([]);
  });

  it('moves the focused pane, and falls back when it unmounts', () => {
    const panes = [fakePane(), fakePane(), fakePane(), fakePane()];
    panes.forEach((p, i) => registerPane(i, p));
    focusPane(2);
    fitTargetPane(GUIZHOU, 8.5);
    expect(panes.map((p) => p.fitted.length)).toEqual([0, 0, 1, 0]);
    unregisterPane(2, panes[2]!);
    fitTargetPane(GUIZHOU, 8);
    expect(panes.map((p) => p.fitted.length)).toEqual([1, 0, 1, 0]);
  });
});
