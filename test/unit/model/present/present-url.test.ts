import { describe, expect, it } from 'vitest';
import { decodePresentParams, encodePresentParams } from '../../../../src/model/present/present-url';
import { watchdogVerdict, WATCHDOG_LIMITS } from '../../../../src/model/present/watchdog';
import { decodeViewState, encodeViewState } from '../../../../src/model/view/view-url';
import { createDefaultViewState } from '../../../../src/model/view/view-state';

describe('present URL', () => {
  it('reads #present=1&story=ID&scene=N&autoplay=1 (scenes count from 1) and writes it back', () => {
    expect(decodePresentParams('#present=1')).toEqual({ story: null, scene: 0, autoplay: false });
    const p = decodePresentParams('#present=1&story=my-brief&scene=3&autoplay=1');
    expect(p).toEqual({ story: 'my-brief', scene: 2, autoplay: true });
    expect(decodePresentParams(`#${encodePresentParams(p!)}`)).toEqual(p);
    expect(decodePresentParams('#v=2&p0.y=2018')).toBeNull();
    expect(decodePresentParams('#present=1&story=<x>&scene=-4')).toEqual({ story: null, scene: 0, autoplay: false });
  });
});

describe('briefing field in the URL', () => {
  it('round-trips playback, ranking and path choices and leaves defaults out', () => {
    const view = createDefaultViewState();
    expect(encodeViewState(view)).not.toMatch(/play=|rk=|paths=|speed=/);
    view.briefing = { playing: true, speed: 2, ranking: { indicator: 'tap_water', mode: 'change', order: 'asc', province: '520000', poverty: '2019' }, paths: { tab: 'scatter', indicator: 'rural_income' } };
    const back = decodeViewState(encodeViewState(view));
    expect(back.notices).toEqual([]);
    expect(back.state.briefing).toEqual(view.briefing);
  });
  it('drops bad values with a notice and keeps the rest', () => {
    const r = decodeViewState('v=2&play=yes&rk=sideways:asc::all:&speed=7');
    expect(r.notices.map((n) => n.key).sort()).toEqual(['play', 'rk', 'speed']);
    expect(r.state.briefing).toEqual(createDefaultViewState().briefing);
  });
});

describe('watchdog', () => {
  const base = { nowMs: 100_000, visible: true, presenting: true, lastFrameMs: 99_000, sceneChangedMs: 90_000, panesDrewSinceChange: true };
  it('reloads when frames stop or a scene is not drawn in time, never on the desk or in a hidden tab', () => {
    const limits = { frameStallMs: 30_000, sceneGraceMs: 60_000 };
    expect(watchdogVerdict(base, limits)).toBeNull();
    expect(watchdogVerdict({ ...base, lastFrameMs: 50_000 }, limits)).toBe('frames-stalled');
    expect(watchdogVerdict({ ...base, panesDrewSinceChange: false, sceneChangedMs: 10_000 }, limits)).toBe('scene-not-drawn');
    expect(watchdogVerdict({ ...base, panesDrewSinceChange: false, sceneChangedMs: 95_000 }, limits)).toBeNull();
    // The defaults allow a software-rendered wall a minute without frames.
    expect(watchdogVerdict({ ...base, lastFrameMs: 50_000 })).toBeNull();
    expect(WATCHDOG_LIMITS.frameStallMs).toBeGreaterThanOrEqual(30_000);
    expect(watchdogVerdict({ ...base, lastFrameMs: 0, presenting: false })).toBeNull();
    expect(watchdogVerdict({ ...base, lastFrameMs: 0, visible: false })).toBeNull();
  });
});
