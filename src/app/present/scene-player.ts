/**
 * The scene player: whenever the presentation moves to a scene it replays that scene's view (applyView, cameras
 * flying), arms the autoplay timer for the scene's dwell, keeps the URL hash on `#present=1&story=…&scene=N`, and
 * remembers the position in IndexedDB so a restarted wall resumes there. Leaving restores the desk view the user
 * had before presenting. Timers come from `getClock()`.
 */
import { useAppStore } from '../../store/app-store';
import { openStoryboard, type PresentState } from '../../store/present-slice';
import { getClock } from '../../lib/clock';
import type { ViewState } from '../../model/view/view-state';
import { decodePresentParams, encodePresentParams, type PresentParams } from '../../model/present/present-url';
import { readPresentResume, writePresentResume } from '../../data/storyboard-store-idb';
import { applyView } from './apply-view';
import { snapshotView } from '../url-sync';

/** Camera flight between scenes. */
export const SCENE_TRANSITION_MS = 1200;

let transitionMs = SCENE_TRANSITION_MS;

/** Sets the flight time (the soak and the browser tests use 0 so cameras jump). */
export function setSceneTransitionMs(ms: number): void {
  transitionMs = ms;
}

/** The hash a presentation state is shown under. */
export function presentHash(p: PresentState): string {
  return encodePresentParams({ story: p.storyId, scene: p.scene, autoplay: p.autoplay });
}

/** Starts the player; returns a function that stops it. */
export function startScenePlayer(): () => void {
  const clock = getClock();
  let timer: number | null = null;
  let deskView: ViewState | null = null;
  const disarm = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const arm = (p: PresentState): void => {
    disarm();
    if (!p.active || !p.autoplay || p.paused) return;
    const scene = openStoryboard(p).scenes[p.scene];
    if (!scene) return;
    timer = clock.setTimeout(() => {
      timer = null;
      useAppStore.getState().presentActions.step(1);
    }, scene.dwellMs);
  };
  const show = (p: PresentState): void => {
    const scene = openStoryboard(p).scenes[p.scene];
    if (scene) applyView(structuredClone(scene.view), { transitionMs });
    arm(p);
    void writePresentResume({ story: p.storyId, scene: p.scene, autoplay: p.autoplay, active: true });
  };
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    const p = s.present;
    const q = prev.present;
    if (p.active && !q.active) {
      deskView = snapshotView();
      show(p);
    } else if (!p.active && q.active) {
      disarm();
      void writePresentResume({ story: p.storyId, scene: p.scene, autoplay: p.autoplay, active: false });
      if (deskView) applyView(deskView, { transitionMs: 0 });
      deskView = null;
    } else if (p.active && (p.sceneSerial !== q.sceneSerial || p.storyId !== q.storyId)) {
      show(p);
    } else if (p.active && (p.paused !== q.paused || p.autoplay !== q.autoplay)) {
      arm(p);
    } else if (p.active && p.storyboards !== q.storyboards) {
      // The open storyboard was edited while presenting: show the edited scene.
      const before = openStoryboard(q).scenes[q.scene];
      const after = openStoryboard(p).scenes[p.scene];
      if (after && before !== after) show(p);
    }
  });
  const s = useAppStore.getState();
  if (s.present.active) show(s.present);
  return () => {
    unsubscribe();
    disarm();
  };
}

/**
 * Start-up: a `#present=1…` hash opens presentation mode at once (the demo, or the named storyboard once the
 * user's storyboards are loaded); `#present=1` without a scene resumes where the wall last was (IndexedDB), so a
 * kiosk restarting on a fixed URL comes back to its scene, still presenting. Returns whether it presents.
 */
export async function bootPresentation(hash: string, storyboardsLoaded: Promise<void>): Promise<boolean> {
  const params = decodePresentParams(hash);
  if (!params) return false;
  const actions = useAppStore.getState().presentActions;
  const hasScene = /(^|[#&])scene=/.test(hash);
  // Straight into the demo (or the scene asked for) while the user's storyboards load.
  if (params.story === null || hasScene) actions.enter({ storyId: params.story, scene: params.scene, autoplay: params.autoplay });
  await storyboardsLoaded;
  let target: PresentParams = params;
  if (!hasScene) {
    const resume = await readPresentResume();
    if (isResume(resume) && (params.story === null || params.story === resume.story)) {
      target = { story: resume.story, scene: resume.scene, autoplay: params.autoplay || resume.autoplay };
    }
  }
  const p = useAppStore.getState().present;
  const story = target.story ?? p.storyId;
  if (!p.active || p.storyId !== story || p.scene !== target.scene) {
    actions.enter({ storyId: story, scene: target.scene, autoplay: target.autoplay });
  }
  return true;
}

function isResume(value: unknown): value is { story: string; scene: number; autoplay: boolean } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.story === 'string' && typeof v.scene === 'number' && Number.isInteger(v.scene) && v.scene >= 0 && typeof v.autoplay === 'boolean';
}
