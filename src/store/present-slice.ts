/**
 * Presentation mode and the storyboards: which storyboard is open, which scene shows, whether the wall is
 * presenting, autoplaying, paused or blanked. The scene's view itself lives in the view slice (applyView puts it
 * there), so everything that reads the view reads a scene the same way.
 */
import type { Storyboard } from '../model/present/storyboard';
import { clampSceneIndex, stepSceneIndex } from '../model/present/storyboard';
import { createDemoStoryboard, DEMO_STORYBOARD_ID } from '../model/present/demo-storyboard';
import type { SliceCreator } from './slice';

/** Presentation state. */
export interface PresentState {
  /** The wall is presenting (chrome hidden, scenes full-screen). */
  active: boolean;
  /** Open storyboard's id. */
  storyId: string;
  /** Zero-based index of the scene showing (or last shown). */
  scene: number;
  /** Scenes advance by themselves after their dwell. */
  autoplay: boolean;
  /** Autoplay held (P). */
  paused: boolean;
  /** Screen blanked (B). */
  blank: boolean;
  /** Increments on every scene change (the player, the progress bar and the watchdog key on it). */
  sceneSerial: number;
  /** Storyboards known: the demo first, then the user's (from IndexedDB). */
  storyboards: Storyboard[];
}

/** Presentation slice. */
export interface PresentSlice {
  present: PresentState;
  presentActions: {
    enter: (opts?: { storyId?: string | null; scene?: number; autoplay?: boolean }) => void;
    leave: () => void;
    /** Shows scene `index` (clamped). */
    goTo: (index: number) => void;
    /** Next or previous scene, looping. */
    step: (delta: number) => void;
    togglePause: () => void;
    toggleBlank: () => void;
    openStoryboard: (id: string) => void;
    /** Adds or replaces a storyboard (by id). */
    putStoryboard: (board: Storyboard) => void;
    removeStoryboard: (id: string) => void;
    setStoryboards: (boards: Storyboard[]) => void;
  };
}

/** The open storyboard of a presentation state (the demo when the id is unknown). */
export function openStoryboard(state: PresentState): Storyboard {
  return state.storyboards.find((b) => b.id === state.storyId) ?? state.storyboards[0] ?? createDemoStoryboard();
}

/** Creates the slice. */
export const createPresentSlice: SliceCreator<PresentSlice> = (set) => {
  const patch = (fn: (p: PresentState) => Partial<PresentState> | null): void =>
    set((s) => {
      const change = fn(s.present);
      return change ? { present: { ...s.present, ...change } } : s;
    });
  const count = (p: PresentState): number => openStoryboard(p).scenes.length;
  return {
    present: {
      active: false,
      storyId: DEMO_STORYBOARD_ID,
      scene: 0,
      autoplay: false,
      paused: false,
      blank: false,
      sceneSerial: 0,
      storyboards: [createDemoStoryboard()],
    },
    presentActions: {
      enter: (opts = {}) =>
        patch((p) => {
          const storyId = opts.storyId && p.storyboards.some((b) => b.id === opts.storyId) ? opts.storyId : opts.storyId ? DEMO_STORYBOARD_ID : p.storyId;
          const next = { ...p, storyId };
          return {
            active: true,
            storyId,
            scene: clampSceneIndex(count(next), opts.scene ?? p.scene),
            autoplay: opts.autoplay ?? p.autoplay,
            paused: false,
            blank: false,
            sceneSerial: p.sceneSerial + 1,
          };
        }),
      leave: () => patch((p) => (p.active ? { active: false, blank: false } : null)),
      goTo: (index) => patch((p) => ({ scene: clampSceneIndex(count(p), index), sceneSerial: p.sceneSerial + 1, blank: false })),
      step: (delta) => patch((p) => ({ scene: stepSceneIndex(count(p), p.scene, delta), sceneSerial: p.sceneSerial + 1, blank: false })),
      togglePause: () => patch((p) => ({ paused: !p.paused, autoplay: true })),
      toggleBlank: () => patch((p) => ({ blank: !p.blank })),
      openStoryboard: (id) => patch((p) => (p.storyboards.some((b) => b.id === id) ? { storyId: id, scene: 0 } : null)),
      putStoryboard: (board) =>
        patch((p) => {
          const has = p.storyboards.some((b) => b.id === board.id);
          const storyboards = has ? p.storyboards.map((b) => (b.id === board.id ? board : b)) : [...p.storyboards, board];
          const scene = board.id === p.storyId ? clampSceneIndex(board.scenes.length, p.scene) : p.scene;
          return { storyboards, scene };
        }),
      removeStoryboard: (id) =>
        patch((p) => {
          if (id === DEMO_STORYBOARD_ID) return null;
          const storyboards = p.storyboards.filter((b) => b.id !== id);
          return p.storyId === id ? { storyboards, storyId: DEMO_STORYBOARD_ID, scene: 0 } : { storyboards };
        }),
      setStoryboards: (boards) =>
        patch((p) => {
          const storyboards = [createDemoStoryboard(), ...boards.filter((b) => b.id !== DEMO_STORYBOARD_ID)];
          const known = storyboards.some((b) => b.id === p.storyId);
          return { storyboards, storyId: known ? p.storyId : DEMO_STORYBOARD_ID };
        }),
    },
  };
};
