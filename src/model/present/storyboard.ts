/**
 * A Storyboard is an ordered list of scenes. Pure editing operations (kepler-style updaters): each takes a
 * storyboard and returns a new one, or the same object when nothing changed.
 */
import type { ViewState } from '../view/view-state';
import { DEFAULT_DWELL_MS, MAX_DWELL_MS, MIN_DWELL_MS, type Callout, type Scene, type SceneText } from './scene';

/** An ordered list of scenes. */
export interface Storyboard {
  /** Stable id ("demo" for the shipped one). */
  id: string;
  title: SceneText;
  /** Built from sample data: every view of it says 示例数据. */
  sample: boolean;
  scenes: Scene[];
}

/** Most scenes a storyboard holds. */
export const MAX_SCENES = 200;

/** A scene id not used in the storyboard ("s1", "s2", …). */
export function nextSceneId(board: Storyboard): string {
  const used = new Set(board.scenes.map((s) => s.id));
  let n = board.scenes.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/** Adds a scene showing `view` after position `after` (default: at the end). */
export function addScene(board: Storyboard, view: ViewState, title: SceneText, after = board.scenes.length - 1): Storyboard {
  if (board.scenes.length >= MAX_SCENES) return board;
  const scene: Scene = { id: nextSceneId(board), title, note: '', dwellMs: DEFAULT_DWELL_MS, callouts: [], view: structuredClone(view) };
  const at = Math.max(0, Math.min(board.scenes.length, after + 1));
  return { ...board, scenes: [...board.scenes.slice(0, at), scene, ...board.scenes.slice(at)] };
}

/** Moves the scene at `from` to position `to` (drag and drop, or Alt+↑/↓). */
export function moveScene(board: Storyboard, from: number, to: number): Storyboard {
  const n = board.scenes.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return board;
  const scenes = [...board.scenes];
  const [moved] = scenes.splice(from, 1);
  scenes.splice(to, 0, moved!);
  return { ...board, scenes };
}

/** What an edit may change of a scene. */
export type ScenePatch = Partial<Pick<Scene, 'title' | 'note' | 'dwellMs' | 'callouts' | 'view'>>;

/** Changes a scene's title, note, dwell, callouts or view; the dwell is clamped to its allowed range. */
export function updateScene(board: Storyboard, index: number, patch: ScenePatch): Storyboard {
  const scene = board.scenes[index];
  if (!scene) return board;
  const next: Scene = { ...scene, ...patch };
  if (patch.dwellMs !== undefined) next.dwellMs = Math.round(Math.max(MIN_DWELL_MS, Math.min(MAX_DWELL_MS, patch.dwellMs)));
  return { ...board, scenes: board.scenes.map((s, i) => (i === index ? next : s)) };
}

/** Adds a callout to a scene (a county already called out there has its text replaced). */
export function setCallout(board: Storyboard, index: number, callout: Callout): Storyboard {
  const scene = board.scenes[index];
  if (!scene) return board;
  const others = scene.callouts.filter((c) => !(c.adcode === callout.adcode && c.pane === callout.pane));
  return updateScene(board, index, { callouts: [...others, callout].slice(-8) });
}

/** Removes a scene's callout for a county. */
export function removeCallout(board: Storyboard, index: number, adcode: string): Storyboard {
  const scene = board.scenes[index];
  if (!scene) return board;
  return updateScene(board, index, { callouts: scene.callouts.filter((c) => c.adcode !== adcode) });
}

/** Copies the scene at `index` right after it, with a new id. */
export function duplicateScene(board: Storyboard, index: number): Storyboard {
  const scene = board.scenes[index];
  if (!scene || board.scenes.length >= MAX_SCENES) return board;
  const copy: Scene = { ...structuredClone(scene), id: nextSceneId(board) };
  return { ...board, scenes: [...board.scenes.slice(0, index + 1), copy, ...board.scenes.slice(index + 1)] };
}

/** Deletes the scene at `index`. */
export function deleteScene(board: Storyboard, index: number): Storyboard {
  if (!board.scenes[index]) return board;
  return { ...board, scenes: board.scenes.filter((_, i) => i !== index) };
}

/** The scene index after a step, looping at both ends (a wall plays on). */
export function stepSceneIndex(count: number, index: number, delta: number): number {
  if (count <= 0) return 0;
  return (((index + delta) % count) + count) % count;
}

/** A scene index clamped into the storyboard (a link naming scene 99 of 6 shows the last). */
export function clampSceneIndex(count: number, index: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.max(0, Math.min(count - 1, Math.trunc(index)));
}
