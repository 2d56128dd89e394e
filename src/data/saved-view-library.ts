/**
 * The user's saved views as one small service over the saved-views slice and the store: read them at start-up,
 * save, rename, delete. Storage first, then the screen, so the list never shows what a reload would lose; a
 * failed write changes nothing on screen and says why.
 */
import { cleanViewName, newViewId, type SavedView, SAVED_VIEW_VERSION } from '../model/saved-views/saved-view';
import { readSavedViews, type SavedViewStore } from './saved-view-store-idb';

/** What the library needs from the app. */
export interface SavedViewDeps {
  store: SavedViewStore;
  views: () => readonly SavedView[];
  put: (view: SavedView) => void;
  remove: (id: string) => void;
  now?: () => Date;
}

/** The outcome of a write: done, or nothing changed and why. */
export type ViewWriteOutcome = { status: 'done'; view: SavedView } | { status: 'failed'; reason: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Reads this browser's saved views into the app; returns the records skipped. */
export async function loadSavedViews(deps: SavedViewDeps): Promise<{ key: string; reason: string }[]> {
  const read = await readSavedViews(deps.store);
  for (const view of read.views) deps.put(view);
  return read.failed;
}

/** Saves a new view of `hash` named `name` with its thumbnail. */
export async function saveView(name: string, hash: string, thumbnail: string | null, deps: SavedViewDeps): Promise<ViewWriteOutcome> {
  const clean = cleanViewName(name);
  if (!clean) return { status: 'failed', reason: 'empty name' };
  const now = deps.now?.() ?? new Date();
  const view: SavedView = { v: SAVED_VIEW_VERSION, id: newViewId(now), name: clean, savedAt: now.toISOString(), hash, thumbnail };
  return writeView(view, deps);
}

/** Stores a complete view record (a new one, or one brought in by a project file). */
export async function writeView(view: SavedView, deps: SavedViewDeps): Promise<ViewWriteOutcome> {
  try {
    await deps.store.save(view);
  } catch (error) {
    return { status: 'failed', reason: message(error) };
  }
  deps.put(view);
  return { status: 'done', view };
}

/** Renames a saved view. */
export async function renameView(id: string, name: string, deps: SavedViewDeps): Promise<ViewWriteOutcome> {
  const view = deps.views().find((v) => v.id === id);
  const clean = cleanViewName(name);
  if (!view) return { status: 'failed', reason: `no saved view ${id}` };
  if (!clean) return { status: 'failed', reason: 'empty name' };
  return writeView({ ...view, name: clean }, deps);
}

/** Deletes a saved view. */
export async function deleteView(id: string, deps: SavedViewDeps): Promise<ViewWriteOutcome | { status: 'done' }> {
  try {
    await deps.store.remove(id);
  } catch (error) {
    return { status: 'failed', reason: message(error) };
  }
  deps.remove(id);
  return { status: 'done' };
}
