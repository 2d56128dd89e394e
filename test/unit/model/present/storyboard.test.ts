import { describe, expect, it } from 'vitest';
import { createDefaultViewState } from '../../../../src/model/view/view-state';
import { createDemoStoryboard } from '../../../../src/model/present/demo-storyboard';
import {
  addScene, clampSceneIndex, deleteScene, duplicateScene, moveScene, removeCallout, setCallout, stepSceneIndex, updateScene, type Storyboard,
} from '../../../../src/model/present/storyboard';
import { MAX_DWELL_MS, MIN_DWELL_MS, parseScene } from '../../../../src/model/present/scene';
import { parseStoryboardJson, storyboardToJson } from '../../../../src/model/present/storyboard-json';
import { parseViewObject } from '../../../../src/model/view/view-object';

function board(): Storyboard {
  let b: Storyboard = { id: 'b', title: 'B', sample: false, scenes: [] };
  for (const t of ['one', 'two', 'three']) b = addScene(b, createDefaultViewState(), t);
  return b;
}
const titles = (b: Storyboard) => b.scenes.map((s) => s.title);

describe('storyboard editing', () => {
  it('adds scenes with distinct ids, after a given position, holding a copy of the view', () => {
    const view = createDefaultViewState();
    let b = addScene(board(), view, 'middle', 0);
    expect(titles(b)).toEqual(['one', 'middle', 'two', 'three']);
    expect(new Set(b.scenes.map((s) => s.id)).size).toBe(4);
    view.panes[0]!.year = 1999;
    expect(b.scenes[1]!.view.panes[0]!.year).not.toBe(1999);
    b = deleteScene(b, 1);
    expect(titles(b)).toEqual(['one', 'two', 'three']);
  });
  it('reorders, duplicates and deletes; out-of-range edits change nothing', () => {
    const b = board();
    expect(titles(moveScene(b, 0, 2))).toEqual(['two', 'three', 'one']);
    expect(titles(moveScene(b, 2, 0))).toEqual(['three', 'one', 'two']);
    expect(moveScene(b, 0, 5)).toBe(b);
    const d = duplicateScene(b, 1);
    expect(titles(d)).toEqual(['one', 'two', 'two', 'three']);
    expect(d.scenes[2]!.id).not.toBe(d.scenes[1]!.id);
    expect(deleteScene(b, 7)).toBe(b);
  });
  it('edits title, note, dwell (clamped) and callouts', () => {
    let b = updateScene(board(), 0, { title: '新标题', note: '说明', dwellMs: 1 });
    expect(b.scenes[0]).toMatchObject({ title: '新标题', note: '说明', dwellMs: MIN_DWELL_MS });
    b = updateScene(b, 0, { dwellMs: 1e9 });
    expect(b.scenes[0]!.dwellMs).toBe(MAX_DWELL_MS);
    b = setCallout(b, 0, { adcode: '520627', text: '沿河', pane: 0 });
    b = setCallout(b, 0, { adcode: '520627', text: '沿河县', pane: 0 });
    expect(b.scenes[0]!.callouts).toEqual([{ adcode: '520627', text: '沿河县', pane: 0 }]);
    expect(removeCallout(b, 0, '520627').scenes[0]!.callouts).toEqual([]);
  });
  it('steps with a loop and clamps jumps', () => {
    expect(stepSceneIndex(6, 5, 1)).toBe(0);
    expect(stepSceneIndex(6, 0, -1)).toBe(5);
    expect(clampSceneIndex(6, 99)).toBe(5);
    expect(clampSceneIndex(0, 3)).toBe(0);
  });
});

describe('scene schema and storyboard files', () => {
  it('the demo storyboard has at least six valid scenes, is marked sample data and survives a round trip', () => {
    const demo = createDemoStoryboard();
    expect(demo.scenes.length).toBeGreaterThanOrEqual(6);
    expect(demo.sample).toBe(true);
    const back = parseStoryboardJson(storyboardToJson(demo));
    expect(back).toEqual({ ok: true, storyboard: demo });
    expect(demo.scenes.map((s) => s.view.layout)).toContain('4');
    expect(demo.scenes.some((s) => s.view.panes[0]!.layers.arcs && s.view.partnership.structure === 2021)).toBe(true);
  });
  it('rejects a bad file with the path of the problem and loads nothing', () => {
    const good = JSON.parse(storyboardToJson(createDemoStoryboard())) as { storyboard: { scenes: Record<string, unknown>[] } };
    const bad = structuredClone(good);
    (bad.storyboard.scenes[2]!.view as { panes: { year: unknown }[] }).panes[0]!.year = 'soon';
    const r = parseStoryboardJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/scenes\[2\]\.view.*panes\[0\]\.year/);
    expect(parseStoryboardJson('{"kind":"x"}')).toMatchObject({ ok: false, error: expect.stringMatching(/not a Tandem storyboard/) });
    expect(parseStoryboardJson('not json')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    const twice = structuredClone(good);
    twice.storyboard.scenes[1]!.id = twice.storyboard.scenes[0]!.id;
    expect(parseStoryboardJson(JSON.stringify(twice))).toMatchObject({ ok: false, error: expect.stringMatching(/used twice/) });
    const dwell = structuredClone(good);
    dwell.storyboard.scenes[0]!.dwellMs = 5;
    expect(parseStoryboardJson(JSON.stringify(dwell))).toMatchObject({ ok: false, error: expect.stringMatching(/scenes\[0\]\.dwellMs/) });
    const newer = { ...good, v: 99 };
    expect(parseStoryboardJson(JSON.stringify(newer))).toMatchObject({ ok: false, error: expect.stringMatching(/newer Tandem/) });
  });
  it('upgrades old views: a v1 object and a v2 view from before the feature fields', () => {
    const v2 = structuredClone(createDefaultViewState()) as Partial<ReturnType<typeof createDefaultViewState>>;
    delete v2.briefing;
    expect(parseViewObject(v2).briefing).toEqual(createDefaultViewState().briefing);
    const { panes: _p, ...rest } = createDefaultViewState();
    const v1 = { ...rest, v: 1, indicator: 'sample:tap_water', year: 2018, camera: { lng: 100, lat: 30, zoom: 5 },
      level: 'county', classification: { method: 'quantile', classes: 5, scheme: 'YlOrRd' }, link: 'linked', layers: { choropleth: true, arcs: false, labels: true } };
    const pane = { indicator: 'sample:tap_water', year: 2018, camera: { lng: 100, lat: 30, zoom: 5 }, level: 'county',
      classification: { method: 'quantile', classes: 5, scheme: 'YlOrRd' }, link: 'linked', layers: { choropleth: true, arcs: false, labels: true } };
    const upgraded = parseViewObject({ ...v1, panes: [pane] });
    expect(upgraded.v).toBe(2);
    expect(upgraded.panes[0]!.year).toBe(2018);
    expect(() => parseViewObject({ ...createDefaultViewState(), v: 7 })).toThrow(/newer Tandem/);
    expect(() => parseScene({ id: 'x', title: 't', dwellMs: 5000, view: { v: 2 } }, 'scene')).toThrow(/scene\.view/);
  });
});
