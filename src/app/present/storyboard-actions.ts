/**
 * What the storyboard commands and the storyboard panel do beyond the pure editing in model/present/storyboard.ts:
 * take the current view, keep the user's storyboards in IndexedDB, and export or import a storyboard as a JSON
 * file (validated on load: a bad file changes nothing and says what is wrong).
 */
import type { Storyboard } from '../../model/present/storyboard';
import { addScene } from '../../model/present/storyboard';
import { DEMO_STORYBOARD_ID } from '../../model/present/demo-storyboard';
import { parseStoryboardJson, storyboardToJson } from '../../model/present/storyboard-json';
import { sceneText } from '../../model/present/scene';
import { useAppStore } from '../../store/app-store';
import { openStoryboard } from '../../store/present-slice';
import { createIdbStoryboardStore, type StoryboardStore } from '../../data/storyboard-store-idb';
import { downloadText } from '../../panels/ranking/download-text';
import { presentText } from '../../panels/present/present-strings';
import { snapshotView } from '../url-sync';

let store: StoryboardStore | null = null;
const idb = (): StoryboardStore => (store ??= createIdbStoryboardStore());

/** Loads the user's storyboards from IndexedDB into the store (damaged records are skipped with a notice). */
export async function bootStoryboards(): Promise<void> {
  try {
    const { boards, skipped } = await idb().list();
    const s = useAppStore.getState();
    s.presentActions.setStoryboards(boards);
    for (const detail of skipped) s.noticeActions.push('warning', presentText(s.view.lang, 'skipped', { detail }));
  } catch {
    // No IndexedDB (private mode): the demo and this session's storyboards still work.
  }
}

/** Saves a storyboard (in the store at once, in IndexedDB after). The demo is never saved over. */
export function saveStoryboard(board: Storyboard): void {
  const s = useAppStore.getState();
  s.presentActions.putStoryboard(board);
  if (board.id === DEMO_STORYBOARD_ID) return;
  idb()
    .save(board)
    .catch((error: unknown) => s.noticeActions.push('warning', presentText(s.view.lang, 'savedFailed', { error: String(error) })));
}

/** Deletes a user storyboard. */
export function deleteStoryboard(id: string): void {
  if (id === DEMO_STORYBOARD_ID) return;
  useAppStore.getState().presentActions.removeStoryboard(id);
  void idb().remove(id).catch(() => undefined);
}

/** A fresh storyboard id ("story-2", …) not used yet. */
function freshId(): string {
  const used = new Set(useAppStore.getState().present.storyboards.map((b) => b.id));
  let n = used.size;
  while (used.has(`story-${n}`)) n++;
  return `story-${n}`;
}

/** The open storyboard, or — when that is the read-only demo — a new storyboard of the user's, opened. */
export function editableStoryboard(): Storyboard {
  const s = useAppStore.getState();
  const open = openStoryboard(s.present);
  if (open.id !== DEMO_STORYBOARD_ID) return open;
  const own = s.present.storyboards.find((b) => b.id !== DEMO_STORYBOARD_ID);
  const board = own ?? { id: freshId(), title: presentText(s.view.lang, 'newStoryboardTitle'), sample: false, scenes: [] };
  if (!own) saveStoryboard(board);
  s.presentActions.openStoryboard(board.id);
  return board;
}

/** Adds the current view (with the live cameras) as a scene after the current one. */
export function addCurrentViewAsScene(): void {
  const board = editableStoryboard();
  const s = useAppStore.getState();
  const title = presentText(s.view.lang, 'newSceneTitle', { n: board.scenes.length + 1 });
  // Scenes built on the sample keep saying so: the board is marked sample when any pane shows it.
  const usesSample = snapshotView().panes.some((p) => p.indicator?.startsWith('sample:'));
  const next = addScene({ ...board, sample: board.sample || usesSample }, snapshotView(), title, board.id === s.present.storyId ? s.present.scene : board.scenes.length - 1);
  saveStoryboard(next);
}

/** Downloads the open storyboard as a JSON file. */
export function exportOpenStoryboard(): void {
  const s = useAppStore.getState();
  const board = openStoryboard(s.present);
  const name = typeof board.title === 'string' ? board.title : sceneText(board.title, s.view.lang);
  downloadText(`${board.id}-${name.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 40)}.storyboard.json`, storyboardToJson(board), 'application/json');
}

/**
 * Reads a storyboard file's text: a valid one is added (under a new id when that id is taken by another) and
 * opened; an invalid one changes nothing and reports the first problem. Returns whether it was taken.
 */
export function importStoryboardText(text: string): boolean {
  const s = useAppStore.getState();
  const parsed = parseStoryboardJson(text);
  if (!parsed.ok) {
    s.noticeActions.push('error', presentText(s.view.lang, 'importFailed', { error: parsed.error }));
    return false;
  }
  const taken = parsed.storyboard.id === DEMO_STORYBOARD_ID || s.present.storyboards.some((b) => b.id === parsed.storyboard.id);
  const board = taken ? { ...parsed.storyboard, id: freshId() } : parsed.storyboard;
  saveStoryboard(board);
  s.presentActions.openStoryboard(board.id);
  const title = typeof board.title === 'string' ? board.title : sceneText(board.title, s.view.lang);
  s.noticeActions.push('info', presentText(s.view.lang, 'imported', { title, n: board.scenes.length }));
  return true;
}

/** Opens a file chooser and imports the chosen storyboard file. */
export function importStoryboardFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void file.text().then(importStoryboardText);
  });
  input.click();
}
